// SPDX-License-Identifier: MIT
// ImportRunner against the in-process double: chunks of at most 100 through /users/import, one-by-one
// creates, reconciliation instead of a resend after a dropped connection, cancel, and a report without
// secrets (security checklist items 41, 44, 51).
#include "bulktesthelpers.h"
#include "import/importrunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

class TestImportRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sends250RowsInThreeChunksAndCreatesThemAll();
    void mixedRoutesUseImportAndCreate();
    void droppedChunkIsReconciledAndNeverResent();
    void droppedCreateIsReconciledAndNeverResent();
    void hungCreateTimesOutAndIsReconciled();
    void existingUsersAreReportedAsAlreadyExisted();
    void duplicateInAChunkGetsTheServersWords();
    void cancelBetweenChunksLeavesTheRestNotSent();
    void cancelBeforeStartSendsNothing();
    void importedUsersCanSignInWithTheirPasswords();
    void reportHoldsNoPasswordOrHash();
    void backupHashesRestoreDeletedUsers();
    void unsafeBatchRowsAreNeverSentInTheCsv();
    void retrySendsOnlyWhatIsStillMissing();

private:
    static QList<ImportRow> rows(int count, const QString &prefix,
                                 ImportRow::Route route = ImportRow::Route::BatchImport);
    bool run(ImportRunner &runner, int timeoutMs = 60000);
    Result<CurrentUser> signIn(const QString &name, const QString &password);

    std::unique_ptr<ClientFixture> m_f;
};

void TestImportRunner::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
}

void TestImportRunner::cleanup()
{
    m_f.reset();
}

QList<ImportRow> TestImportRunner::rows(int count, const QString &prefix, ImportRow::Route route)
{
    QList<ImportRow> result;
    for (int i = 0; i < count; ++i) {
        ImportRow row;
        row.line = i + 2;
        row.username = u"%1%2"_s.arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        row.password = u"pw-%1-Secret!"_s.arg(i);
        row.role = i % 3 == 0 ? u"viewer"_s : u"user"_s;
        row.route = route;
        result.append(row);
    }
    return result;
}

bool TestImportRunner::run(ImportRunner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start();
    // finished() must never come from inside start().
    if (!finished.isEmpty())
        return false;
    if (!finished.wait(timeoutMs))
        return false;
    QTest::qWait(20);
    return finished.size() == 1 && runner.isFinished();
}

Result<CurrentUser> TestImportRunner::signIn(const QString &name, const QString &password)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(m_f->server.baseUrl());
    client.setCredentials(Credentials{name, Secret::fromString(password)});
    SkyPilotApi api(client);
    return awaitReply(api.currentUser());
}

void TestImportRunner::sends250RowsInThreeChunksAndCreatesThemAll()
{
    const QList<ImportRow> input = rows(250, u"bulk"_s);
    ImportRunner runner(m_f->api, input);
    QSignalSpy progress(&runner, &ImportRunner::progress);
    QVERIFY(run(runner));
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 3);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 0);
    QCOMPARE(runner.count(Status::Created), 250);
    QCOMPARE(runner.outcomes().size(), 250);
    QCOMPARE(progress.constLast().at(0).toInt(), 250);
    QCOMPARE(progress.constLast().at(1).toInt(), 250);
    // Chunk sizes: 100, 100, 50 data lines after the header.
    QList<int> lines;
    for (const RecordedRequest &request : m_f->server.requests()) {
        if (request.pathWithoutQuery() == u"/users/import"_s) {
            const QString csv = QJsonDocument::fromJson(request.body).object().value(u"csv_content"_s).toString();
            QVERIFY(csv.startsWith(u"username,password,role\n"_s));
            lines << int(csv.count(u'\n'));
        }
    }
    QCOMPARE(lines, (QList<int>{100, 100, 50}));
    const QList<FakeUserStore::User> stored = m_f->server.users();
    for (const ImportRow &row : input)
        QVERIFY2(std::any_of(stored.cbegin(), stored.cend(),
                             [&row](const FakeUserStore::User &u) { return u.name == row.username; }),
                 qPrintable(row.username));
}

