// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Writes JSON text the way Starlette's JSONResponse does (json.dumps with ensure_ascii=False and
// separators=(",", ":")): compact, keys in insertion order, non-ASCII left as UTF-8. QJsonDocument
// would sort the keys, which a byte-level comparison with the real server would notice.
class FakeJson final
{
public:
    FakeJson() = delete;

    using Member = std::pair<QString, QByteArray>; // key, already-encoded value

    static QByteArray object(const QList<Member> &members);
    static QByteArray array(const QList<QByteArray> &items);
    static QByteArray string(const QString &text);
    static QByteArray stringOrNull(const std::optional<QString> &text);
    static QByteArray number(qint64 value);
    static QByteArray numberOrNull(std::optional<qint64> value);
    static QByteArray boolean(bool value);
    static QByteArray null();
    static QByteArray stringArray(const QStringList &items);
    // For echoing client input (422 "input"); objects come out in Qt's key order.
    static QByteArray fromJsonValue(const QJsonValue &value);
};
