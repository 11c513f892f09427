// SPDX-License-Identifier: MIT
#include "exportresult.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<ExportResult> ExportResult::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("export"));
    ExportResult result;
    result.csvContent = r.requiredString("csv_content"_L1);
    result.userCount = static_cast<int>(r.requiredInteger("user_count"_L1));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return result;
}
