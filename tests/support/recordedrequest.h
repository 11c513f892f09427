// SPDX-License-Identifier: MIT
#pragma once

#include "fakeheaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// One request as the double received it, before any fault or auth decision.
struct RecordedRequest
{
    int index = 0; // running number since construction, starting at 0; not reset by clearRequests()
    QByteArray method; // "GET", "POST", ...
    QString path; // path plus "?query" when there was one, percent-encoded as sent
    FakeHeaderList headers; // every header, in order, names as the client spelled them
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const { return FakeHeaders::value(headers, name); }
    QString pathWithoutQuery() const { return path.section(QLatin1Char('?'), 0, 0); }
};
