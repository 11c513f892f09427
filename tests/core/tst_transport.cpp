// SPDX-License-Identifier: MIT
// Redirects, timeouts, retries, truncation, size cap and hostile answers, with two origins
// (security checklist items 8-11, 17, 63-72).
#include "awaitreply.h"
#include "clientfixture.h"
#include "selfsignedcertificate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHstsPolicy>
#include <QHttpServer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void crossOriginRedirectIsRefusedAndSendsNothingThere();
    void sameOriginGetRedirectIsFollowedWithCredentials();
    void postIsNeverRedirected();
    void redirectToAnotherSchemeIsRefused();
    void redirectLoopStops();
    void hangingServerTimesOut();
    void userCancelIsNotATimeout();
    void slowDripHitsTheOverallDeadline();
    void truncatedBodyIsBadResponse();
    void closedWithoutAnswerIsUnreachable();
    void postIsSentOnceWhenTheConnectionDrops();
    void getRetriesTransientFailuresThenReports();
    void postIsNotRetried();
    void retryAfterIsHonoured();
    void retryAfterBeyondTheCapFailsAtOnce();
    void serverTracebackIsNotRetried();
    void oversizedAnswerIsRefused();
    void htmlLoginPageIsBadResponse();
    void ingressAuthIsToldApartFromSkyPilot();
    void refusedConnectionIsUnreachable();
    void noDiskCacheAndNoCachedCredentials();
    void untrustedCertificateFailsClosed();
    void pinnedCertificateIsTrustedAndNoOther();
    void httpsToHttpRedirectIsRefused();
    void strictTransportSecurityUpgradesLaterPlainRequests();

private:
    std::unique_ptr<ClientFixture> m_a;
    std::unique_ptr<FakeSkyPilotServer> m_b; // another origin: 127.0.0.2
};

void TestTransport::init()
{
    m_a = std::make_unique<ClientFixture>();
    QVERIFY(m_a->start());
    ClientLimits limits;
    limits.transferTimeoutMs = 800;
    limits.deadlineMs = 5000;
    limits.retry.baseDelayMs = 20;
    limits.retry.maxDelayMs = 50;
    m_a->client.setLimits(limits);
    m_b = std::make_unique<FakeSkyPilotServer>(u"admin"_s, u"admin-Pa55word!"_s);
    QVERIFY(m_b->start(QHostAddress(u"127.0.0.2"_s)));
}

void TestTransport::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void TestTransport::crossOriginRedirectIsRefusedAndSendsNothingThere()
{
    for (int status : {301, 302, 303, 307, 308}) {
        m_a->server.setFault(u"/users"_s, FakeFault::redirectTo(QUrl(m_b->baseUrl().toString() + u"/users"_s), status),
                             1);
        const auto result = awaitReply(m_a->api.listUsers());
        QCOMPARE(result.error.kind, Kind::RedirectRefused);
        QVERIFY2(result.error.message.contains(u"another server"_s), describe(result.error));
        QVERIFY(result.error.message.contains(u"127.0.0.2"_s));
    }
    QCOMPARE(m_b->requests().size(), 0); // item 8: B never sees the credentials
}

void TestTransport::sameOriginGetRedirectIsFollowedWithCredentials()
{
    QUrl moved = m_a->server.baseUrl();
    moved.setPath(u"/users"_s);
    moved.setQuery(u"moved=1"_s);
    m_a->server.setFault(u"/users"_s, FakeFault::redirectTo(moved, 307), 1);
    const auto result = awaitReply(m_a->api.listUsers());
    QVERIFY2(result.ok(), describe(result.error));
    const QList<RecordedRequest> requests = m_a->server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).path, u"/users?moved=1"_s);
    QVERIFY(requests.at(1).header("Authorization").startsWith("Basic "));
}

void TestTransport::postIsNeverRedirected()
{
    // Item 9: not even to the same origin; the body holds a password.
    QUrl same = m_a->server.baseUrl();
    same.setPath(u"/users/create"_s);
    m_a->server.setFault(u"/users/create"_s, FakeFault::redirectTo(same, 307), 1);
    const auto result = awaitReply(m_a->api.createUser(u"zed"_s, Secret::fromString(u"pw-zed"_s), u"user"_s));
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY2(result.error.message.contains(u"did not resend"_s), describe(result.error));
    QCOMPARE(m_a->server.requestCount(u"/users/create"_s), 1);
    for (const auto &user : m_a->server.users())
        QVERIFY(user.name != u"zed"_s);
}

