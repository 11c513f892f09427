// SPDX-License-Identifier: MIT
// The credential store contract without a real keychain: account keys (security checklist item 34),
// the in-memory store, and the watchdog and error paths through a fake (items 30-32, 38; K9).
#include "auth/memorycredentialstore.h"
#include "fakecredentialstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Result = CredentialJob::Result;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyForNormalisesTheServer_data();
    void keyForNormalisesTheServer();
    void keysAreSeparatePerServerAndUser();
    void memoryStoreRoundTripKeepsBytes();
    void memoryStoreAnswersLaterAndOnce();
    void memoryStoreKeepsCallOrder();
    void emptyKeyIsRefused();
    void jobDeletesItselfUnlessToldOtherwise();
    void receiverMayDeleteTheJob();
    void deniedIsUnavailableWithoutTheSecret();
    void missingEntryIsNotFound();
    void hangingBackendTimesOutWhileTheLoopRuns();
    void lateAnswerAfterWatchdogIsIgnored();
    void answerBeforeWatchdogStopsIt();
};

/// Waits for job to finish (it must not have finished yet) and keeps it alive for inspection.
static bool waitFor(CredentialJob *job, int ms = 5000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &CredentialJob::finished);
    return spy.wait(ms) && spy.count() == 1;
}

void TestCredentialStore::keyForNormalisesTheServer_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::newRow("http default port") << QUrl(u"http://example.com"_s) << u"alice"_s
                                       << u"http://example.com:80/alice"_s;
    QTest::newRow("https default port") << QUrl(u"https://example.com/"_s) << u"alice"_s
                                        << u"https://example.com:443/alice"_s;
    QTest::newRow("explicit port") << QUrl(u"https://example.com:8443/api"_s) << u"alice"_s
                                   << u"https://example.com:8443/alice"_s;
    QTest::newRow("http on 443") << QUrl(u"http://example.com:443"_s) << u"alice"_s
                                 << u"http://example.com:443/alice"_s;
    QTest::newRow("case") << QUrl(u"HTTPS://Sky.Example.COM"_s) << u"Alice"_s << u"https://sky.example.com:443/Alice"_s;
    QTest::newRow("loopback") << QUrl(u"http://127.0.0.1:46580"_s) << u"admin"_s << u"http://127.0.0.1:46580/admin"_s;
    QTest::newRow("ipv6 loopback") << QUrl(u"http://[::1]:46580"_s) << u"admin"_s << u"http://[::1]:46580/admin"_s;
    QTest::newRow("ipv6 upper case") << QUrl(u"https://[2001:DB8::1]/"_s) << u"bob"_s
                                     << u"https://[2001:db8::1]:443/bob"_s;
    QTest::newRow("user info, path, query dropped") << QUrl(u"https://admin:hunter2@example.com/dashboard?x=1#top"_s)
                                                    << u"alice"_s << u"https://example.com:443/alice"_s;
    QTest::newRow("non-ascii user") << QUrl(u"https://example.com"_s) << u"j\u00fcrgen"_s
                                    << u"https://example.com:443/j\u00fcrgen"_s;
    QTest::newRow("other scheme") << QUrl(u"ftp://example.com"_s) << u"alice"_s << QString();
    QTest::newRow("no scheme") << QUrl(u"example.com"_s) << u"alice"_s << QString();
    QTest::newRow("no host") << QUrl(u"https://"_s) << u"alice"_s << QString();
    QTest::newRow("no user") << QUrl(u"https://example.com"_s) << QString() << QString();
    QTest::newRow("empty url") << QUrl() << u"alice"_s << QString();
}

void TestCredentialStore::keyForNormalisesTheServer()
{
    QFETCH(QUrl, server);
    QFETCH(QString, user);
    QFETCH(QString, key);
    QCOMPARE(CredentialStore::keyFor(server, user), key);
}

