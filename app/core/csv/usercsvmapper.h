// SPDX-License-Identifier: MIT
#pragma once

#include "csvreadresult.h"
#include "usercsvresult.h"

#include <QCoreApplication>

/// Turns CSV records, one at a time, into users: the first record is the header, which must name the
/// columns username, password and role (any order and case, extra columns ignored); each later record
/// becomes a UserCsvRow or a row error. Fed record by record, so an import never holds the whole table.
class UserCsvMapper final
{
    Q_DECLARE_TR_FUNCTIONS(UserCsvMapper)

public:
    static const QStringList &requiredColumns(); ///< username, password, role

    /// Returns false once the header is unusable: later records cannot be read without it.
    bool add(const CsvRecord &record);
    /// The rows so far, with `status`'s delimiter and error (a parse error wins and drops the rows).
    UserCsvResult finish(const CsvReadResult &status);

private:
    bool readHeader(const CsvRecord &record);
    void addRow(const CsvRecord &record);

    UserCsvResult m_result;
    bool m_haveHeader = false;
    qsizetype m_columnCount = 0;
    qsizetype m_username = 0;
    qsizetype m_password = 0;
    qsizetype m_role = 0;
};
