// SPDX-License-Identifier: MIT
// BulkDelete against the in-process double: bounded concurrency, per-user results, cancel.
#include "actions/bulkdelete.h"
#include "bulktesthelpers.h"
#include "domain/role.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = UserOutcome::Status;

class TestBulkDelete final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletesEveryoneWithAtMostThreeInFlight();
    void refusalsAreReportedPerUserAndTheRestStillDeleted();
    void cancelLetsInFlightFinishAndSendsNothingMore();
    void cancelBeforeStartSendsNothing();
    void concurrencyIsClamped();

private:
    QStringList addUsers(int count);

    std::unique_ptr<ClientFixture> m_f;
};

void TestBulkDelete::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
}

void TestBulkDelete::cleanup()
{
    m_f.reset();
}

QStringList TestBulkDelete::addUsers(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(m_f->server.addUser(u"user%1"_s.arg(i), u"pw"_s, Role::User));
    return ids;
}

void TestBulkDelete::deletesEveryoneWithAtMostThreeInFlight()
{
    const QStringList ids = addUsers(10);
    // Each answer trickles out over ~100 ms, so requests overlap whenever the client lets them.
    m_f->server.setFault(u"/users/delete"_s, FakeFault::slowDrip(1, 25));
    BulkDelete job(m_f->api, listedUsers(*m_f, ids));
    job.setConcurrency(3);

    // Received by the double but not yet answered to the client: an upper bound on what the double
    // is working on at once.
    int received = 0;
    int answered = 0;
    int maxOpen = 0;
    connect(&m_f->server, &FakeSkyPilotServer::requestRecorded, &job, [&] {
        if (m_f->server.requests().constLast().pathWithoutQuery() == "/users/delete"_L1)
            maxOpen = std::max(maxOpen, ++received - answered);
    });
    connect(&job, &BulkDelete::userFinished, &job, [&] { ++answered; });
    QSignalSpy progress(&job, &BulkDelete::progress);
    QSignalSpy finished(&job, &BulkDelete::finished);
    LoopTicker ticker;

    job.start();
    QVERIFY(job.isRunning());
    QCOMPARE(finished.count(), 0); // nothing can have been answered yet: start() does not wait
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);

    QCOMPARE(maxOpen, 3);
    QCOMPARE(received, 10);
    QCOMPARE(job.outcome().count(Status::Succeeded), 10);
    QCOMPARE(progress.count(), 10);
    QCOMPARE(progress.constLast(), (QVariantList{10, 10}));
    for (const QString &id : ids)
        QVERIFY(!m_f->server.user(id));
    QVERIFY2(ticker.ticks() >= 10, QByteArray::number(ticker.ticks()));
    QCOMPARE(job.outcome().summary(), u"Users deleted: 10 of 10."_s);
}

