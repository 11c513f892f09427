// SPDX-License-Identifier: MIT
#include "user.h"

#include "jsonreader.h"
#include "userlistparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

bool User::isInternal() const
{
    return userType == "system"_L1 || id == "skypilot-system"_L1 || id == "skypilot-system-viewer"_L1;
}

bool User::isBasicAuth() const
{
    return userType == "basic"_L1;
}

std::optional<User> User::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("user"));
    User user;
    user.id = r.requiredString("id"_L1);
    user.name = r.optionalString("name"_L1);
    user.createdAt = r.optionalInteger("created_at"_L1);
    user.role = r.optionalString("role"_L1);
    user.userType = r.optionalString("user_type"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return user;
}

std::optional<QList<User>> User::listFromJson(const QJsonValue &json, QString *error)
{
    if (!json.isArray()) {
        if (error)
            *error = JsonReader::tr("expected a list of users but got %1").arg(JsonReader::typeName(json));
        return std::nullopt;
    }
    const QJsonArray array = json.toArray();
    QList<User> users;
    users.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString itemError;
        auto user = fromJson(array.at(i), &itemError);
        if (!user) {
            if (error)
                *error = JsonReader::tr("item %1 of the user list: %2").arg(i + 1).arg(itemError);
            return std::nullopt;
        }
        users.append(std::move(*user));
    }
    return users;
}

std::optional<std::vector<User>> User::listFromUtf8Json(QByteArrayView body, QString *error)
{
    if (auto users = UserListParser(body).parse())
        return users;
    // Unusual or broken input: QJsonDocument decides, and words the problem exactly as before.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JsonReader::tr("not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    auto list = listFromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), error);
    if (!list)
        return std::nullopt;
    return std::vector<User>(std::make_move_iterator(list->begin()), std::make_move_iterator(list->end()));
}
