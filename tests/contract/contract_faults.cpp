// SPDX-License-Identifier: MIT
// FakeSkyPilotServer's fault modes, seen from a plain QNetworkAccessManager. Double-only: they
// imitate what sits between a client and a server (proxies, crashing workers).
#include "contracttest.h"
#include "fakeskypilotserver.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

void ContractTest::doubleOnly_faultHang()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::hang(), 1);
    const int before = m_server->requestCount(u"/users"_s);
    const ContractClient::Reply hung = m_client->get(u"/users"_s, authFor(u"admin"_s), {}, 300);
    QVERIFY(hung.timedOut);
    QCOMPARE(hung.status, 0);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server->requestCount(u"/users"_s), before + 1); // it did arrive
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, authFor(u"admin"_s)), 200); // one use only
}

void ContractTest::doubleOnly_faultSlowDrip()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users/role"_s, FakeFault::slowDrip(8, 30), 1);
    const ContractClient::Reply reply = m_client->get(u"/users/role"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.object().value(u"role"_s).toString(), u"admin"_s); // the complete, normal answer
    const qint64 chunks = (reply.body.size() + 7) / 8;
    QVERIFY2(reply.elapsedMs >= (chunks - 1) * 30 - 10, qPrintable(QString::number(reply.elapsedMs)));
}

void ContractTest::doubleOnly_faultTruncatedBody()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::truncatedBody(), FakeSkyPilotServer::Always);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-length"), "100"_ba);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.size() <= 21);
    QVERIFY(reply.json().isUndefined());
}

void ContractTest::doubleOnly_faultCloseWithoutResponse()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::closeWithoutResponse(), FakeSkyPilotServer::Always);
    const int before = m_server->requestCount(u"/users"_s);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(m_server->requestCount(u"/users"_s) > before); // Qt may resend once on a reused connection
}

void ContractTest::doubleOnly_faultHtml502()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::html502(), FakeSkyPilotServer::Always);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 502);
    QCOMPARE(reply.header("content-type"), "text/html"_ba);
    QCOMPARE(reply.header("server"), "nginx"_ba);
    QVERIFY(reply.body.contains("<head><title>502 Bad Gateway</title></head>"));
    QVERIFY(reply.json().isUndefined());
}

void ContractTest::doubleOnly_faultTraceback500()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users/update"_s, FakeFault::traceback500(), 1);
    const ContractClient::Reply reply = m_client->postJson(
            u"/users/update"_s, {{u"user_id"_s, m_userId}, {u"password"_s, u"changed"_s}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 500);
    QCOMPARE(reply.header("content-type"), "text/plain; charset=utf-8"_ba);
    QVERIFY2(isPythonTraceback(reply.body), reply.body.left(200).constData());
    const QByteArray lastLine = reply.body.trimmed().split('\n').constLast();
    QCOMPARE(QString::fromUtf8(lastLine),
             u"RuntimeError: Failed to update user due to a timeout when trying to acquire the lock at "
             u"/root/.sky/.%1.lock. "
             u"Please try again or manually remove the lock file if you believe it is stale."_s.arg(m_userId));
    // The request never reached the handler: the password is unchanged.
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, authFor(u"user"_s)), 200);

    m_server->setFault(u"/users/create"_s, FakeFault::traceback500(u"Failed to update policy due to a timeout"_s), 1);
    const ContractClient::Reply custom = m_client->postJson(
            u"/users/create"_s, {{u"username"_s, unique(u"x"_s)}, {u"password"_s, u"x"_s}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(custom, 500);
    QVERIFY(custom.body.trimmed().endsWith("\nRuntimeError: Failed to update policy due to a timeout"));
}

void ContractTest::doubleOnly_faultRedirectSameOrigin()
{
    CONTRACT_DOUBLE_ONLY();
    QUrl target = m_server->baseUrl();
    target.setPath(u"/api/health"_s);
    m_server->setFault(u"/users"_s, FakeFault::redirectTo(target, 307), FakeSkyPilotServer::Always);
    const ContractClient::Reply manual = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(manual, 307);
    QCOMPARE(manual.header("location"), target.toEncoded());

    m_client->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    const int before = m_server->requestCount(u"/api/health"_s);
    const ContractClient::Reply followed = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(followed, 200);
    QCOMPARE(followed.object().value(u"status"_s).toString(), u"healthy"_s);
    QCOMPARE(m_server->requestCount(u"/api/health"_s), before + 1);
}

void ContractTest::doubleOnly_faultRedirectCrossOrigin()
{
    CONTRACT_DOUBLE_ONLY();
    // Another origin: a second double on another loopback address.
    FakeSkyPilotServer other(m_adminName, m_adminPassword);
    if (!other.start(QHostAddress(u"127.0.0.2"_s)))
        QSKIP("127.0.0.2 is not usable on this machine");
    QUrl target = other.baseUrl();
    target.setPath(u"/users"_s);
    m_server->setFault(u"/users"_s, FakeFault::redirectTo(target, 302), 2);

    const ContractClient::Reply manual = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(manual, 302);
    QCOMPARE(manual.header("location"), target.toEncoded());
    QCOMPARE(other.requestCount(u"/users"_s), 0);

    m_client->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    const ContractClient::Reply followed = m_client->get(u"/users"_s, authFor(u"admin"_s));
    QCOMPARE(other.requestCount(u"/users"_s), 1);
    QCOMPARE(other.requests().constFirst().peer.toString(), u"127.0.0.1"_s);
    // Qt 6.4 carries a hand-set Authorization header across origins (NoLessSafeRedirectPolicy only
    // refuses https -> http), so the other server accepts it. Product code must not follow redirects
    // with credentials attached; this documents why.
    QVERIFY2(!other.requests().constFirst().header("authorization").isEmpty(),
             "Qt no longer forwards Authorization across origins; revisit the client's redirect handling");
    CONTRACT_EXPECT_STATUS(followed, 200);
}

void ContractTest::doubleOnly_faultHtmlPage200()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::htmlPage200(), FakeSkyPilotServer::Always);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<title>Sign In</title>"));
    QVERIFY(reply.json().isUndefined());
}

