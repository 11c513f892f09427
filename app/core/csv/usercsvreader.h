// SPDX-License-Identifier: MIT
#pragma once

#include "csvreader.h"
#include "usercsvresult.h"

#include <QCoreApplication>

/// Reads a users import file: a header naming at least the columns username, password and role (any
/// order, any case, extra columns ignored), then one user per record. A record with the wrong number of
/// fields, or without a username or password, is reported by line and skipped; the other rows still count.
class UserCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(UserCsvReader)

public:
    static const QStringList &requiredColumns(); ///< username, password, role

    /// The underlying reader, to change the size limit or force a delimiter.
    CsvReader &csvReader() { return m_reader; }
    const CsvReader &csvReader() const { return m_reader; }

    UserCsvResult read(QByteArrayView data) const;
    UserCsvResult readFile(const QString &path) const;
    /// The mapping alone, for records read elsewhere (a preview, say).
    static UserCsvResult fromRecords(CsvReadResult records);

private:
    CsvReader m_reader;
};
