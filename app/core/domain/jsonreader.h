// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

/// Reads typed fields out of one JSON object and remembers the first problem, so a decoder can
/// read every field and check once. The error names the field and what was wrong with it, for
/// "the server's answer could not be read: …" messages.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QJsonValue &value, QString what);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }

    QString requiredString(QLatin1String key);
    /// A string that may be missing or null; both give an empty string.
    QString optionalString(QLatin1String key);
    std::optional<qint64> optionalInteger(QLatin1String key);
    qint64 requiredInteger(QLatin1String key);
    bool optionalBool(QLatin1String key, bool fallback = false);
    QStringList stringList(QLatin1String key);
    QJsonArray requiredArray(QLatin1String key);

    void fail(const QString &problem);

    static QString typeName(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_what;
    QString m_error;
};