void ContractTest::doubleOnly_fault429And503()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::status429(7), 1);
    m_server->setFault(u"/users"_s, FakeFault::status503(), 1);
    const ContractClient::Reply limited = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_DETAIL(limited, 429, u"Too Many Requests"_s);
    QCOMPARE(limited.header("retry-after"), "7"_ba);
    CONTRACT_EXPECT_DETAIL(m_client->get(u"/users"_s, authFor(u"admin"_s)), 503,
                           u"Server is shutting down, please try again later."_s);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, authFor(u"admin"_s)), 200);
}

void ContractTest::doubleOnly_faultOversizedBody()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setFault(u"/users"_s, FakeFault::oversizedBody(3), 1);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QVERIFY(reply.body.size() >= 3 * 1024 * 1024);
    QCOMPARE(reply.header("content-length"), QByteArray::number(reply.body.size()));
    const QJsonArray rows = reply.array();
    QVERIFY(rows.size() > 10000);
    QVERIFY(rows.first().toObject().contains(u"user_type"_s));
}

void ContractTest::doubleOnly_faultCountAndPathScope()
{
    CONTRACT_DOUBLE_ONLY();
    const QByteArray admin = authFor(u"admin"_s);
    m_server->setFault(u"/users"_s, FakeFault::status503(), 2);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, admin), 503);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, admin), 200); // other paths are untouched
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, admin), 503);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, admin), 200);

    m_server->setFault(u"/users/role"_s, FakeFault::status503(), 1);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role?verbose=1"_s, admin), 503); // the query does not matter

    m_server->setFaultForAllPaths(FakeFault::html502(), 1);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/api/health"_s), 502);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/api/health"_s), 200);

    m_server->setFaultForAllPaths(FakeFault::status503());
    CONTRACT_EXPECT_STATUS(m_client->get(u"/api/health"_s), 503);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, admin), 503);
    m_server->clearFaults();
    CONTRACT_EXPECT_STATUS(m_client->get(u"/api/health"_s), 200);
}

void ContractTest::doubleOnly_html401ImitatesIngress()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setHtml401(u"Ingress Realm"_s);
    for (const QString &path : {u"/users"_s, u"/api/health"_s}) {
        const ContractClient::Reply reply = m_client->get(path, authFor(u"admin"_s));
        CONTRACT_EXPECT_STATUS(reply, 401);
        QCOMPARE(reply.header("www-authenticate"), "Basic realm=\"Ingress Realm\""_ba);
        QCOMPARE(reply.header("content-type"), "text/html"_ba);
        QVERIFY(reply.body.contains("<title>401 Authorization Required</title>"));
        QVERIFY(reply.json().isUndefined());
    }
    m_server->setHtml401(QString());
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, authFor(u"admin"_s)), 200);
}

void ContractTest::doubleOnly_destroyingServerClosesHungConnections()
{
    CONTRACT_DOUBLE_ONLY();
    auto doomed = std::make_unique<FakeSkyPilotServer>(m_adminName, m_adminPassword);
    QVERIFY(doomed->start());
    doomed->setFaultForAllPaths(FakeFault::hang());
    ContractClient client(doomed->baseUrl());
    QTimer::singleShot(200, this, [&doomed] { doomed.reset(); });
    const ContractClient::Reply reply = client.get(u"/users"_s, authFor(u"admin"_s), {}, 10000);
    QVERIFY(!doomed);
    QVERIFY2(!reply.timedOut, "the hung connection must be closed when the server goes away");
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.elapsedMs < 5000);
}
