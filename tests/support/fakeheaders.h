// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

using FakeHeaderList = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive look-ups in a raw header list, as Starlette's request.headers does them.
class FakeHeaders final
{
public:
    FakeHeaders() = delete;

    // First value of the header, or nullopt when the header is absent (present-but-empty differs).
    static std::optional<QByteArray> find(const FakeHeaderList &headers, QByteArrayView name);
    static QByteArray value(const FakeHeaderList &headers, QByteArrayView name);
    static bool hasNonEmpty(const FakeHeaderList &headers, QByteArrayView name);
};
