// SPDX-License-Identifier: MIT
// Signing in without widgets: health, then role, with every failure told apart.
#include "awaitreply.h"
#include "barehealthserver.h"
#include "clientfixture.h"
#include "selfsignedcertificate.h"
#include "session/signinflow.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Problem = SignInFlow::Problem;

class TestSignInFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void succeedsWithTheCallersRole();
    void wrongPasswordIsRejected();
    void unreachableServerIsAConnectionProblem();
    void htmlPageIsNotSkyPilot();
    void loopbackTrustIsExplained();
    void cancelStaysSilent();
    void plainHttpToAnotherHostIsRefusedBeforeSending();
    void serverWithoutBasicAuthIsExplained();
    void tooOldServerIsExplained();
    void ingressAskingForItsOwnCredentialsIsExplained();
    void untrustedCertificateCanBePinned();

private:
    struct Outcome
    {
        std::optional<CurrentUser> user;
        std::optional<Problem> problem;
        QString message;
    };
    Outcome run(const QUrl &server, const QString &name, const QString &password);

    std::unique_ptr<ClientFixture> m_f;
};

void TestSignInFlow::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
    m_f->client.clearCredentials();
}

void TestSignInFlow::cleanup()
{
    m_f.reset();
}

TestSignInFlow::Outcome TestSignInFlow::run(const QUrl &server, const QString &name, const QString &password)
{
    SignInFlow flow(m_f->api);
    Outcome outcome;
    bool done = false;
    connect(&flow, &SignInFlow::succeeded, this, [&](const CurrentUser &user, const Health &) {
        outcome.user = user;
        done = true;
    });
    connect(&flow, &SignInFlow::failed, this, [&](Problem problem, const QString &message) {
        outcome.problem = problem;
        outcome.message = message;
        done = true;
    });
    flow.start(server, Credentials{name, Secret::fromString(password)});
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        outcome.message = u"test: sign-in never finished"_s;
    return outcome;
}

void TestSignInFlow::succeedsWithTheCallersRole()
{
    const QString id = m_f->server.addUser(u"vera"_s, u"vera-pw"_s, u"viewer"_s);
    const Outcome outcome = run(m_f->server.baseUrl(), u"vera"_s, u"vera-pw"_s);
    QVERIFY2(outcome.user, qPrintable(outcome.message));
    QCOMPARE(*outcome.user, (CurrentUser{id, u"vera"_s, u"viewer"_s}));
    QVERIFY(m_f->client.hasCredentials());
    QCOMPARE(m_f->server.requests().at(0).path, u"/api/health"_s);
    QCOMPARE(m_f->server.requests().at(1).path, u"/users/role"_s);
}

void TestSignInFlow::wrongPasswordIsRejected()
{
    const Outcome outcome = run(m_f->server.baseUrl(), u"admin"_s, u"nope"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::CredentialsRejected));
    QVERIFY(outcome.message.contains(u"did not accept the user name or password"_s));
    QVERIFY(!m_f->client.hasCredentials()); // a failed attempt leaves no password behind
}

void TestSignInFlow::unreachableServerIsAConnectionProblem()
{
    const Outcome outcome = run(QUrl(u"http://127.0.0.1:1"_s), u"admin"_s, u"x"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::Connection));
    QVERIFY2(outcome.message.contains(u"refused the connection"_s), qPrintable(outcome.message));
}

void TestSignInFlow::htmlPageIsNotSkyPilot()
{
    m_f->server.setFault(u"/api/health"_s, FakeFault::htmlPage200());
    const Outcome outcome = run(m_f->server.baseUrl(), u"admin"_s, u"admin-Pa55word!"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::NotSkyPilot));
}

