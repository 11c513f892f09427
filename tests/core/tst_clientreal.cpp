// SPDX-License-Identifier: MIT
// The typed client and the sign-in flow against the real SkyPilot 0.14.1 server (tools/skypilot-stack):
// through nginx over http and https (the stack's self-signed certificate pinned), and straight to the
// server's port, where the loopback rule makes it trust everyone.
#include "actions/bulkdelete.h"
#include "actions/bulkrolechange.h"
#include "awaitreply.h"
#include "domain/role.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "session/signinflow.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Problem = SignInFlow::Problem;

class TestClientReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsInThroughTheProxy();
    void wrongPasswordIsRejected();
    void directLoopbackConnectionIsExplained();
    void httpsWithThePinnedCertificate();
    void managesAUserEndToEnd();
    void bulkActionsEndToEnd();

private:
    std::pair<std::optional<CurrentUser>, std::optional<Problem>> signIn(const QUrl &url, const QString &password);

    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    SkyPilotApi m_api{m_client};
    QString m_admin;
    QString m_password;
};

void TestClientReal::initTestCase()
{
    m_admin = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER");
    m_password = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD");
    QVERIFY2(!m_admin.isEmpty() && qEnvironmentVariableIsSet("SKYPILOT_STACK_URL"),
             "run through ctest: the real_stack fixture provides the server");
}

std::pair<std::optional<CurrentUser>, std::optional<Problem>> TestClientReal::signIn(const QUrl &url,
                                                                                     const QString &password)
{
    SignInFlow flow(m_api);
    std::optional<CurrentUser> user;
    std::optional<Problem> problem;
    connect(&flow, &SignInFlow::succeeded, this, [&](const CurrentUser &u, const Health &) { user = u; });
    connect(&flow, &SignInFlow::failed, this, [&](Problem p, const QString &) { problem = p; });
    flow.start(url, Credentials{m_admin, Secret::fromString(password)});
    if (!QTest::qWaitFor([&] { return user || problem; }, 30000))
        qWarning("sign-in did not finish");
    return {user, problem};
}

