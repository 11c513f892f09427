// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

JsonReader::JsonReader(const QJsonValue &value, QString what)
    : m_what(std::move(what))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = tr("expected %1 as a JSON object but got %2").arg(m_what, typeName(value));
}

void JsonReader::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = u"%1: %2"_s.arg(m_what, problem);
}

QString JsonReader::requiredString(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(tr("field “%1” should be text but is %2").arg(key, typeName(v)));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(tr("field “%1” should be text but is %2").arg(key, typeName(v)));
        return {};
    }
    return v.toString();
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    // JSON numbers are doubles; Unix seconds and counts fit exactly well below 2^53.
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
        fail(tr("field “%1” should be a whole number but is %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

qint64 JsonReader::requiredInteger(QLatin1String key)
{
    if (!m_object.contains(key) || m_object.value(key).isNull()) {
        fail(tr("field “%1” is missing").arg(key));
        return 0;
    }
    return optionalInteger(key).value_or(0);
}

bool JsonReader::optionalBool(QLatin1String key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(tr("field “%1” should be true or false but is %2").arg(key, typeName(v)));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(QLatin1String key)
{
    QStringList out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(tr("field “%1” should be a list but is %2").arg(key, typeName(v)));
        return out;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(tr("field “%1” should hold text but holds %2").arg(key, typeName(item)));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonArray JsonReader::requiredArray(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(tr("field “%1” should be a list but is %2").arg(key, typeName(v)));
        return {};
    }
    return v.toArray();
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}