void TestTransport::redirectToAnotherSchemeIsRefused()
{
    m_a->server.setFault(u"/users"_s, FakeFault::redirectTo(QUrl(u"file:///etc/hostname"_s), 302), 1);
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY2(result.error.message.contains(u"not a web address"_s), describe(result.error));
}

void TestTransport::redirectLoopStops()
{
    QUrl self = m_a->server.baseUrl();
    self.setPath(u"/users"_s);
    m_a->server.setFault(u"/users"_s, FakeFault::redirectTo(self, 302));
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY2(result.error.message.contains(u"more than 5 times"_s), describe(result.error));
    QCOMPARE(m_a->server.requestCount(u"/users"_s), 6);
}

void TestTransport::hangingServerTimesOut()
{
    m_a->server.setFault(u"/users"_s, FakeFault::hang());
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(u"stopped responding"_s), describe(result.error));
    QVERIFY(timer.elapsed() >= 700); // the 800 ms inactivity timeout, not some other failure
}

void TestTransport::userCancelIsNotATimeout()
{
    m_a->server.setFault(u"/users"_s, FakeFault::hang());
    const Reply<QList<User>> reply = m_a->api.listUsers();
    QTimer::singleShot(50, this, [reply] { reply.abort(); });
    const auto result = awaitReply(reply);
    QCOMPARE(result.error.kind, Kind::Canceled);
}

void TestTransport::slowDripHitsTheOverallDeadline()
{
    // Bytes keep coming, so the inactivity timeout never fires; the deadline still does (item 63).
    ClientLimits limits = m_a->client.limits();
    limits.deadlineMs = 1000;
    m_a->client.setLimits(limits);
    m_a->server.setFault(u"/users"_s, FakeFault::slowDrip(1, 100));
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(u"took too long"_s), describe(result.error));
    QVERIFY(timer.elapsed() >= 900 && timer.elapsed() < 3000);
}

void TestTransport::truncatedBodyIsBadResponse()
{
    m_a->server.setFault(u"/users/export"_s, FakeFault::truncatedBody());
    const auto result = awaitReply(m_a->api.exportUsers());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY2(result.error.message.contains(u"cut off"_s), describe(result.error));
}

void TestTransport::closedWithoutAnswerIsUnreachable()
{
    m_a->server.setFault(u"/users"_s, FakeFault::closeWithoutResponse());
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::Unreachable);
    QVERIFY2(result.error.message.contains(u"closed the connection without answering"_s), describe(result.error));
}

void TestTransport::postIsSentOnceWhenTheConnectionDrops()
{
    // Item 53 / Qt fact Q12: plain Qt 6.4 would send this POST twice; the change must reach the server once.
    m_a->server.setFault(u"/users/create"_s, FakeFault::closeWithoutResponse());
    const auto result = awaitReply(m_a->api.createUser(u"once"_s, Secret::fromString(u"pw-once"_s), u"user"_s));
    QCOMPARE(result.error.kind, Kind::Unreachable);
    QVERIFY2(result.error.message.contains(u"may or may not have been applied"_s), describe(result.error));
    QCOMPARE(m_a->server.requestCount(u"/users/create"_s), 1);
}

void TestTransport::getRetriesTransientFailuresThenReports()
{
    m_a->server.setFault(u"/users"_s, FakeFault::html502());
    const Reply<QList<User>> reply = m_a->api.listUsers();
    QSignalSpy retrying(reply.raw(), &ApiReply::retrying);
    const auto result = awaitReply(reply);
    QCOMPARE(result.error.kind, Kind::ServerError);
    QVERIFY2(result.error.message.contains(u"502 Bad Gateway"_s), describe(result.error));
    QCOMPARE(m_a->server.requestCount(u"/users"_s), 3); // three attempts in all, then the error
    QCOMPARE(retrying.size(), 2);

    // A transient failure that clears up is invisible to the caller.
    m_a->server.clearFaults();
    m_a->server.setFault(u"/users"_s, FakeFault::status503(), 1);
    QVERIFY(awaitReply(m_a->api.listUsers()).ok());
}

void TestTransport::postIsNotRetried()
{
    m_a->server.setFault(u"/users/delete"_s, FakeFault::html502());
    const auto result = awaitReply(m_a->api.deleteUser(u"deadbeef"_s));
    QCOMPARE(result.error.kind, Kind::ServerError);
    QCOMPARE(m_a->server.requestCount(u"/users/delete"_s), 1);
}

