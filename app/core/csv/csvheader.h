// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

/// The header record of a CSV table, for finding columns by name. Names are compared trimmed and
/// case-insensitively, as people write " Username" or "ROLE" and the server accepts them.
class CsvHeader final
{
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList &names);

    qsizetype columnCount() const { return m_names.size(); }
    /// Every column (0-based) called `name`; usually one, none when missing.
    QList<qsizetype> columnsNamed(QStringView name) const;
    /// The first column called `name`, or -1.
    qsizetype indexOf(QStringView name) const;

    static QString normalized(QStringView name);

private:
    QStringList m_names; ///< normalized
};
