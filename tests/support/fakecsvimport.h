// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The parsing half of POST /users/import, with every quirk of the server's hand-written parser:
// split on "\n" after str.strip(), split cells on "," with no quoting, trim cells (so CRLF works),
// lowercase headers (so a UTF-8 BOM breaks the first one), unknown roles become the default role.
class FakeCsvImport final
{
public:
    FakeCsvImport() = delete;

    struct Row
    {
        QString username;
        QString password;
        QString role;
    };

    struct Result
    {
        QString fatalError; // the 400 detail when the whole upload is refused
        QList<Row> rows;
        QStringList parseErrors;
    };

    static Result parse(const QString &csvContent, const QString &defaultRole, const QStringList &supportedRoles);
};
