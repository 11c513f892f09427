// SPDX-License-Identifier: MIT
// BulkRoleChange against the in-process double: chunks, progress, per-user merge, cancel, call failure.
#include "actions/bulkrolechange.h"
#include "bulktesthelpers.h"
#include "domain/role.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = UserOutcome::Status;

class TestBulkRoleChange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void changesInChunksWithProgressAndSkipsWhatNeedsNoCall();
    void mergesPerUserFailures();
    void cancelBetweenChunksSendsNoFurtherChunk();
    void failedCallStopsTheRest();

private:
    QStringList addUsers(int count, const QString &role);
    QList<QStringList> sentChunks() const;

    std::unique_ptr<ClientFixture> m_f;
};

void TestBulkRoleChange::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
}

void TestBulkRoleChange::cleanup()
{
    m_f.reset();
}

QStringList TestBulkRoleChange::addUsers(int count, const QString &role)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(m_f->server.addUser(u"%1%2"_s.arg(role).arg(i), u"pw"_s, role));
    return ids;
}

QList<QStringList> TestBulkRoleChange::sentChunks() const
{
    QList<QStringList> chunks;
    for (const RecordedRequest &request : m_f->server.requests()) {
        if (request.pathWithoutQuery() != "/users/batch_update"_L1)
            continue;
        QStringList ids;
        for (const QJsonValue &id : QJsonDocument::fromJson(request.body).object().value("user_ids"_L1).toArray())
            ids.append(id.toString());
        chunks.append(ids);
    }
    return chunks;
}

void TestBulkRoleChange::changesInChunksWithProgressAndSkipsWhatNeedsNoCall()
{
    const QStringList plain = addUsers(25, Role::User);
    const QStringList viewers = addUsers(2, Role::Viewer);
    m_f->server.setFault(u"/users/batch_update"_s, FakeFault::slowDrip(16, 20));
    BulkRoleChange job(m_f->api, listedUsers(*m_f, plain + viewers + QStringList{u"skypilot-system"_s}), Role::Viewer);
    job.setChunkSize(10);
    QSignalSpy progress(&job, &BulkRoleChange::progress);
    QSignalSpy perUser(&job, &BulkRoleChange::userFinished);
    QSignalSpy finished(&job, &BulkRoleChange::finished);
    LoopTicker ticker;

    job.start();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(20000));

    // The three skipped users count at once; then one step per chunk.
    const QList<QVariantList> expected{{3, 28}, {13, 28}, {23, 28}, {28, 28}};
    QCOMPARE(QList<QVariantList>(progress.cbegin(), progress.cend()), expected);
    const QList<QStringList> chunks = sentChunks();
    QCOMPARE(chunks.size(), 3);
    QCOMPARE(chunks.at(0), plain.mid(0, 10));
    QCOMPARE(chunks.at(2), plain.mid(20));
    QCOMPARE(perUser.count(), 25);
    QCOMPARE(job.outcome().count(Status::Succeeded), 25);
    QCOMPARE(job.outcome().idsWith(Status::Skipped), viewers + QStringList{u"skypilot-system"_s});
    QCOMPARE(job.outcome().find(viewers.first())->reason, u"Already has the role viewer."_s);
    for (const QString &id : plain)
        QCOMPARE(m_f->server.roleOf(id), Role::Viewer);
    QVERIFY2(ticker.ticks() >= 5, QByteArray::number(ticker.ticks()));
    QCOMPARE(job.outcome().summary(), u"Roles changed: 25 of 28. 3 skipped (no change needed or not allowed)."_s);
}

void TestBulkRoleChange::mergesPerUserFailures()
{
    const QString amy = m_f->server.addUser(u"amy"_s, u"pw"_s, Role::Admin);
    const QString ben = m_f->server.addUser(u"ben"_s, u"pw"_s, Role::Admin);
    m_f->server.addDemotionBlocker(amy, u"secret"_s, {u"gpu-box"_s}, {});
    QList<User> users = listedUsers(*m_f, {amy, ben});
    users.append(User{u"deadbeef"_s, u"ghost"_s, {}, Role::Admin, u"basic"_s});
    BulkRoleChange job(m_f->api, users, Role::User);
    QSignalSpy perUser(&job, &BulkRoleChange::userFinished);
    QSignalSpy finished(&job, &BulkRoleChange::finished);

    job.start();
    QVERIFY(finished.wait(10000));

    const BulkOutcome &outcome = job.outcome();
    QCOMPARE(outcome.idsWith(Status::Succeeded), QStringList{ben});
    QCOMPARE(outcome.idsWith(Status::Failed), (QStringList{amy, u"deadbeef"_s}));
    QVERIFY2(outcome.find(amy)->reason.startsWith(u"Cannot demote user 'amy' from admin to user"_s),
             qPrintable(outcome.find(amy)->reason));
    QVERIFY(!outcome.find(amy)->reason.contains(u'\n')); // sanitised to one line
    QCOMPARE(outcome.find(u"deadbeef"_s)->reason, u"User deadbeef does not exist"_s);
    QCOMPARE(m_f->server.roleOf(amy), Role::Admin);
    QCOMPARE(m_f->server.roleOf(ben), Role::User);
    QCOMPARE(perUser.count(), 3);
    for (const QList<QVariant> &args : std::as_const(perUser)) {
        const auto error = args.at(1).value<ApiError>();
        QCOMPARE(error.isError(), args.at(0).toString() != ben);
    }
    QVERIFY2(outcome.summary().startsWith(u"Roles changed: 1 of 3. 2 failed: amy — Cannot demote"_s),
             qPrintable(outcome.summary()));
}

void TestBulkRoleChange::cancelBetweenChunksSendsNoFurtherChunk()
{
    const QStringList ids = addUsers(6, Role::User);
    BulkRoleChange job(m_f->api, listedUsers(*m_f, ids), Role::Viewer);
    job.setChunkSize(2);
    connect(&job, &BulkRoleChange::progress, &job, &BulkRoleChange::cancel);
    QSignalSpy finished(&job, &BulkRoleChange::finished);

    job.start();
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);

    QVERIFY(job.wasCancelled());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_f->server.requestCount(u"/users/batch_update"_s), 1);
    QCOMPARE(job.outcome().idsWith(Status::Succeeded), ids.mid(0, 2));
    QCOMPARE(job.outcome().idsWith(Status::NotAttempted), ids.mid(2));
    for (const QString &id : ids.mid(2))
        QCOMPARE(m_f->server.roleOf(id), Role::User);
}

void TestBulkRoleChange::failedCallStopsTheRest()
{
    const QStringList ids = addUsers(6, Role::User);
    m_f->server.setFault(u"/users/batch_update"_s, FakeFault::traceback500(u"database is locked"_s), 1);
    BulkRoleChange job(m_f->api, listedUsers(*m_f, ids), Role::Viewer);
    job.setChunkSize(2);
    QSignalSpy finished(&job, &BulkRoleChange::finished);

    job.start();
    QVERIFY(finished.wait(10000));

    QCOMPARE(m_f->server.requestCount(u"/users/batch_update"_s), 1);
    QCOMPARE(job.outcome().idsWith(Status::Failed), ids.mid(0, 2));
    QCOMPARE(job.outcome().find(ids.first())->error.kind, ApiError::Kind::ServerError);
    QCOMPARE(job.outcome().idsWith(Status::NotAttempted), ids.mid(2));
    QCOMPARE(job.outcome().find(ids.last())->reason, u"Not sent: an earlier request failed."_s);
}

QTEST_GUILESS_MAIN(TestBulkRoleChange)
#include "tst_bulkrolechange.moc"
