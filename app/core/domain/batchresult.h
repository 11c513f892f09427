// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

#include <optional>

class QJsonValue;

/// POST /users/batch_update: each user id succeeded or failed on its own.
struct BatchResult
{
    struct Failure
    {
        QString userId;
        QString error;
        friend bool operator==(const Failure &, const Failure &) = default;
    };

    QStringList succeeded;
    QList<Failure> failed;

    static std::optional<BatchResult> fromJson(const QJsonValue &json, QString *error);
};