void TestCredentialStore::keysAreSeparatePerServerAndUser()
{
    // Item 34: Windows keys entries by the key alone (K2), so the key must tell every account apart.
    const QUrl a(u"https://a.example.com"_s);
    const QUrl b(u"https://b.example.com"_s);
    const QStringList keys = {CredentialStore::keyFor(a, u"alice"_s), CredentialStore::keyFor(b, u"alice"_s),
                              CredentialStore::keyFor(a, u"bob"_s),
                              CredentialStore::keyFor(QUrl(u"http://a.example.com"_s), u"alice"_s),
                              CredentialStore::keyFor(QUrl(u"https://a.example.com:8443"_s), u"alice"_s)};
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestCredentialStore::memoryStoreRoundTripKeepsBytes()
{
    MemoryCredentialStore store;
    const QString key = u"https://example.com:443/alice"_s;
    const Secret password = Secret::fromString(u" p\u00e4ss w\u00f6rd:\u20ac:x "_s);

    CredentialJob *write = store.write(key, password);
    QVERIFY(waitFor(write));
    QCOMPARE(write->result(), Result::Ok);
    QVERIFY(write->secret().isEmpty());

    CredentialJob *read = store.read(key);
    QVERIFY(waitFor(read));
    QCOMPARE(read->result(), Result::Ok);
    QVERIFY(read->errorText().isEmpty());
    QVERIFY(read->secret() == password);
    const Secret taken = read->takeSecret();
    QVERIFY(taken == password);
    QVERIFY(read->secret().isEmpty());

    CredentialJob *remove = store.remove(key);
    QVERIFY(waitFor(remove));
    QCOMPARE(remove->result(), Result::Ok);
    CredentialJob *again = store.read(key);
    QVERIFY(waitFor(again));
    QCOMPARE(again->result(), Result::NotFound);
    QVERIFY(again->secret().isEmpty());
    CredentialJob *removeAgain = store.remove(key);
    QVERIFY(waitFor(removeAgain));
    QCOMPARE(removeAgain->result(), Result::Ok);
    QCOMPARE(store.count(), 0);
}

void TestCredentialStore::memoryStoreAnswersLaterAndOnce()
{
    MemoryCredentialStore store;
    CredentialJob *job = store.write(u"k"_s, Secret::fromString(u"pw"_s));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &CredentialJob::finished);
    QCOMPARE(spy.count(), 0); // never from inside the call: callers connect after it returns
    QVERIFY(!job->isFinished());
    QCOMPARE(job->result(), Result::Pending);
    QVERIFY(spy.wait(5000));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
}

void TestCredentialStore::memoryStoreKeepsCallOrder()
{
    MemoryCredentialStore store;
    CredentialJob *first = store.write(u"k"_s, Secret::fromString(u"one"_s));
    CredentialJob *second = store.write(u"k"_s, Secret::fromString(u"two"_s));
    CredentialJob *read = store.read(u"k"_s);
    first->setAutoDelete(false);
    second->setAutoDelete(false);
    QVERIFY(waitFor(read));
    QVERIFY(first->isFinished() && second->isFinished());
    QCOMPARE(read->secret().utf8(), QByteArray("two"));
}

void TestCredentialStore::emptyKeyIsRefused()
{
    MemoryCredentialStore store;
    CredentialJob *job = store.write(QString(), Secret::fromString(u"pw"_s));
    QVERIFY(waitFor(job));
    QCOMPARE(job->result(), Result::Unavailable);
    QVERIFY(!job->errorText().isEmpty());
    QCOMPARE(store.count(), 0);
}

void TestCredentialStore::jobDeletesItselfUnlessToldOtherwise()
{
    MemoryCredentialStore store;
    QPointer<CredentialJob> job = store.read(u"k"_s);
    QSignalSpy spy(job.data(), &CredentialJob::finished);
    QVERIFY(spy.wait(5000));
    QTRY_VERIFY(job.isNull());

    QPointer<CredentialJob> kept = store.read(u"k"_s);
    QVERIFY(waitFor(kept));
    QTest::qWait(20);
    QVERIFY(!kept.isNull());
    delete kept;
}

