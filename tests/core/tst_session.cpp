// SPDX-License-Identifier: MIT
// The session: remembered sign-in across restarts, sign-out, forgetting, switching servers, a 401 while
// working, and a scan proving the password is nowhere on disk or in the log afterwards (issue 4 §4-5,
// security checklist items 21-23, 25, 29, 33-34). With SKYUSERS_TEST_REAL_KEYCHAIN=1 (run under
// tests/keychain/run-with-keyring.sh) the store is the real Secret Service through QtKeychain.
#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"
#include "clientfixture.h"
#include "session/serverlist.h"
#include "session/session.h"

#include <QDirIterator>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void asksWhenNothingIsSaved();
    void remembersAcrossARestartAndSignsInAlone();
    void notRememberingDeletesTheEntry();
    void staleRememberedPasswordAsksAgain();
    void signOutLeavesNothingThatAuthenticates();
    void rejectionWhileWorkingAsksAgainWithTheUserName();
    void forgettingRemovesEntryAndProfile();
    void switchingNeverSendsOneServersCredentialsToAnother();
    void fullFlowLeavesThePasswordNowhere();

private:
    /// One "run" of the app: its own client, settings, server list and session over a shared store.
    struct Run
    {
        QNetworkAccessManager network;
        ApiClient client{&network};
        SkyPilotApi api{client};
        QSettings settings;
        ServerList servers;
        Session session;
        Run(const QString &settingsFile, CredentialStore &store)
            : settings(settingsFile, QSettings::IniFormat)
            , servers(settings)
            , session(api, network, store, servers)
        { }
    };
    std::unique_ptr<Run> newRun() { return std::make_unique<Run>(m_dir->filePath(u"skyusers.conf"_s), *m_store); }
    ServerProfile adminProfile(const FakeSkyPilotServer &server) const;
    bool signInThroughDialog(Run &run, const ServerProfile &profile, const QString &password);
    /// An admin in another client changes a user's password, as happens while a session is open.
    bool changePasswordElsewhere(const QString &userId, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<FakeSkyPilotServer> m_server;
};

void TestSession::initTestCase()
{
    previousHandler = qInstallMessageHandler(capture);
}

