// SPDX-License-Identifier: MIT
#include "batchresult.h"

#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<BatchResult> BatchResult::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("batch result"));
    BatchResult result;
    result.succeeded = r.stringList("succeeded"_L1);
    const QJsonArray failed = r.requiredArray("failed"_L1);
    for (const QJsonValue &item : failed) {
        JsonReader f(item, JsonReader::tr("batch failure"));
        BatchResult::Failure failure{f.requiredString("user_id"_L1), f.optionalString("error"_L1)};
        if (!f.ok()) {
            r.fail(f.error());
            break;
        }
        result.failed.append(failure);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return result;
}
