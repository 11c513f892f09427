// SPDX-License-Identifier: MIT
#include "stringtable.h"

#include <limits>

StringTable::StringTable()
{
    m_strings.append(QString());
    m_ids.insert(QString(), Empty);
}

quint16 StringTable::intern(const QString &value)
{
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