void TestImportRunner::mixedRoutesUseImportAndCreate()
{
    QList<ImportRow> input = rows(5, u"mix"_s);
    QList<ImportRow> creates = rows(6, u"one"_s, ImportRow::Route::CreateOne);
    creates[0].password = u"has,comma \"and quote\""_s;
    creates[1].password = u"Passw0rd.1234"_s; // a DES-crypt look-alike: never through the import
    input += creates;
    ImportRunner runner(m_f->api, input);
    runner.setConcurrency(3);
    QVERIFY(run(runner));
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 1);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 6);
    QCOMPARE(runner.count(Status::Created), 11);
    QVERIFY(signIn(creates[0].username, u"has,comma \"and quote\""_s).ok());
    QVERIFY(signIn(creates[1].username, u"Passw0rd.1234"_s).ok());
}

void TestImportRunner::droppedChunkIsReconciledAndNeverResent()
{
    const QList<ImportRow> input = rows(150, u"drop"_s);
    m_f->server.setFault(u"/users/import"_s, FakeFault::closeWithoutResponse(), 1);
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    // Two chunks, each sent exactly once: the lost one is not sent again, by Qt or by the runner.
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 2);
    QVERIFY(m_f->server.requestCount(u"/users"_s) >= 2); // the snapshot and the reconciliation
    for (int i = 0; i < 150; ++i) {
        const ImportRowOutcome &outcome = runner.outcomes().at(i);
        if (i < 100) {
            QCOMPARE(outcome.status, Status::Failed);
            QVERIFY2(outcome.reason.contains(u"not sent again"_s), qPrintable(outcome.reason));
        } else {
            QCOMPARE(outcome.status, Status::Created);
        }
    }
}

void TestImportRunner::droppedCreateIsReconciledAndNeverResent()
{
    const QList<ImportRow> input = rows(3, u"lost"_s, ImportRow::Route::CreateOne);
    m_f->server.setFault(u"/users/create"_s, FakeFault::closeWithoutResponse(), 1);
    ImportRunner runner(m_f->api, input);
    runner.setConcurrency(1);
    QVERIFY(run(runner));
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 3);
    QCOMPARE(runner.outcomes().at(0).status, Status::Failed);
    QCOMPARE(runner.outcomes().at(1).status, Status::Created);
    QCOMPARE(runner.outcomes().at(2).status, Status::Created);
}

void TestImportRunner::hungCreateTimesOutAndIsReconciled()
{
    ClientLimits limits = m_f->client.limits();
    limits.transferTimeoutMs = 500;
    m_f->client.setLimits(limits);
    m_f->server.setFault(u"/users/create"_s, FakeFault::hang(), 1);
    ImportRunner runner(m_f->api, rows(2, u"hung"_s, ImportRow::Route::CreateOne));
    runner.setConcurrency(1);
    QVERIFY(run(runner));
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 2);
    QCOMPARE(runner.outcomes().at(0).status, Status::Failed);
    QVERIFY2(runner.outcomes().at(0).reason.contains(u"refresh later"_s), qPrintable(runner.outcomes().at(0).reason));
    QCOMPARE(runner.outcomes().at(1).status, Status::Created);
}

void TestImportRunner::existingUsersAreReportedAsAlreadyExisted()
{
    QList<ImportRow> input = rows(4, u"ex"_s);
    input += rows(2, u"exone"_s, ImportRow::Route::CreateOne);
    m_f->server.addUser(input[1].username, u"other-password"_s, u"user"_s);
    m_f->server.addUser(input[5].username, u"other-password"_s, u"user"_s);
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    QCOMPARE(runner.outcomes().at(1).status, Status::AlreadyExisted);
    QCOMPARE(runner.outcomes().at(5).status, Status::AlreadyExisted);
    QCOMPARE(runner.count(Status::Created), 4);
    // The existing user keeps their password: nothing was overwritten.
    QVERIFY(signIn(input[1].username, u"other-password"_s).ok());
}