void TestSession::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSession::init()
{
    // Under the test's own HOME (ctest sets it), so the final scan covers what a real run would write.
    m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(u"session-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
    if (qEnvironmentVariableIntValue("SKYUSERS_TEST_REAL_KEYCHAIN"))
        m_store = std::make_unique<KeychainCredentialStore>();
    else
        m_store = std::make_unique<MemoryCredentialStore>();
    m_server = std::make_unique<FakeSkyPilotServer>(u"admin"_s, u"admin-Pa55word!"_s);
    QVERIFY(m_server->start());
}

void TestSession::cleanup()
{
    // Leave the keychain as it was found.
    for (const QString &user : {u"admin"_s, u"rita"_s}) {
        CredentialJob *job = m_store->remove(CredentialStore::keyFor(m_server->baseUrl(), user));
        QSignalSpy done(job, &CredentialJob::finished);
        QVERIFY(done.wait(15000) || done.size() == 1);
    }
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

ServerProfile TestSession::adminProfile(const FakeSkyPilotServer &server) const
{
    ServerProfile profile;
    profile.url = server.baseUrl();
    profile.username = u"admin"_s;
    return profile;
}

bool TestSession::signInThroughDialog(Run &run, const ServerProfile &profile, const QString &password)
{
    // What the dialog does: a SignInFlow, then adopt() with what was typed.
    SignInFlow flow(run.api);
    std::optional<CurrentUser> user;
    connect(&flow, &SignInFlow::succeeded, this, [&](const CurrentUser &u, const Health &) { user = u; });
    flow.start(profile, Secret::fromString(password));
    if (!QTest::qWaitFor([&] { return user.has_value(); }, 15000))
        return false;
    QSignalSpy signedIn(&run.session, &Session::signedIn);
    run.session.adopt(profile, Secret::fromString(password), *user);
    return signedIn.size() == 1;
}

bool TestSession::changePasswordElsewhere(const QString &userId, const QString &password)
{
    auto admin = newRun();
    admin->client.setServerUrl(m_server->baseUrl());
    admin->client.setCredentials(Credentials{u"admin"_s, Secret::fromString(u"admin-Pa55word!"_s)});
    QSignalSpy changed(admin->api.updatePassword(userId, Secret::fromString(password)).raw(), &ApiReply::finished);
    return changed.wait(15000);
}

void TestSession::asksWhenNothingIsSaved()
{
    auto run = newRun();
    QSignalSpy needed(&run->session, &Session::credentialsNeeded);
    run->session.resume();
    QTRY_COMPARE(needed.size(), 1);
    QVERIFY(!needed.first().first().value<ServerProfile>().isValid());
}

void TestSession::remembersAcrossARestartAndSignsInAlone()
{
    {
        auto first = newRun();
        QVERIFY(signInThroughDialog(*first, adminProfile(*m_server), u"admin-Pa55word!"_s));
    }
    m_server->clearRequests();
    auto second = newRun();
    QSignalSpy signedIn(&second->session, &Session::signedIn);
    QSignalSpy needed(&second->session, &Session::credentialsNeeded);
    second->session.resume();
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(needed.size(), 0);
    QCOMPARE(second->session.user().name, u"admin"_s);
    QCOMPARE(m_server->requests().last().header("Authorization"),
             "Basic " + QByteArray("admin:admin-Pa55word!").toBase64());
}

void TestSession::notRememberingDeletesTheEntry()
{
    {
        auto first = newRun();
        QVERIFY(signInThroughDialog(*first, adminProfile(*m_server), u"admin-Pa55word!"_s));
        ServerProfile forgetful = adminProfile(*m_server);
        forgetful.rememberPassword = false;
        QVERIFY(signInThroughDialog(*first, forgetful, u"admin-Pa55word!"_s));
    }
    CredentialJob *read = m_store->read(CredentialStore::keyFor(m_server->baseUrl(), u"admin"_s));
    QSignalSpy done(read, &CredentialJob::finished);
    read->setAutoDelete(false);
    QVERIFY(done.wait(15000));
    QCOMPARE(read->result(), CredentialJob::Result::NotFound);
    delete read;

    auto second = newRun();
    QSignalSpy needed(&second->session, &Session::credentialsNeeded);
    second->session.resume();
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.first().first().value<ServerProfile>().username, u"admin"_s);
}

void TestSession::staleRememberedPasswordAsksAgain()
{
    const QString rita = m_server->addUser(u"rita"_s, u"rita-old"_s, u"user"_s);
    {
        auto first = newRun();
        ServerProfile profile = adminProfile(*m_server);
        profile.username = u"rita"_s;
        QVERIFY(signInThroughDialog(*first, profile, u"rita-old"_s));
    }
    // The remembered one no longer works.
    QVERIFY(changePasswordElsewhere(rita, u"rita-new"_s));

    auto second = newRun();
    QSignalSpy needed(&second->session, &Session::credentialsNeeded);
    second->session.resume();
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.first().first().value<ServerProfile>().username, u"rita"_s);
    QVERIFY(needed.first().at(1).toString().contains(u"did not accept"_s));
}

void TestSession::signOutLeavesNothingThatAuthenticates()
{
    auto run = newRun();
    QVERIFY(signInThroughDialog(*run, adminProfile(*m_server), u"admin-Pa55word!"_s));
    const QUrl url = m_server->baseUrl();
    QVERIFY(run->network.cookieJar()->setCookiesFromUrl({QNetworkCookie("session", "s3cr3t")}, url));
    QSignalSpy signedOut(&run->session, &Session::signedOut);
    run->session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!run->client.hasCredentials());
    QVERIFY(run->network.cookieJar()->cookiesForUrl(url).isEmpty());
    QSignalSpy listed(run->api.listUsers().raw(), &ApiReply::finished);
    QVERIFY(listed.wait(15000));
    QVERIFY(m_server->requests().last().header("Authorization").isEmpty());
    QVERIFY(m_server->requests().last().header("Cookie").isEmpty());
}

void TestSession::rejectionWhileWorkingAsksAgainWithTheUserName()
{
    const QString rita = m_server->addUser(u"rita"_s, u"rita-pw"_s, u"user"_s);
    auto run = newRun();
    ServerProfile profile = adminProfile(*m_server);
    profile.username = u"rita"_s;
    QVERIFY(signInThroughDialog(*run, profile, u"rita-pw"_s));
    QVERIFY(changePasswordElsewhere(rita, u"rita-pw2"_s));

    QSignalSpy needed(&run->session, &Session::credentialsNeeded);
    QSignalSpy listed(run->api.listUsers().raw(), &ApiReply::finished);
    QVERIFY(listed.wait(15000));
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.first().first().value<ServerProfile>().username, u"rita"_s);
    QVERIFY(needed.first().at(1).toString().contains(u"no longer accepts"_s));
    QCOMPARE(run->session.state(), Session::State::SignedOut);
    QVERIFY(!run->client.hasCredentials());
}