void TestBulkDelete::refusalsAreReportedPerUserAndTheRestStillDeleted()
{
    QStringList ids = addUsers(5);
    const QString bob = m_f->server.addUser(u"bob"_s, u"pw"_s, Role::User);
    m_f->server.setActiveResources(bob, {u"train"_s}, {});
    QList<User> users = listedUsers(*m_f, ids + QStringList{bob, u"skypilot-system"_s});
    users.insert(2, User{u"deadbeef"_s, u"ghost"_s, {}, Role::User, u"basic"_s});
    BulkDelete job(m_f->api, users);
    QSignalSpy perUser(&job, &BulkDelete::userFinished);
    QSignalSpy finished(&job, &BulkDelete::finished);

    job.start();
    QVERIFY(finished.wait(20000));

    const BulkOutcome &outcome = job.outcome();
    QCOMPARE(outcome.total(), 8);
    QCOMPARE(outcome.count(Status::Succeeded), 5);
    QCOMPARE(outcome.idsWith(Status::Failed), QStringList{bob});
    // Gone already (another admin, checklist item 58): not a failure, and said so.
    QCOMPARE(outcome.idsWith(Status::Skipped), (QStringList{u"deadbeef"_s, u"skypilot-system"_s}));
    QVERIFY2(outcome.find(bob)->reason.contains(u"1 active cluster(s): train"_s),
             qPrintable(outcome.find(bob)->reason));
    QCOMPARE(outcome.find(bob)->error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(outcome.find(u"deadbeef"_s)->reason, u"Already deleted (maybe by another admin)."_s);
    for (const QString &id : std::as_const(ids))
        QVERIFY(!m_f->server.user(id));
    QVERIFY(m_f->server.user(bob));
    // The internal user was never asked about; every other user was, exactly once.
    QCOMPARE(m_f->server.requestCount(u"/users/delete"_s), 7);
    QCOMPARE(perUser.count(), 7);
    const QString summary = outcome.summary();
    QVERIFY2(summary.startsWith(u"Users deleted: 5 of 8. 1 failed: bob — "
                                u"Cannot delete user 'bob' because it has 1 active cluster(s): train"_s),
             qPrintable(summary));
    QVERIFY2(summary.endsWith(u"2 skipped (no change needed or not allowed)."_s), qPrintable(summary));
}

void TestBulkDelete::cancelLetsInFlightFinishAndSendsNothingMore()
{
    const QStringList ids = addUsers(10);
    m_f->server.setFault(u"/users/delete"_s, FakeFault::slowDrip(1, 40));
    BulkDelete job(m_f->api, listedUsers(*m_f, ids));
    job.setConcurrency(3);
    connect(&job, &BulkDelete::progress, &job, &BulkDelete::cancel);
    QSignalSpy perUser(&job, &BulkDelete::userFinished);
    QSignalSpy finished(&job, &BulkDelete::finished);

    job.start();
    QVERIFY(finished.wait(20000));
    QTest::qWait(300); // anything sent late would show up in the double's log by now

    QVERIFY(job.wasCancelled());
    const int sent = m_f->server.requestCount(u"/users/delete"_s);
    const BulkOutcome &outcome = job.outcome();
    // Those in flight when cancel() came were answered, not aborted: none reports Canceled.
    QCOMPARE(outcome.count(Status::Succeeded), sent);
    QCOMPARE(perUser.count(), sent);
    QVERIFY2(sent >= 1 && sent <= 3, QByteArray::number(sent));
    QCOMPARE(outcome.count(Status::NotAttempted), 10 - sent);
    for (const UserOutcome &u : outcome.users()) {
        QCOMPARE(bool(m_f->server.user(u.userId)), u.status == Status::NotAttempted);
        if (u.status == Status::NotAttempted)
            QCOMPARE(u.reason, u"Not sent: the deletion was cancelled."_s);
    }
    QVERIFY2(outcome.summary().endsWith(u"%1 not attempted."_s.arg(10 - sent)), qPrintable(outcome.summary()));
}

void TestBulkDelete::cancelBeforeStartSendsNothing()
{
    BulkDelete job(m_f->api, listedUsers(*m_f, addUsers(2)));
    QSignalSpy finished(&job, &BulkDelete::finished);
    job.cancel();
    QCOMPARE(finished.count(), 0); // never from inside cancel()
    QVERIFY(finished.wait(5000));
    job.start(); // too late: a no-op
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.outcome().count(Status::NotAttempted), 2);
    QCOMPARE(m_f->server.requestCount(u"/users/delete"_s), 0);
}

void TestBulkDelete::concurrencyIsClamped()
{
    BulkDelete job(m_f->api, {});
    QCOMPARE(job.concurrency(), BulkDelete::DefaultConcurrency);
    job.setConcurrency(0);
    QCOMPARE(job.concurrency(), 1);
    job.setConcurrency(50);
    QCOMPARE(job.concurrency(), BulkDelete::MaxConcurrency);
    QSignalSpy finished(&job, &BulkDelete::finished);
    job.start();
    QVERIFY(finished.wait(5000)); // an empty list still finishes
}

QTEST_GUILESS_MAIN(TestBulkDelete)
#include "tst_bulkdelete.moc"
