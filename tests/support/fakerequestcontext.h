// SPDX-License-Identifier: MIT
#pragma once

#include "fakeheaders.h"
#include "fakeuserstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <optional>

// A request on its way through the double's middleware stack; `caller` is request.state.auth_user.
struct FakeRequestContext
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrl url; // as the server reconstructs it from the Host header (used for redirects)
    FakeHeaderList headers;
    QByteArray body;
    QHostAddress peer;
    std::optional<FakeUserStore::User> caller;

    std::optional<QByteArray> header(QByteArrayView name) const { return FakeHeaders::find(headers, name); }
};
