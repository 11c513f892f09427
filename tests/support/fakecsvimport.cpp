// SPDX-License-Identifier: MIT
#include "fakecsvimport.h"

#include "fakepython.h"

#include <QHash>

using namespace Qt::StringLiterals;

FakeCsvImport::Result FakeCsvImport::parse(const QString &csvContent, const QString &defaultRole,
                                           const QStringList &supportedRoles)
{
    Result result;
    if (csvContent.isEmpty()) {
        result.fatalError = u"CSV content is required"_s;
        return result;
    }
    // Only "\n" splits lines; a lone "\r" stays inside a cell until the cell is stripped.
    const QStringList lines = FakePython::strip(csvContent).split(u'\n');
    if (lines.size() < 2) {
        result.fatalError = u"CSV must have at least a header row and one data row"_s;
        return result;
    }

    QStringList headers;
    for (const QString &cell : lines.constFirst().split(u','))
        headers << FakePython::strip(cell).toLower();
    QStringList missing;
    for (const QString &required : {u"username"_s, u"password"_s, u"role"_s}) {
        if (!headers.contains(required))
            missing << required;
    }
    if (!missing.isEmpty()) {
        result.fatalError = u"Missing required columns: "_s + missing.join(u", "_s);
        return result;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const qsizetype lineNumber = i + 1;
        if (FakePython::strip(line).isEmpty())
            continue;
        QStringList values;
        for (const QString &cell : line.split(u','))
            values << FakePython::strip(cell);
        if (values.size() != headers.size()) {
            result.parseErrors << u"Line %1: Invalid number of columns"_s.arg(lineNumber);
            continue;
        }
        // dict(zip(headers, values)): a repeated header keeps its last column.
        QHash<QString, QString> cells;
        for (qsizetype c = 0; c < headers.size(); ++c)
            cells.insert(headers.at(c), values.at(c));
        const QString username = cells.value(u"username"_s);
        const QString password = cells.value(u"password"_s);
        if (username.isEmpty() || password.isEmpty()) {
            result.parseErrors << u"Line %1: Username and password are required"_s.arg(lineNumber);
            continue;
        }
        QString role = cells.value(u"role"_s).toLower();
        if (!supportedRoles.contains(role))
            role = defaultRole; // unknown and empty roles alike, silently
        result.rows.append({username, password, role});
    }

    if (result.rows.isEmpty() && !result.parseErrors.isEmpty())
        result.fatalError = u"No valid users found. Errors: "_s + result.parseErrors.join(u"; "_s);
    return result;
}
