// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

struct User;

/// A list of users for a spreadsheet: name, id, role, type, joined (ISO 8601, local time with its offset).
/// No password column. RFC 4180 with a UTF-8 byte order mark (Excel needs it), and cells that start with
/// = + - @ TAB or CR neutralised with a leading apostrophe so a crafted user name cannot run as a formula.
class SpreadsheetExport final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetExport)

public:
    static QByteArray toCsv(const QList<User> &users);
    /// Writes toCsv(users) through QSaveFile. On failure returns false, says why in *error, and leaves
    /// whatever was at path untouched.
    static bool write(const QString &path, const QList<User> &users, QString *error);
};