void TestTransport::retryAfterIsHonoured()
{
    m_a->server.setFault(u"/users"_s, FakeFault::status429(1), 1);
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitReply(m_a->api.listUsers());
    QVERIFY2(result.ok(), describe(result.error));
    QVERIFY(timer.elapsed() >= 950);
    QCOMPARE(m_a->server.requestCount(u"/users"_s), 2);
}

void TestTransport::retryAfterBeyondTheCapFailsAtOnce()
{
    m_a->server.setFault(u"/users"_s, FakeFault::status429(120));
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::ServerError);
    QVERIFY(result.error.message.contains(u"busy"_s));
    QVERIFY(timer.elapsed() < 900);
    QCOMPARE(m_a->server.requestCount(u"/users"_s), 1);
}

void TestTransport::serverTracebackIsNotRetried()
{
    m_a->server.setFault(u"/users"_s, FakeFault::traceback500());
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::ServerError);
    QCOMPARE(result.error.httpStatus, 500);
    QVERIFY2(result.error.message.contains(u"RuntimeError: Failed to update user"_s), describe(result.error));
    QVERIFY(!result.error.message.contains(u"Traceback"_s));
    QCOMPARE(m_a->server.requestCount(u"/users"_s), 1);
}

void TestTransport::oversizedAnswerIsRefused()
{
    ClientLimits limits = m_a->client.limits();
    limits.maxResponseBytes = 1024 * 1024;
    // The double builds the 2 MiB body before its headers; on a loaded machine that can outlast the
    // suite's short transfer timeout, and this test is about the size cap, not the timeout.
    limits.transferTimeoutMs = 4000;
    m_a->client.setLimits(limits);
    m_a->server.setFault(u"/users"_s, FakeFault::oversizedBody(2));
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::TooLarge);
    QVERIFY2(result.error.message.contains(u"larger than 1 MiB"_s), describe(result.error));
}

void TestTransport::htmlLoginPageIsBadResponse()
{
    m_a->server.setFault(u"/users"_s, FakeFault::htmlPage200());
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY2(result.error.message.contains(u"HTML page"_s), describe(result.error));
    QVERIFY(!result.error.message.contains(u'<'));
}

void TestTransport::ingressAuthIsToldApartFromSkyPilot()
{
    m_a->server.setHtml401(u"Authentication Required - foo"_s);
    QSignalSpy rejected(&m_a->client, &ApiClient::authenticationRejected);
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::ProxyAuthRequired);
    QVERIFY2(result.error.message.contains(u"Authentication Required - foo"_s), describe(result.error));
    QCOMPARE(rejected.size(), 0); // not a reason to ask for the SkyPilot password again
}

void TestTransport::refusedConnectionIsUnreachable()
{
    const QUrl url = m_a->server.baseUrl();
    m_a.reset(); // the port is closed now
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(url);
    SkyPilotApi api(client);
    const auto result = awaitReply(api.health());
    QCOMPARE(result.error.kind, Kind::Unreachable);
    QVERIFY2(result.error.message.contains(u"refused the connection"_s), describe(result.error));
    m_a = std::make_unique<ClientFixture>(); // for cleanup()
}

void TestTransport::noDiskCacheAndNoCachedCredentials()
{
    QCOMPARE(m_a->network.cache(), nullptr); // item 72
    // Item 17: after a rejected request Qt holds no credentials of its own to replay.
    m_a->signInAs(u"admin"_s, u"wrong"_s);
    QCOMPARE(awaitReply(m_a->api.listUsers()).error.kind, Kind::AuthRejected);
    m_a->client.clearCredentials();
    awaitReply(m_a->api.listUsers());
    QVERIFY(m_a->server.requests().last().header("Authorization").isEmpty());
}

namespace {
QUrl httpsUrl(const FakeSkyPilotServer &server)
{
    QUrl url = server.baseUrl();
    url.setScheme(u"https"_s);
    return url;
}
} // namespace