void TestSession::forgettingRemovesEntryAndProfile()
{
    auto run = newRun();
    QVERIFY(signInThroughDialog(*run, adminProfile(*m_server), u"admin-Pa55word!"_s));
    run->session.forget(adminProfile(*m_server));
    QCOMPARE(run->session.state(), Session::State::SignedOut);
    QVERIFY(run->servers.all().isEmpty());
    CredentialJob *read = m_store->read(CredentialStore::keyFor(m_server->baseUrl(), u"admin"_s));
    read->setAutoDelete(false);
    QSignalSpy done(read, &CredentialJob::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(read->result(), CredentialJob::Result::NotFound);
    delete read;
}

void TestSession::switchingNeverSendsOneServersCredentialsToAnother()
{
    // Item 22: two servers, two accounts; each server only ever sees its own.
    FakeSkyPilotServer other(u"otto"_s, u"otto-Pa55word!"_s);
    QVERIFY(other.start(QHostAddress(u"127.0.0.2"_s)));
    auto run = newRun();
    QVERIFY(signInThroughDialog(*run, adminProfile(*m_server), u"admin-Pa55word!"_s));
    ServerProfile otto;
    otto.url = other.baseUrl();
    otto.username = u"otto"_s;
    QVERIFY(signInThroughDialog(*run, otto, u"otto-Pa55word!"_s));
    QSignalSpy signedIn(&run->session, &Session::signedIn);
    run->session.resume(adminProfile(*m_server));
    QTRY_COMPARE(signedIn.size(), 1);
    run->session.resume(otto);
    QTRY_COMPARE(signedIn.size(), 2);
    const QByteArray adminAuth = "Basic " + QByteArray("admin:admin-Pa55word!").toBase64();
    const QByteArray ottoAuth = "Basic " + QByteArray("otto:otto-Pa55word!").toBase64();
    for (const RecordedRequest &r : m_server->requests())
        QCOMPARE(r.header("Authorization"), adminAuth);
    for (const RecordedRequest &r : other.requests())
        QCOMPARE(r.header("Authorization"), ottoAuth);
    CredentialJob *job = m_store->remove(CredentialStore::keyFor(other.baseUrl(), u"otto"_s));
    QSignalSpy removed(job, &CredentialJob::finished);
    QVERIFY(removed.wait(15000));
}

void TestSession::fullFlowLeavesThePasswordNowhere()
{
    // Issue 4 §5: remember, restart, change own password, sign out; then look everywhere.
    const QString first = u"Kx8-first-Secret!"_s;
    const QString second = u"Jw3-second-Secret?"_s;
    const QString rita = m_server->addUser(u"rita"_s, first, u"user"_s);
    ServerProfile profile = adminProfile(*m_server);
    profile.username = u"rita"_s;
    {
        auto run = newRun();
        QVERIFY(signInThroughDialog(*run, profile, first));
    }
    auto run = newRun();
    QSignalSpy signedIn(&run->session, &Session::signedIn);
    run->session.resume();
    QTRY_COMPARE(signedIn.size(), 1);
    QSignalSpy changed(run->api.updatePassword(rita, Secret::fromString(second)).raw(), &ApiReply::finished);
    QVERIFY(changed.wait(15000));
    run->session.ownPasswordChanged(Secret::fromString(second));
    QSignalSpy listed(run->api.listUsers().raw(), &ApiReply::finished);
    QVERIFY(listed.wait(15000));
    QCOMPARE(m_server->requests().last().header("Authorization"),
             "Basic " + QByteArray("rita:" + second.toUtf8()).toBase64());
    run->session.signOut();
    run->settings.sync();

    QStringList secrets{first, second};
    for (const QString &password : {first, second})
        secrets << QString::fromLatin1(QByteArray("rita:" + password.toUtf8()).toBase64());
    const QString log = capturedLog.join(u'\n');
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a secret is in "_s + file.fileName()));
    }
    QVERIFY2(scanned > 0, "the settings file was not found under HOME: the scan proved nothing");
    for (const QString &secret : secrets)
        QVERIFY(!log.contains(secret));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
