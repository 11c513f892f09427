// SPDX-License-Identifier: MIT
#pragma once

#include "net/apierror.h"
#include "net/reply.h"

#include <QObject>
#include <QTest>

#include <optional>

/// Waits (spinning the event loop, as a person's window would) until a call finishes, and returns
/// what it delivered. A call that never finishes comes back as a Timeout error naming the test.
template<typename T>
Result<T> awaitReply(const Reply<T> &reply, int timeoutMs = 15000)
{
    std::optional<Result<T>> outcome;
    QObject context;
    reply.onFinished(&context, [&outcome](Result<T> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs)) {
        Result<T> stuck;
        stuck.error = ApiError{ApiError::Kind::Timeout, 0, QStringLiteral("test: the call never finished"), {}};
        return stuck;
    }
    return std::move(*outcome);
}

/// For QVERIFY2: the kind and message of an error, readable in a failure report.
inline QByteArray describe(const ApiError &error)
{
    return (ApiError::kindName(error.kind) + QStringLiteral(": ") + error.message).toUtf8();
}
