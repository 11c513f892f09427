// SPDX-License-Identifier: MIT
#include "fakejson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

QByteArray FakeJson::object(const QList<Member> &members)
{
    QByteArray out = "{"_ba;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += string(members.at(i).first);
        out += ':';
        out += members.at(i).second;
    }
    out += '}';
    return out;
}

QByteArray FakeJson::array(const QList<QByteArray> &items)
{
    return '[' + items.join(',') + ']';
}

QByteArray FakeJson::string(const QString &text)
{
    // Python escapes only the quote, the backslash and C0 controls when ensure_ascii is off.
    // Unescaped runs are converted as a whole so that surrogate pairs stay intact.
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) { out += QStringView(text).sliced(runStart, end - runStart).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        QByteArray escape;
        switch (u) {
        case u'"':
            escape = "\\\""_ba;
            break;
        case u'\\':
            escape = "\\\\"_ba;
            break;
        case u'\n':
            escape = "\\n"_ba;
            break;
        case u'\r':
            escape = "\\r"_ba;
            break;
        case u'\t':
            escape = "\\t"_ba;
            break;
        case u'\b':
            escape = "\\b"_ba;
            break;
        case u'\f':
            escape = "\\f"_ba;
            break;
        default:
            if (u < 0x20)
                escape = "\\u"_ba + QByteArray::number(u, 16).rightJustified(4, '0');
        }
        if (escape.isEmpty())
            continue;
        flush(i);
        out += escape;
        runStart = i + 1;
    }
    flush(text.size());
    out += '"';
    return out;
}

QByteArray FakeJson::stringOrNull(const std::optional<QString> &text)
{
    return text ? string(*text) : null();
}

QByteArray FakeJson::number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray FakeJson::numberOrNull(std::optional<qint64> value)
{
    return value ? number(*value) : null();
}

QByteArray FakeJson::boolean(bool value)
{
    return value ? "true"_ba : "false"_ba;
}

QByteArray FakeJson::null()
{
    return "null"_ba;
}

QByteArray FakeJson::stringArray(const QStringList &items)
{
    QList<QByteArray> encoded;
    encoded.reserve(items.size());
    for (const QString &item : items)
        encoded.append(string(item));
    return array(encoded);
}

QByteArray FakeJson::fromJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return number(static_cast<qint64>(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        QList<QByteArray> items;
        const QJsonArray values = value.toArray();
        for (const QJsonValue &item : values)
            items.append(fromJsonValue(item));
        return array(items);
    }
    case QJsonValue::Object: {
        QList<Member> members;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({it.key(), fromJsonValue(it.value())});
        return FakeJson::object(members);
    }
    }
    return null();
}
