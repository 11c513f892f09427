// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Why a call failed, in a few kinds the UI can act on, with a message a person understands. The
/// message is plain text, length-limited, and never contains a password or a URL's user info.
struct ApiError
{
    enum class Kind {
        None,
        Unreachable, ///< host not found, connection refused, network down, closed without an answer
        Timeout, ///< no progress within the transfer timeout, or the overall deadline passed
        Canceled, ///< the user cancelled
        Tls, ///< the secure connection could not be established
        AuthRejected, ///< SkyPilot rejected the user name or password (or token)
        ProxyAuthRequired, ///< a proxy or ingress in front of the server wants its own credentials
        Forbidden, ///< 403: the role may not do this
        BadRequest, ///< 400 with the server's reason
        NotFound, ///< 404
        Unprocessable, ///< 422: the server could not read the request
        ServerError, ///< 5xx, or 429 after the retries
        VersionMismatch, ///< the server and SkyUsers do not speak a common API version
        BadResponse, ///< malformed, truncated or unexpected (HTML, wrong type) answer
        RedirectRefused, ///< the server redirected somewhere SkyUsers will not follow
        TooLarge, ///< the answer is bigger than SkyUsers accepts
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; ///< for people: what happened and what to do
    QString serverDetail; ///< the server's own words, sanitised; empty if it said nothing useful

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind);
};
