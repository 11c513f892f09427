// SPDX-License-Identifier: MIT
#include "csvheader.h"

CsvHeader::CsvHeader(const QStringList &names)
{
    m_names.reserve(names.size());
    for (const QString &name : names)
        m_names.append(normalized(name));
}

QList<qsizetype> CsvHeader::columnsNamed(QStringView name) const
{
    const QString wanted = normalized(name);
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == wanted)
            columns.append(i);
    }
    return columns;
}

qsizetype CsvHeader::indexOf(QStringView name) const
{
    return m_names.indexOf(normalized(name));
}

QString CsvHeader::normalized(QStringView name)
{
    // Case folding, not lower-casing, so that names compare equal the way a reader would expect.
    return name.trimmed().toString().toCaseFolded();
}
