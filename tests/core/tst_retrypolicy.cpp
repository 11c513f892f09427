// SPDX-License-Identifier: MIT
// The retry rules for GETs (security checklist items 64-65).
#include "net/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyTheTransientStatuses_data();
    void retriesOnlyTheTransientStatuses();
    void backOffGrowsWithFullJitterAndACap();
    void stopsAfterMaxAttempts();
    void honoursRetryAfterSeconds();
    void retryAfterAboveTheCapFailsAtOnce();
    void readsRetryAfterAsHttpDate();
    void ignoresMalformedRetryAfter();
};

void TestRetryPolicy::retriesOnlyTheTransientStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    for (int s : {429, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
    for (int s : {200, 400, 401, 403, 404, 422, 500, 501})
        QTest::addRow("%d", s) << s << false;
}

void TestRetryPolicy::retriesOnlyTheTransientStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retried);
    const RetryPolicy policy;
    QCOMPARE(policy.delayBeforeRetry(1, status, {}, QDateTime::currentDateTimeUtc(), 0.5).has_value(), retried);
}

void TestRetryPolicy::backOffGrowsWithFullJitterAndACap()
{
    RetryPolicy policy;
    policy.maxAttempts = 10;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(*policy.delayBeforeRetry(1, 503, {}, now, 0.0), 0);
    QCOMPARE(*policy.delayBeforeRetry(1, 503, {}, now, 0.999), 99);
    QCOMPARE(*policy.delayBeforeRetry(2, 503, {}, now, 0.5), 100);
    QCOMPARE(*policy.delayBeforeRetry(3, 503, {}, now, 0.5), 200);
    QCOMPARE(*policy.delayBeforeRetry(8, 503, {}, now, 0.5), 500); // capped at 1000 ms before the jitter
}

void TestRetryPolicy::stopsAfterMaxAttempts()
{
    const RetryPolicy policy; // three attempts in all
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(policy.delayBeforeRetry(2, 503, {}, now, 0.5).has_value());
    QVERIFY(!policy.delayBeforeRetry(3, 503, {}, now, 0.5).has_value());
}

void TestRetryPolicy::honoursRetryAfterSeconds()
{
    const RetryPolicy policy;
    QCOMPARE(*policy.delayBeforeRetry(1, 429, "7", QDateTime::currentDateTimeUtc(), 0.1), 7000);
}

void TestRetryPolicy::retryAfterAboveTheCapFailsAtOnce()
{
    const RetryPolicy policy; // cap 60 s, as KeePassXC does
    QVERIFY(policy.delayBeforeRetry(1, 429, "60", QDateTime::currentDateTimeUtc(), 0.1).has_value());
    QVERIFY(!policy.delayBeforeRetry(1, 429, "61", QDateTime::currentDateTimeUtc(), 0.1).has_value());
}

void TestRetryPolicy::readsRetryAfterAsHttpDate()
{
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 29 Nov 2026 12:00:09 GMT", now), std::optional<qint64>(9));
    QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 29 Nov 2026 11:00:00 GMT", now), std::optional<qint64>(0));
}

void TestRetryPolicy::ignoresMalformedRetryAfter()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("", now), std::nullopt);
    // A malformed value falls back to the back-off instead of failing the call.
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    QCOMPARE(*policy.delayBeforeRetry(1, 503, "soon", now, 0.5), 50);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