void TestClientReal::signsInThroughTheProxy()
{
    const auto [user, problem] = signIn(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")), m_password);
    QVERIFY(!problem);
    QVERIFY(user);
    QCOMPARE(user->name, m_admin);
    QCOMPARE(user->role, Role::Admin);
    QCOMPARE(m_client.serverApiVersion(), std::optional<int>(62));
    QCOMPARE(m_client.serverVersion(), u"0.14.1"_s);
}

void TestClientReal::wrongPasswordIsRejected()
{
    const auto [user, problem] = signIn(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")), u"not-it"_s);
    QVERIFY(!user);
    QCOMPARE(problem, std::optional<Problem>(Problem::CredentialsRejected));
}

void TestClientReal::directLoopbackConnectionIsExplained()
{
    const auto [user, problem] = signIn(QUrl(qEnvironmentVariable("SKYPILOT_STACK_DIRECT_URL")), m_password);
    QVERIFY(!user);
    QCOMPARE(problem, std::optional<Problem>(Problem::TrustsLoopback));
}

void TestClientReal::httpsWithThePinnedCertificate()
{
    QFile file(qEnvironmentVariable("SKYPILOT_STACK_CERT"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(file.readAll());
    const QUrl https(qEnvironmentVariable("SKYPILOT_STACK_HTTPS_URL"));
    m_client.setServerUrl(https);
    m_client.setCredentials(Credentials{m_admin, Secret::fromString(m_password)});
    QCOMPARE(awaitReply(m_api.listUsers()).error.kind, ApiError::Kind::Tls); // untrusted until pinned
    m_client.setPinnedCertificate(certificate.digest(QCryptographicHash::Sha256));
    m_network.clearConnectionCache();
    const auto users = awaitReply(m_api.listUsers());
    QVERIFY2(users.ok(), describe(users.error));
    QVERIFY(!users.value->isEmpty());
}

void TestClientReal::managesAUserEndToEnd()
{
    m_client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    m_client.setCredentials(Credentials{m_admin, Secret::fromString(m_password)});
    const QString name = u"e2e%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    QVERIFY(awaitReply(m_api.createUser(name, Secret::fromString(u" sp\u00e4ce: pw "_s), Role::Viewer)).ok());
    const auto users = awaitReply(m_api.listUsers());
    QVERIFY2(users.ok(), describe(users.error));
    const auto it
            = std::find_if(users.value->cbegin(), users.value->cend(), [&](const User &u) { return u.name == name; });
    QVERIFY(it != users.value->cend());
    QCOMPARE(it->role, Role::Viewer);
    QVERIFY(awaitReply(m_api.updateRole(it->id, Role::User)).ok());
    const auto batch = awaitReply(m_api.batchUpdateRoles({it->id, u"skypilot-system"_s}, Role::Viewer));
    QVERIFY2(batch.ok(), describe(batch.error));
    QCOMPARE(batch.value->succeeded, QStringList{it->id});
    QCOMPARE(batch.value->failed.size(), 1);
    const auto duplicate = awaitReply(m_api.createUser(name, Secret::fromString(u"x"_s), Role::User));
    QCOMPARE(duplicate.error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(duplicate.error.serverDetail, u"User '%1' already exists"_s.arg(name));
    QVERIFY(awaitReply(m_api.deleteUser(it->id)).ok());
}

void TestClientReal::bulkActionsEndToEnd()
{
    m_client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    m_client.setCredentials(Credentials{m_admin, Secret::fromString(m_password)});
    const QString prefix = u"bulk%1-"_s.arg(QRandomGenerator::global()->bounded(1000000));
    for (int i = 0; i < 5; ++i)
        QVERIFY(awaitReply(m_api.createUser(prefix + QString::number(i), Secret::fromString(u"pw"_s), Role::Viewer))
                        .ok());
    const auto listed = awaitReply(m_api.listUsers());
    QVERIFY2(listed.ok(), describe(listed.error));
    QList<User> mine;
    for (const User &u : *listed.value) {
        if (u.name.startsWith(prefix) || u.id == "skypilot-system"_L1)
            mine.append(u);
    }
    QCOMPARE(mine.size(), 6);

    BulkRoleChange change(m_api, mine, Role::User);
    change.setChunkSize(2);
    QSignalSpy changed(&change, &BulkRoleChange::finished);
    change.start();
    QVERIFY(changed.wait(60000));
    QCOMPARE(change.outcome().count(UserOutcome::Status::Succeeded), 5);
    QCOMPARE(change.outcome().idsWith(UserOutcome::Status::Skipped), QStringList{u"skypilot-system"_s});

    mine.removeIf([](const User &u) { return u.isInternal(); });
    mine.append(User{u"deadbeef"_s, u"ghost"_s, {}, Role::User, u"basic"_s});
    BulkDelete remove(m_api, mine);
    remove.setConcurrency(2);
    QSignalSpy removed(&remove, &BulkDelete::finished);
    remove.start();
    QVERIFY(removed.wait(60000));
    QCOMPARE(remove.outcome().count(UserOutcome::Status::Succeeded), 5);
    // The real server's "User deadbeef does not exist" is read as already deleted, not as a failure.
    QCOMPARE(remove.outcome().find(u"deadbeef"_s)->status, UserOutcome::Status::Skipped);
    QCOMPARE(remove.outcome().find(u"deadbeef"_s)->reason, u"Already deleted (maybe by another admin)."_s);
    const auto after = awaitReply(m_api.listUsers());
    QVERIFY2(after.ok(), describe(after.error));
    QVERIFY(std::none_of(after.value->cbegin(), after.value->cend(),
                         [&](const User &u) { return u.name.startsWith(prefix); }));
}

QTEST_GUILESS_MAIN(TestClientReal)
#include "tst_clientreal.moc"
