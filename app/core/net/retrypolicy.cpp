// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when
            = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(when));
}

std::optional<int> RetryPolicy::delayBeforeRetry(int attemptsMade, int httpStatus, const QByteArray &retryAfter,
                                                 const QDateTime &now, double jitter) const
{
    if (attemptsMade >= maxAttempts || !isRetryableStatus(httpStatus))
        return std::nullopt;
    if (const auto asked = parseRetryAfter(retryAfter, now)) {
        if (*asked > retryAfterCapSeconds)
            return std::nullopt;
        return static_cast<int>(*asked * 1000);
    }
    const double ceiling = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, attemptsMade - 1));
    return static_cast<int>(std::clamp(jitter, 0.0, 1.0) * ceiling);
}