void TestSignInFlow::loopbackTrustIsExplained()
{
    // A real server reached on loopback without a proxy names no caller, even for right credentials.
    m_f->server.setLoopbackBypass(true);
    const Outcome outcome = run(m_f->server.baseUrl(), u"admin"_s, u"admin-Pa55word!"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::TrustsLoopback));
    QVERIFY2(outcome.message.contains(u"without a password"_s), qPrintable(outcome.message));
}

void TestSignInFlow::cancelStaysSilent()
{
    m_f->server.setFault(u"/api/health"_s, FakeFault::hang());
    SignInFlow flow(m_f->api);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
    flow.start(m_f->server.baseUrl(), Credentials{u"admin"_s, Secret::fromString(u"x"_s)});
    QTRY_COMPARE(m_f->server.requestCount(u"/api/health"_s), 1);
    flow.cancel();
    QVERIFY(!flow.isRunning());
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.size(), 0);
}

void TestSignInFlow::plainHttpToAnotherHostIsRefusedBeforeSending()
{
    // Item 1: nothing may leave the computer; ".invalid" never resolves, so even a bug sends nothing.
    QSignalSpy started(&m_f->network, &QNetworkAccessManager::finished);
    const Outcome outcome = run(QUrl(u"http://skyusers-test.invalid:46580"_s), u"admin"_s, u"pw"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::InsecureHttp));
    QVERIFY2(outcome.message.contains(u"not encrypted"_s), qPrintable(outcome.message));
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_f->client.hasCredentials());
}

void TestSignInFlow::serverWithoutBasicAuthIsExplained()
{
    const BareHealthServer bare(BareHealthServer::health(false), true);
    QVERIFY(bare.isListening());
    const Outcome outcome = run(bare.url(), u"admin"_s, u"x"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::BasicAuthDisabled));
    QVERIFY2(outcome.message.contains(u"basic auth is off"_s), qPrintable(outcome.message));
}

void TestSignInFlow::tooOldServerIsExplained()
{
    m_f->server.setServerVersion(20, u"0.10.0"_s);
    const Outcome outcome = run(m_f->server.baseUrl(), u"admin"_s, u"admin-Pa55word!"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::TooOld));
    QVERIFY2(outcome.message.contains(u"too old"_s), qPrintable(outcome.message));
}

void TestSignInFlow::ingressAskingForItsOwnCredentialsIsExplained()
{
    m_f->server.setHtml401(u"Authentication Required - ingress"_s);
    const Outcome outcome = run(m_f->server.baseUrl(), u"admin"_s, u"admin-Pa55word!"_s);
    QCOMPARE(outcome.problem, std::optional<Problem>(Problem::Connection));
    QVERIFY2(outcome.message.contains(u"proxy or ingress"_s), qPrintable(outcome.message));
}

void TestSignInFlow::untrustedCertificateCanBePinned()
{
    // Items 3-4: the certificate is offered for a decision, and once pinned the same server signs in.
    QTemporaryDir dir;
    const SelfSignedCertificate made = SelfSignedCertificate::make(dir, u"server"_s);
    QVERIFY(!made.certificate.isNull());
    const QSslCertificate &certificate = made.certificate;
    FakeSkyPilotServer tls(u"admin"_s, u"admin-Pa55word!"_s);
    tls.sslSetup(made.certificate, made.key);
    QVERIFY(tls.start());

    SignInFlow flow(m_f->api);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
    ServerProfile profile;
    profile.url = tls.baseUrl();
    profile.username = u"admin"_s;
    flow.start(profile, Secret::fromString(u"admin-Pa55word!"_s));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Problem>(), Problem::UntrustedCertificate);
    QCOMPARE(flow.untrustedCertificate(), certificate);
    QCOMPARE(tls.requests().size(), 0);

    profile.pinnedCertificateSha256 = flow.untrustedCertificate().digest(QCryptographicHash::Sha256);
    m_f->network.clearConnectionCache();
    flow.start(profile, Secret::fromString(u"admin-Pa55word!"_s));
    QTRY_COMPARE(succeeded.size(), 1);
}

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