void TestImportRunner::duplicateInAChunkGetsTheServersWords()
{
    QList<ImportRow> input = rows(3, u"dup"_s);
    input[2].username = input[0].username;
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    QCOMPARE(runner.outcomes().at(0).status, Status::Created);
    QCOMPARE(runner.outcomes().at(1).status, Status::Created);
    QCOMPARE(runner.outcomes().at(2).status, Status::AlreadyExisted);
    QCOMPARE(runner.outcomes().at(2).reason, u"User already exists"_s);
}

void TestImportRunner::cancelBetweenChunksLeavesTheRestNotSent()
{
    const QList<ImportRow> input = rows(250, u"cancel"_s);
    ImportRunner runner(m_f->api, input);
    // Cancel as soon as the first chunk has settled: the second is never sent.
    connect(&runner, &ImportRunner::progress, &runner, [&runner](int done) {
        if (done >= 100)
            runner.cancel();
    });
    QVERIFY(run(runner));
    QVERIFY(runner.wasCancelled());
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 1);
    QCOMPARE(runner.count(Status::Created), 100);
    QCOMPARE(runner.count(Status::NotSent), 150);
    QVERIFY(runner.outcomes().at(100).reason.contains(u"cancelled"_s));
}

void TestImportRunner::cancelBeforeStartSendsNothing()
{
    ImportRunner runner(m_f->api, rows(5, u"never"_s));
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.cancel();
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.count(Status::NotSent), 5);
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 0);
}

void TestImportRunner::importedUsersCanSignInWithTheirPasswords()
{
    QList<ImportRow> input = rows(4, u"sign"_s);
    input += rows(2, u"signone"_s, ImportRow::Route::CreateOne);
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    for (const ImportRow &row : input) {
        const Result<CurrentUser> me = signIn(row.username, row.password);
        QVERIFY2(me.ok(), describe(me.error).constData());
        QCOMPARE(me.value->name, row.username);
    }
}

void TestImportRunner::reportHoldsNoPasswordOrHash()
{
    QList<ImportRow> input = rows(3, u"rep"_s);
    ImportRow hashed;
    hashed.line = 9;
    hashed.username = u"=hashed"_s;
    hashed.password = u"$2b$04$abcdefghijklmnopqrstuu5M3hIkLVLY0bvFOZVh5W3Y1TIr3HxwG"_s;
    hashed.passwordIsHash = true;
    hashed.role = u"user"_s;
    hashed.route = ImportRow::Route::CreateOne; // a hash cannot go through /users/create: refused, not sent
    input << hashed;
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    QCOMPARE(runner.outcomes().at(3).status, Status::Failed);
    const QByteArray report = ImportRunner::reportCsv(runner.outcomes());
    QVERIFY(report.startsWith("line,username,role,outcome,reason\r\n"));
    QVERIFY(report.contains("'=hashed")); // formula neutralised
    for (const ImportRow &row : input)
        QVERIFY2(!report.contains(row.password.toUtf8()), report.constData());
    QVERIFY(!report.contains("$2b$"));
    QCOMPARE(report.count("\r\n"), 5);
}

void TestImportRunner::backupHashesRestoreDeletedUsers()
{
    const QString aliceId = m_f->server.addUser(u"alice"_s, u"alice-Original-1"_s, u"viewer"_s);
    const QString bobId = m_f->server.addUser(u"bob"_s, u"bob-Original-22"_s, u"user"_s);
    const Result<ExportResult> backup = awaitReply(m_f->api.exportUsers());
    QVERIFY(backup.ok());
    QVERIFY(awaitReply(m_f->api.deleteUser(aliceId)).ok());
    QVERIFY(awaitReply(m_f->api.deleteUser(bobId)).ok());
    QList<ImportRow> input;
    const QStringList lines = backup.value->csvContent.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        if (cells.size() == 3 && !cells[1].isEmpty())
            input << ImportRow{int(i + 1), cells[0], cells[1], true, cells[2], ImportRow::Route::BatchImport};
    }
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    QCOMPARE(runner.count(Status::Created), 2);
    QCOMPARE(runner.count(Status::AlreadyExisted), int(input.size()) - 2);
    QVERIFY(signIn(u"alice"_s, u"alice-Original-1"_s).ok());
    QVERIFY(signIn(u"bob"_s, u"bob-Original-22"_s).ok());
    QCOMPARE(signIn(u"alice"_s, u"alice-Original-1"_s).value->role, u"viewer"_s);
}