void TestCredentialStore::receiverMayDeleteTheJob()
{
    MemoryCredentialStore store;
    QPointer<CredentialJob> job = store.read(u"k"_s);
    bool called = false;
    connect(job, &CredentialJob::finished, this, [&] {
        called = true;
        delete job.data();
    });
    QTRY_VERIFY(called);
    QVERIFY(job.isNull());
}

void TestCredentialStore::deniedIsUnavailableWithoutTheSecret()
{
    FakeCredentialStore store;
    store.setMode(FakeCredentialStore::Mode::Deny);
    CredentialJob *job = store.write(u"k"_s, Secret::fromString(u"hunter2-secret"_s));
    QVERIFY(waitFor(job));
    QCOMPARE(job->result(), Result::Unavailable);
    QVERIFY(!job->errorText().isEmpty());
    QVERIFY(!job->errorText().contains(u"hunter2"_s));
}

void TestCredentialStore::missingEntryIsNotFound()
{
    FakeCredentialStore store;
    store.setMode(FakeCredentialStore::Mode::NotFound);
    CredentialJob *job = store.read(u"k"_s);
    QVERIFY(waitFor(job));
    QCOMPARE(job->result(), Result::NotFound);
    QVERIFY(job->secret().isEmpty());
}

void TestCredentialStore::hangingBackendTimesOutWhileTheLoopRuns()
{
    // Items 31/62: the wait ends by the watchdog, and the event loop keeps turning meanwhile.
    FakeCredentialStore store;
    store.setMode(FakeCredentialStore::Mode::Hang);
    store.setTimeout(200ms);
    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceTick.restart());
        ++ticks;
    });

    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start();
    CredentialJob *job = store.read(u"k"_s);
    QVERIFY(job->isWatchdogActive());
    QVERIFY(waitFor(job));
    const qint64 ms = elapsed.elapsed();
    ticker.stop();

    QCOMPARE(job->result(), Result::TimedOut);
    QVERIFY(!job->errorText().isEmpty());
    // A coarse QTimer may fire up to 5 % early.
    QVERIFY2(ms >= 180 && ms < 2000, qPrintable(u"finished after %1 ms"_s.arg(ms)));
    QVERIFY2(ticks >= 8, qPrintable(u"only %1 ticks of 10 ms in %2 ms"_s.arg(ticks).arg(ms)));
    QVERIFY2(longestGap < 200, qPrintable(u"event loop stalled for %1 ms"_s.arg(longestGap)));
}

void TestCredentialStore::lateAnswerAfterWatchdogIsIgnored()
{
    FakeCredentialStore store;
    store.setMode(FakeCredentialStore::Mode::Hang);
    store.setTimeout(100ms);
    CredentialJob *kept = store.read(u"kept"_s);
    QPointer<CredentialJob> deleted = store.read(u"deleted"_s); // auto-deletes after its timeout
    QSignalSpy spy(kept, &CredentialJob::finished);
    QVERIFY(waitFor(kept));
    QTRY_VERIFY(deleted.isNull());

    QCOMPARE(store.answerHeldJobs(), 0);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(kept->result(), Result::TimedOut);
    QVERIFY(kept->secret().isEmpty());
}

void TestCredentialStore::answerBeforeWatchdogStopsIt()
{
    FakeCredentialStore store;
    store.setMode(FakeCredentialStore::Mode::Hang);
    store.setTimeout(300ms);
    CredentialJob *job = store.remove(u"k"_s);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &CredentialJob::finished);
    QTest::qWait(50);
    QCOMPARE(store.answerHeldJobs(), 1);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!job->isWatchdogActive());
    QTest::qWait(400);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job->result(), Result::Ok);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
