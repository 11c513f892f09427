// SPDX-License-Identifier: MIT
#include "contracttest.h"
#include "fakeskypilotserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Set-up, clean-up and helpers
// ---------------------------------------------------------------------------------------------

void ContractTest::initTestCase()
{
    const QString url = qEnvironmentVariable("SKYUSERS_CONTRACT_URL");
    if (url.isEmpty()) {
        m_adminName = u"contract-admin"_s;
        m_adminPassword = u"contract-admin-password"_s;
        m_server = std::make_unique<FakeSkyPilotServer>(m_adminName, m_adminPassword);
        QVERIFY(m_server->start(QHostAddress(QHostAddress::LocalHost)));
        m_client = std::make_unique<ContractClient>(m_server->baseUrl());
        m_prefix = u"ctr"_s;
    } else {
        m_adminName = qEnvironmentVariable("SKYUSERS_CONTRACT_ADMIN_USER");
        m_adminPassword = qEnvironmentVariable("SKYUSERS_CONTRACT_ADMIN_PASSWORD");
        QVERIFY2(!m_adminName.isEmpty(), "SKYUSERS_CONTRACT_URL needs SKYUSERS_CONTRACT_ADMIN_USER/_PASSWORD");
        m_client = std::make_unique<ContractClient>(QUrl(url));
        // Random, so that parallel runs against one shared server never collide.
        m_prefix = u"ctr"_s
                + QString::number(QRandomGenerator::global()->bounded(0x1000000), 16).rightJustified(6, u'0');
        // Only needed when the server is reached on loopback without a proxy in between.
        const QByteArray forwardedFor = qgetenv("SKYUSERS_CONTRACT_FORWARDED_FOR");
        if (!forwardedFor.isEmpty())
            m_client->setDefaultHeaders({{"X-Forwarded-For"_ba, forwardedFor}});
    }
    m_adminId = md5Id(m_adminName);

    const ContractClient::Reply role = m_client->get(u"/users/role"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(role, 200);
    QCOMPARE(role.object().value(u"role"_s).toString(), u"admin"_s);

    m_userName = unique(u"user"_s);
    m_userPassword = u"user-password-1"_s;
    m_userId = createUser(m_userName, m_userPassword, u"user"_s);
    QVERIFY(!m_userId.isEmpty());
    m_viewerName = unique(u"viewer"_s);
    m_viewerPassword = u"viewer-password-1"_s;
    m_viewerId = createUser(m_viewerName, m_viewerPassword, u"viewer"_s);
    QVERIFY(!m_viewerId.isEmpty());
    m_suiteUsers = m_usersToDelete;
    m_usersToDelete.clear();
}

void ContractTest::cleanup()
{
    if (m_server) {
        // Put every switch back, so that a failing double-only test cannot leak into the next one.
        m_server->clearFaults();
        m_server->setHtml401(QString());
        m_server->setLoopbackBypass(false);
        m_server->setDefaultRole(u"admin"_s);
        m_server->setServiceAccountsEnabled(true);
        m_server->setServerVersion(62, u"0.14.1"_s);
        m_server->setMinimumCompatibleApiVersion(24, u"0.11.0"_s);
        m_server->clearDemotionBlockers();
        m_server->setNow(0);
        for (const QString &id : std::as_const(m_usersToDelete))
            m_server->setActiveResources(id, {}, {});
    }
    m_client->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    for (const QString &tokenId : std::as_const(m_tokensToDelete))
        m_client->postJson(u"/users/service-account-tokens/delete"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s));
    m_tokensToDelete.clear();
    for (const QString &id : std::as_const(m_usersToDelete))
        m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, authFor(u"admin"_s));
    m_usersToDelete.clear();
}

void ContractTest::cleanupTestCase()
{
    if (!m_client)
        return;
    cleanup();
    for (const QString &id : std::as_const(m_suiteUsers))
        m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, authFor(u"admin"_s));
}

QString ContractTest::unique(const QString &tag)
{
    return u"%1-%2-%3"_s.arg(m_prefix, tag).arg(++m_counter);
}

QByteArray ContractTest::authFor(const QString &who) const
{
    if (who == u"admin"_s)
        return ContractClient::basic(m_adminName, m_adminPassword);
    if (who == u"user"_s)
        return ContractClient::basic(m_userName, m_userPassword);
    if (who == u"viewer"_s)
        return ContractClient::basic(m_viewerName, m_viewerPassword);
    return QByteArray();
}

QString ContractTest::idFor(const QString &who) const
{
    if (who == u"admin"_s)
        return m_adminId;
    return who == u"user"_s ? m_userId : m_viewerId;
}

QString ContractTest::createUser(const QString &name, const QString &password, const QString &role)
{
    QJsonObject body{{u"username"_s, name}, {u"password"_s, password}};
    if (!role.isEmpty())
        body.insert(u"role"_s, role);
    const ContractClient::Reply reply = m_client->postJson(u"/users/create"_s, body, authFor(u"admin"_s));
    if (reply.status != 200 || reply.body != "null") {
        qWarning() << "creating" << name << "failed:" << reply.status << reply.body;
        return QString();
    }
    const QString id = md5Id(name);
    m_usersToDelete << id;
    return id;
}

QJsonObject ContractTest::createToken(const QByteArray &authorization, const QString &name, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"token_name"_s, name);
    const ContractClient::Reply reply = m_client->postJson(u"/users/service-account-tokens"_s, body, authorization);
    if (reply.status != 200) {
        qWarning() << "creating token" << name << "failed:" << reply.status << reply.body;
        return QJsonObject();
    }
    m_tokensToDelete << reply.object().value(u"token_id"_s).toString();
    return reply.object();
}

QJsonObject ContractTest::userRow(const QString &id)
{
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(u"admin"_s));
    const QJsonArray rows = reply.array();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"id"_s).toString() == id)
            return row.toObject();
    }
    return QJsonObject();
}

QJsonObject ContractTest::serverIdRow()
{
    // SERVER_ID's row: an 8-hex id typed "system". 0.14.1 renames it to its id at start-up, but a
    // brand-new server may still show the local OS user's name (seen on the real stack), so the name
    // is not part of the match.
    const QJsonArray rows = m_client->get(u"/users"_s, authFor(u"admin"_s)).array();
    static const QRegularExpression hex8(u"\\A[0-9a-f]{8}\\z"_s);
    for (const QJsonValue &row : rows) {
        const QJsonObject user = row.toObject();
        const QString id = user.value(u"id"_s).toString();
        if (hex8.match(id).hasMatch() && user.value(u"user_type"_s).toString() == u"system"_s)
            return user;
    }
    return QJsonObject();
}

QString ContractTest::expectedDefaultRole() const
{
    const QString configured = qEnvironmentVariable("SKYUSERS_CONTRACT_DEFAULT_ROLE");
    return m_server || configured.isEmpty() ? u"admin"_s : configured;
}

bool ContractTest::serviceAccountAuthEnabled()
{
    const ContractClient::Reply probe = m_client->get(u"/users/role"_s, ContractClient::bearer(u"sky_probe"_s));
    return probe.detail() != u"Service account authentication disabled"_s;
}

bool ContractTest::isPythonTraceback(const QByteArray &body)
{
    // The frames come and go (a repeated error on the real server prints none), the outline stays.
    return body.contains("ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n")
            && body.contains("\nThe above exception was the direct cause of the following exception:\n");
}

QString ContractTest::md5Id(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
}

QTEST_GUILESS_MAIN(ContractTest)
