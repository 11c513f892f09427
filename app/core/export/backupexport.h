// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

struct User;

/// The server's GET /users/export written to a file for a later re-import: the CSV exactly as the server
/// sent it, password hashes included, so the file is owner-only (0600) and appears whole or not at all.
class BackupExport final
{
    Q_DECLARE_TR_FUNCTIONS(BackupExport)

public:
    /// users_export_<yyyyMMdd-HHmmss>.csv
    static QString defaultFileName(const QDateTime &now = QDateTime::currentDateTime());
    /// Names the server's unquoted format cannot carry back through its import: a comma, quote, CR or LF
    /// inside, or spaces around (the import strips them). Sorted, for a warning.
    static QStringList unrepresentableNames(const QList<User> &users);
    /// Users in an export whose stored hash uses a weak scheme (MD5-crypt, SHA-1, DES-crypt), quick to crack
    /// if the file leaks; the warning names them. Sorted.
    static QStringList weakHashUsers(const QString &csvContent);
    /// Writes csvContent as UTF-8 through QSaveFile with mode 0600. On failure returns false, says why in
    /// *error, and leaves whatever was at path untouched.
    static bool write(const QString &path, const QString &csvContent, QString *error);
};
