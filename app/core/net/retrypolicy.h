// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

/// When a GET may be tried again: only on 429, 502, 503 and 504, at most maxAttempts in all, after a
/// capped exponential back-off with full jitter, or after exactly what Retry-After asks if that is
/// within the cap (a longer wait fails at once rather than freezing the user's work). Mutations are
/// never retried (RFC 9110 §9.2.2): the caller decides that, not this policy.
struct RetryPolicy
{
    int maxAttempts = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int retryAfterCapSeconds = 60;

    static bool isRetryableStatus(int httpStatus);
    /// Seconds from a Retry-After value: delta-seconds or an HTTP date.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    /// The wait before the next attempt, or nothing if no further attempt should be made.
    /// @param attemptsMade attempts so far (1 after the first); @param jitter in [0, 1)
    std::optional<int> delayBeforeRetry(int attemptsMade, int httpStatus, const QByteArray &retryAfter,
                                        const QDateTime &now, double jitter) const;
};
