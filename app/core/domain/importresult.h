// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

class QJsonValue;

/// POST /users/import. error_count counts creation errors only; parse errors are listed apart.
struct ImportResult
{
    int successCount = 0;
    int errorCount = 0;
    int totalProcessed = 0;
    QStringList parseErrors; ///< "Line 3: Invalid number of columns"
    QStringList creationErrors; ///< "alice: User already exists"

    static std::optional<ImportResult> fromJson(const QJsonValue &json, QString *error);
};
