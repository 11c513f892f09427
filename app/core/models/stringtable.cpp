// SPDX-License-Identifier: MIT
#include "stringtable.h"

#include <limits>

namespace {
constexpr qsizetype LinearScanLimit = 16;
} // namespace

StringTable::StringTable()
{
    m_strings.append(QString());
    m_ids.insert(QString(), Empty);
}

quint16 StringTable::intern(const QString &value)
{
    // Roles and types take a handful of values: comparing with each beats hashing, which
    // this runs twice per user on every load and refresh.
    if (m_strings.size() <= LinearScanLimit) {
        for (qsizetype i = 0; i < m_strings.size(); ++i) {
            if (m_strings.at(i) == value)
                return static_cast<quint16>(i);
        }
    }
    const auto it = m_ids.constFind(value);
    if (it != m_ids.cend())
        return it.value();
    if (m_strings.size() > std::numeric_limits<quint16>::max())
        return Empty;
    const auto id = static_cast<quint16>(m_strings.size());
    m_strings.append(value);
    m_ids.insert(value, id);
    return id;
}
