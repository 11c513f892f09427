// SPDX-License-Identifier: MIT
#include "apierror.h"

using namespace Qt::StringLiterals;

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Unreachable:
        return u"Unreachable"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Canceled:
        return u"Canceled"_s;
    case Kind::Tls:
        return u"Tls"_s;
    case Kind::AuthRejected:
        return u"AuthRejected"_s;
    case Kind::ProxyAuthRequired:
        return u"ProxyAuthRequired"_s;
    case Kind::Forbidden:
        return u"Forbidden"_s;
    case Kind::BadRequest:
        return u"BadRequest"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Unprocessable:
        return u"Unprocessable"_s;
    case Kind::ServerError:
        return u"ServerError"_s;
    case Kind::VersionMismatch:
        return u"VersionMismatch"_s;
    case Kind::BadResponse:
        return u"BadResponse"_s;
    case Kind::RedirectRefused:
        return u"RedirectRefused"_s;
    case Kind::TooLarge:
        return u"TooLarge"_s;
    }
    return u"Unknown"_s;
}
