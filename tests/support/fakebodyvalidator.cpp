// SPDX-License-Identifier: MIT
#include "fakebodyvalidator.h"

#include "fakejson.h"
#include "fakepython.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray errorItem(const QString &type, const QList<QByteArray> &loc, const QString &msg, const QByteArray &input)
{
    return FakeJson::object({{u"type"_s, FakeJson::string(type)},
                             {u"loc"_s, FakeJson::array(loc)},
                             {u"msg"_s, FakeJson::string(msg)},
                             {u"input"_s, input}});
}

QList<QByteArray> bodyLoc(const QString &field)
{
    return {FakeJson::string(u"body"_s), FakeJson::string(field)};
}

FakeHttpResponse unprocessable(const QList<QByteArray> &errors)
{
    return FakeHttpResponse::json(422, FakeJson::object({{u"detail"_s, FakeJson::array(errors)}}));
}

bool isJsonContentType(const std::optional<QByteArray> &contentType)
{
    // FastAPI parses JSON when there is no Content-Type or an application/json or */*+json one;
    // anything else is handed to pydantic as raw bytes.
    if (!contentType)
        return true;
    const QByteArray mime = contentType->split(';').constFirst().trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

// One field; returns the error item or an empty array. `value` may be coerced in place.
QByteArray checkField(const FakeBodyValidator::Field &field, QJsonObject &body, const QByteArray &bodyInput)
{
    using Type = FakeBodyValidator::Type;
    const QList<QByteArray> loc = bodyLoc(field.name);
    if (!body.contains(field.name)) {
        if (field.type == Type::Str || field.type == Type::StrList)
            return errorItem(u"missing"_s, loc, u"Field required"_s, bodyInput);
        return QByteArray();
    }
    const QJsonValue value = body.value(field.name);
    const QByteArray input = FakeJson::fromJsonValue(value);
    const bool optional = field.type == Type::OptionalStr || field.type == Type::OptionalInt;
    if (value.isNull() && optional)
        return QByteArray();
    switch (field.type) {
    case Type::Str:
    case Type::OptionalStr:
        if (!value.isString())
            return errorItem(u"string_type"_s, loc, u"Input should be a valid string"_s, input);
        return QByteArray();
    case Type::OptionalInt:
        if (value.isBool()) {
            body.insert(field.name, value.toBool() ? 1 : 0);
        } else if (value.isDouble()) {
            if (std::floor(value.toDouble()) != value.toDouble())
                return errorItem(u"int_from_float"_s, loc,
                                 u"Input should be a valid integer, got a number with a fractional part"_s, input);
        } else if (value.isString()) {
            const std::optional<qint64> parsed = FakePython::toInt(value.toString());
            if (!parsed)
                return errorItem(u"int_parsing"_s, loc,
                                 u"Input should be a valid integer, unable to parse string as an integer"_s, input);
            body.insert(field.name, double(*parsed));
        } else {
            return errorItem(u"int_type"_s, loc, u"Input should be a valid integer"_s, input);
        }
        return QByteArray();
    case Type::StrList: {
        if (!value.isArray())
            return errorItem(u"list_type"_s, loc, u"Input should be a valid list"_s, input);
        const QJsonArray items = value.toArray();
        QList<QByteArray> itemErrors;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                itemErrors.append(errorItem(u"string_type"_s, loc + QList<QByteArray>{FakeJson::number(i)},
                                            u"Input should be a valid string"_s, FakeJson::fromJsonValue(items.at(i))));
        }
        return itemErrors.join(',');
    }
    }
    return QByteArray();
}

} // namespace

std::variant<QJsonObject, FakeHttpResponse> FakeBodyValidator::validate(const FakeRequestContext &context,
                                                                        const QList<Field> &fields)
{
    const QList<QByteArray> bodyOnly = {FakeJson::string(u"body"_s)};
    if (context.body.isEmpty())
        return unprocessable({errorItem(u"missing"_s, bodyOnly, u"Field required"_s, FakeJson::null())});

    if (!isJsonContentType(context.header("content-type"))) {
        const QString raw = QString::fromUtf8(context.body);
        return unprocessable({errorItem(u"model_attributes_type"_s, bodyOnly,
                                        u"Input should be a valid dictionary or object to extract fields from"_s,
                                        FakeJson::string(raw))});
    }

    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(context.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses top-level scalars that Python's json.loads accepts; retry wrapped.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + context.body + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            return unprocessable({errorItem(u"model_attributes_type"_s, bodyOnly,
                                            u"Input should be a valid dictionary or object to extract fields from"_s,
                                            FakeJson::fromJsonValue(wrapped.array().at(0)))});
        }
        // Python's json module words its errors differently; "Expecting value" is the most common
        // message, and the offset is Qt's.
        const QByteArray item = FakeJson::object(
                {{u"type"_s, FakeJson::string(u"json_invalid"_s)},
                 {u"loc"_s, FakeJson::array(bodyOnly + QList<QByteArray>{FakeJson::number(parseError.offset)})},
                 {u"msg"_s, FakeJson::string(u"JSON decode error"_s)},
                 {u"input"_s, FakeJson::object({})},
                 {u"ctx"_s, FakeJson::object({{u"error"_s, FakeJson::string(u"Expecting value"_s)}})}});
        return unprocessable({item});
    }
    if (!document.isObject()) {
        return unprocessable({errorItem(u"model_attributes_type"_s, bodyOnly,
                                        u"Input should be a valid dictionary or object to extract fields from"_s,
                                        FakeJson::fromJsonValue(document.array()))});
    }

    QJsonObject body = document.object();
    const QByteArray bodyInput = FakeJson::fromJsonValue(body);
    QList<QByteArray> errors;
    for (const Field &field : fields) {
        const QByteArray error = checkField(field, body, bodyInput);
        if (!error.isEmpty())
            errors.append(error);
    }
    if (!errors.isEmpty())
        return unprocessable(errors);
    return body;
}
