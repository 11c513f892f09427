// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// A few strings that repeat on every row (role and user type), each stored once and named by a
/// 16-bit id. Id 0 is the empty string, so a zeroed row has no role and no type.
class StringTable final
{
public:
    static constexpr quint16 Empty = 0;

    StringTable();

    /// The id of `value`, adding it when new; Empty once the table is full (only a hostile server
    /// lists 65,535 roles or types).
    quint16 intern(const QString &value);
    const QString &at(quint16 id) const { return m_strings.at(id); }

private:
    QStringList m_strings;
    QHash<QString, quint16> m_ids;
};
