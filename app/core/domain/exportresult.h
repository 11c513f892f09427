// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QJsonValue;

/// GET /users/export: "username,password,role" lines, unquoted, with the stored password hashes.
struct ExportResult
{
    QString csvContent;
    int userCount = 0;

    static std::optional<ExportResult> fromJson(const QJsonValue &json, QString *error);
};