void TestTransport::untrustedCertificateFailsClosed()
{
    // Item 3: a self-signed certificate stops the handshake; no HTTP request (so no credentials) is sent.
    QTemporaryDir dir;
    const SelfSignedCertificate tls = SelfSignedCertificate::make(dir, u"server"_s);
    QVERIFY(!tls.certificate.isNull());
    FakeSkyPilotServer tlsServer(u"admin"_s, u"admin-Pa55word!"_s);
    tlsServer.sslSetup(tls.certificate, tls.key);
    QVERIFY(tlsServer.start());
    m_a->client.setServerUrl(httpsUrl(tlsServer));
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::Tls);
    QVERIFY2(result.error.message.contains(u"Nothing was sent"_s), describe(result.error));
    QCOMPARE(tlsServer.requests().size(), 0);
}

void TestTransport::pinnedCertificateIsTrustedAndNoOther()
{
    // Item 4: the pinned certificate works for this server; a different one is refused again.
    QTemporaryDir dir;
    const SelfSignedCertificate pinned = SelfSignedCertificate::make(dir, u"pinned"_s);
    const SelfSignedCertificate other = SelfSignedCertificate::make(dir, u"other"_s);
    QVERIFY(!pinned.certificate.isNull() && !other.certificate.isNull());
    FakeSkyPilotServer tlsServer(u"admin"_s, u"admin-Pa55word!"_s);
    tlsServer.sslSetup(pinned.certificate, pinned.key);
    QVERIFY(tlsServer.start());
    m_a->client.setServerUrl(httpsUrl(tlsServer));
    m_a->client.setPinnedCertificate(pinned.certificate.digest(QCryptographicHash::Sha256));
    const auto trusted = awaitReply(m_a->api.listUsers());
    QVERIFY2(trusted.ok(), describe(trusted.error));

    m_a->client.setPinnedCertificate(other.certificate.digest(QCryptographicHash::Sha256));
    m_a->network.clearConnectionCache();
    QCOMPARE(awaitReply(m_a->api.listUsers()).error.kind, Kind::Tls);
}

void TestTransport::httpsToHttpRedirectIsRefused()
{
    // Item 7: a downgrade never happens, even to the same host.
    QTemporaryDir dir;
    const SelfSignedCertificate tls = SelfSignedCertificate::make(dir, u"server"_s);
    FakeSkyPilotServer tlsServer(u"admin"_s, u"admin-Pa55word!"_s);
    tlsServer.sslSetup(tls.certificate, tls.key);
    QVERIFY(tlsServer.start());
    m_a->client.setServerUrl(httpsUrl(tlsServer));
    m_a->client.setPinnedCertificate(tls.certificate.digest(QCryptographicHash::Sha256));
    tlsServer.setFault(u"/users"_s, FakeFault::redirectTo(QUrl(m_a->server.baseUrl().toString() + u"/users"_s), 301));
    const auto result = awaitReply(m_a->api.listUsers());
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY2(result.error.message.contains(u"unencrypted HTTP"_s), describe(result.error));
    QCOMPARE(m_a->server.requests().size(), 0);
}

void TestTransport::strictTransportSecurityUpgradesLaterPlainRequests()
{
    // Item 12: after an HTTPS answer with Strict-Transport-Security, http:// to that host goes over TLS.
    // Policies only apply to host names, hence "localhost"; the server below speaks nothing but TLS.
    QTemporaryDir dir;
    const SelfSignedCertificate tls = SelfSignedCertificate::make(dir, u"server"_s);
    QVERIFY(!tls.certificate.isNull());
    QHttpServer server;
    int answered = 0;
    server.route(u"/users"_s, [&answered] {
        ++answered;
        QHttpServerResponse response(QJsonArray{});
        response.addHeader("Strict-Transport-Security", "max-age=3600");
        return response;
    });
    server.sslSetup(tls.certificate, tls.key);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QByteArray pin = tls.certificate.digest(QCryptographicHash::Sha256);

    m_a->client.setServerUrl(QUrl(u"https://localhost:%1"_s.arg(port)));
    m_a->client.setPinnedCertificate(pin);
    const auto overTls = awaitReply(m_a->api.listUsers());
    QVERIFY2(overTls.ok(), describe(overTls.error));
    QVERIFY(m_a->network.strictTransportSecurityHosts().size() == 1);

    m_a->client.setServerUrl(QUrl(u"http://localhost:%1"_s.arg(port)));
    m_a->client.setPinnedCertificate(pin);
    const auto upgraded = awaitReply(m_a->api.listUsers());
    QVERIFY2(upgraded.ok(), describe(upgraded.error));
    QCOMPARE(answered, 2);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