void TestImportRunner::unsafeBatchRowsAreNeverSentInTheCsv()
{
    QList<ImportRow> input = rows(2, u"unsafe"_s);
    input[0].password = u"comma,inside"_s; // a plan mistake: must go through /users/create instead
    ImportRunner runner(m_f->api, input);
    QVERIFY(run(runner));
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 1);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 1);
    QCOMPARE(runner.count(Status::Created), 2);
    QVERIFY(signIn(input[0].username, u"comma,inside"_s).ok());
}

void TestImportRunner::retrySendsOnlyWhatIsStillMissing()
{
    QList<ImportRow> input = rows(150, u"again"_s);
    ImportRow hashed = input.takeLast();
    hashed.password = u"$2b$04$abcdefghijklmnopqrstuu5M3hIkLVLY0bvFOZVh5W3Y1TIr3HxwG"_s;
    hashed.passwordIsHash = true;
    hashed.route = ImportRow::Route::CreateOne; // refused by the plan: retrying cannot help
    input << hashed;
    m_f->server.setFault(u"/users/import"_s, FakeFault::closeWithoutResponse(), 1);
    ImportRunner first(m_f->api, input);
    QVERIFY(run(first));

    QList<ImportRow> again;
    QSet<QString> sent;
    for (int i = 0; i < input.size(); ++i) {
        const ImportRowOutcome &outcome = first.outcomes().at(i);
        const Status expected = i < 100 || i == 149 ? Status::Failed : Status::Created;
        QCOMPARE(outcome.status, expected);
        QCOMPARE(outcome.retryable, i < 100); // the lost chunk; not the refused hash, not the created
        if (outcome.retryable) {
            again << input.at(i);
            sent << input.at(i).username;
        }
    }
    QCOMPARE(first.namesBefore().contains(input[0].username), false);

    // The server applied two of the lost rows after all (a late commit): they must not be sent again.
    m_f->server.addUser(input[0].username, input[0].password, input[0].role);
    m_f->server.addUser(input[1].username, input[1].password, input[1].role);
    m_f->server.clearRequests();
    ImportRunner retry(m_f->api, again);
    retry.setEarlierAttempt(first.namesBefore(), sent);
    QVERIFY(run(retry));
    QCOMPARE(retry.count(Status::Created), 100);
    QCOMPARE(retry.outcomes().at(0).reason, u"Created by the earlier attempt; the list of users now shows it."_s);
    QVERIFY(retry.outcomes().at(2).reason.isEmpty()); // created by this retry
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 1);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 0);
    for (const RecordedRequest &request : m_f->server.requests()) {
        if (request.pathWithoutQuery() != u"/users/import"_s)
            continue;
        const QString csv = QJsonDocument::fromJson(request.body).object().value(u"csv_content"_s).toString();
        QCOMPARE(csv.count(u'\n'), 98);
        QVERIFY(!csv.contains(input[0].username + u','));
        QVERIFY(!csv.contains(input[1].username + u','));
    }
    for (const int i : {2, 50, 99})
        QVERIFY(signIn(input[i].username, input[i].password).ok());

    // Without the earlier attempt's names, a user already there is just that.
    ImportRunner plain(m_f->api, {input[0]});
    QVERIFY(run(plain));
    QCOMPARE(plain.outcomes().at(0).status, Status::AlreadyExisted);
    QVERIFY(!plain.outcomes().at(0).retryable);
}

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
