// SPDX-License-Identifier: MIT
#include "importresult.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<ImportResult> ImportResult::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("import result"));
    ImportResult result;
    result.successCount = static_cast<int>(r.requiredInteger("success_count"_L1));
    result.errorCount = static_cast<int>(r.requiredInteger("error_count"_L1));
    result.totalProcessed = static_cast<int>(r.requiredInteger("total_processed"_L1));
    result.parseErrors = r.stringList("parse_errors"_L1);
    result.creationErrors = r.stringList("creation_errors"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return result;
}
