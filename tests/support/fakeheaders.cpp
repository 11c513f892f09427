// SPDX-License-Identifier: MIT
#include "fakeheaders.h"

std::optional<QByteArray> FakeHeaders::find(const FakeHeaderList &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return std::nullopt;
}

QByteArray FakeHeaders::value(const FakeHeaderList &headers, QByteArrayView name)
{
    return find(headers, name).value_or(QByteArray());
}

bool FakeHeaders::hasNonEmpty(const FakeHeaderList &headers, QByteArrayView name)
{
    return !value(headers, name).trimmed().isEmpty();
}
