// SPDX-License-Identifier: MIT
// Tests that need FakeSkyPilotServer's switches: stand-ins for clusters and workspaces, server
// options, request recording and fault modes. Each skips itself against a real server.
#include "contracttest.h"
#include "fakeskypilotserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kTokens = u"/users/service-account-tokens"_s;

} // namespace

void ContractTest::doubleOnly_deleteRefusedWhileUserHasActiveResources()
{
    CONTRACT_DOUBLE_ONLY();
    const QString name = unique(u"busy"_s);
    const QString id = createUser(name, u"pw"_s, u"user"_s);
    QVERIFY(!id.isEmpty());
    const QByteArray admin = authFor(u"admin"_s);

    m_server->setActiveResources(id, {u"c1"_s, u"c2"_s}, {u"7"_s});
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, admin), 400,
                           u"Cannot delete user '%1' because it has 2 active cluster(s): c1, c2 and 1 active managed "
                           u"job(s): 7. Please terminate these resources first."_s.arg(name));
    m_server->setActiveResources(id, {}, {u"7"_s, u"8"_s});
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, admin), 400,
            u"Cannot delete user '%1' because it has 2 active managed job(s): 7, 8. Please terminate these "
            u"resources first."_s.arg(name));
    QVERIFY(!userRow(id).isEmpty());

    // Deleting a token deletes its service account first, with the same check.
    const QString tokenName = unique(u"busy-sa"_s);
    const QJsonObject token = createToken(admin, tokenName);
    const QString accountId = token.value(u"service_account_user_id"_s).toString();
    m_server->setActiveResources(accountId, {u"sa-cluster"_s}, {});
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(kTokens + u"/delete"_s, {{u"token_id"_s, token.value(u"token_id"_s).toString()}}, admin),
            400,
            u"Cannot delete user '%1' because it has 1 active cluster(s): sa-cluster. Please terminate these resources "
            u"first."_s.arg(tokenName));
    m_server->setActiveResources(accountId, {}, {});

    m_server->setActiveResources(id, {}, {});
    CONTRACT_EXPECT_STATUS(m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, admin), 200);
}

void ContractTest::doubleOnly_adminDemotionRefusedForPrivateWorkspaceResources()
{
    CONTRACT_DOUBLE_ONLY();
    const QString name = unique(u"demote"_s);
    const QString id = createUser(name, u"pw"_s, u"admin"_s);
    QVERIFY(!id.isEmpty());
    const QByteArray admin = authFor(u"admin"_s);
    m_server->addDemotionBlocker(id, u"team-a"_s, {u"c1"_s}, {u"3"_s, u"4"_s});
    // The text says "to user" even when the target role is viewer, as upstream does.
    const QString refusal
            = u"Cannot demote user '%1' from admin to user: user '%1' has active resources in private workspaces where "
              u"'%1' is not in allowed_users:\n  - workspace 'team-a': 1 active cluster(s): c1 and 2 active managed "
              u"job(s): "
              u"3, 4\nPlease either terminate these resources or add '%1' to the allowed_users of those workspaces first."_s
                      .arg(name);

    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(u"/users/update"_s, {{u"user_id"_s, id}, {u"role"_s, u"viewer"_s}}, admin), 400,
            refusal);
    const ContractClient::Reply batch = m_client->postJson(
            u"/users/batch_update"_s, {{u"user_ids"_s, QJsonArray{id}}, {u"role"_s, u"user"_s}}, admin);
    CONTRACT_EXPECT_STATUS(batch, 200);
    QCOMPARE(batch.object().value(u"succeeded"_s).toArray(), QJsonArray());
    const QJsonArray expectedFailure{QJsonObject{{u"user_id"_s, id}, {u"error"_s, refusal}}};
    QCOMPARE(batch.object().value(u"failed"_s).toArray(), expectedFailure);
    QCOMPARE(userRow(id).value(u"role"_s).toString(), u"admin"_s);
    CONTRACT_EXPECT_STATUS(
            m_client->postJson(u"/users/update"_s, {{u"user_id"_s, id}, {u"password"_s, u"pw2"_s}}, admin), 200);

    m_server->clearDemotionBlockers();
    CONTRACT_EXPECT_STATUS(m_client->postJson(u"/users/update"_s, {{u"user_id"_s, id}, {u"role"_s, u"user"_s}}, admin),
                           200);
    QCOMPARE(userRow(id).value(u"role"_s).toString(), u"user"_s);
}

void ContractTest::doubleOnly_loopbackBypassSkipsAuthentication()
{
    CONTRACT_DOUBLE_ONLY();
    const QJsonObject token = createToken(authFor(u"admin"_s), unique(u"sa-loop"_s));
    QVERIFY(!token.isEmpty());
    m_server->setLoopbackBypass(true);

    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s), 200);
    const QJsonObject anonymous{{u"id"_s, QString()}, {u"name"_s, QString()}, {u"role"_s, u"admin"_s}};
    QCOMPARE(m_client->get(u"/users/role"_s).object(), anonymous);
    // Credentials are not even parsed: a plain user is anonymous admin too, RBAC never runs.
    QCOMPARE(m_client->get(u"/users/role"_s, authFor(u"user"_s)).object(), anonymous);
    const QString created = unique(u"via-loopback"_s);
    m_usersToDelete << md5Id(created);
    CONTRACT_EXPECT_STATUS(m_client->postJson(u"/users/create"_s, {{u"username"_s, created}, {u"password"_s, u"pw"_s}},
                                              authFor(u"user"_s)),
                           200);
    QVERIFY(m_client->get(u"/api/health"_s, authFor(u"admin"_s)).object().value(u"user"_s).isNull());
    const ContractClient::Reply tokens = m_client->get(kTokens, authFor(u"admin"_s));
    CONTRACT_EXPECT_DETAIL(tokens, 401, u"Authentication required"_s);
    QVERIFY(!tokens.hasHeader("www-authenticate"));
    // Bearer runs before the loopback check, so tokens still identify their account.
    QCOMPARE(m_client->get(u"/users/role"_s, ContractClient::bearer(token.value(u"token"_s).toString()))
                     .object()
                     .value(u"id"_s)
                     .toString(),
             token.value(u"service_account_user_id"_s).toString());

    // Any proxy header turns the bypass off.
    for (const auto &header :
         {std::pair{"X-Forwarded-For"_ba, "203.0.113.7"_ba}, std::pair{"Forwarded"_ba, "for=1.2.3.4"_ba},
          std::pair{"X-Real-IP"_ba, "1.2.3.4"_ba}, std::pair{"X-Client-IP"_ba, "1.2.3.4"_ba},
          std::pair{"X-Forwarded-Host"_ba, "example.com"_ba}, std::pair{"X-Forwarded-Proto"_ba, "https"_ba}}) {
        const ContractClient::Reply reply = m_client->get(u"/users"_s, QByteArray(), {{header.first, header.second}});
        CONTRACT_EXPECT_STATUS(reply, 401);
        QCOMPARE(reply.json().toString(), u"Authentication required"_s);
    }
}

void ContractTest::doubleOnly_recordsEveryRequest()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
    m_client->get(u"/users/role?x=1&y=%20"_s, authFor(u"admin"_s), {{"X-Test"_ba, "yes"_ba}});
    const QByteArray body = "{\"user_id\":\"nosuchus\"}"_ba;
    m_client->post(u"/users/update"_s, body, authFor(u"admin"_s));

    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "GET"_ba);
    QCOMPARE(requests.at(0).path, u"/users/role?x=1&y=%20"_s);
    QCOMPARE(requests.at(0).header("x-test"), "yes"_ba);
    QCOMPARE(requests.at(0).header("Authorization"), authFor(u"admin"_s));
    QCOMPARE(requests.at(0).peer, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(requests.at(1).method, "POST"_ba);
    QCOMPARE(requests.at(1).body, body);
    QCOMPARE(requests.at(1).header("content-type"), "application/json"_ba);
    QCOMPARE(requests.at(1).index, requests.at(0).index + 1);
    QCOMPARE(m_server->requestCount(u"/users/role"_s), 1);
    QCOMPARE(m_server->requestCount(u"/users/update"_s), 1);

    m_server->clearRequests();
    m_client->get(u"/api/health"_s);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().index, requests.at(1).index + 1); // the running index keeps counting
}

void ContractTest::doubleOnly_serviceAccountsDisabled()
{
    CONTRACT_DOUBLE_ONLY();
    const QString token = createToken(authFor(u"admin"_s), unique(u"sa-off"_s)).value(u"token"_s).toString();
    m_server->setServiceAccountsEnabled(false);
    const ContractClient::Reply reply = m_client->get(u"/users/role"_s, ContractClient::bearer(token));
    CONTRACT_EXPECT_DETAIL(reply, 401, u"Service account authentication disabled"_s);
    QVERIFY(!reply.hasHeader("www-authenticate"));
    // 0.14.1 checks the header before the switch.
    CONTRACT_EXPECT_DETAIL(m_client->get(u"/users/role"_s, QByteArray(), {{"X-Skypilot-Auth-Mode"_ba, "token"_ba}}),
                           401, u"Authentication required"_s);
    QCOMPARE(m_client->get(u"/api/health"_s).object().value(u"service_account_token_enabled"_s), QJsonValue(false));
    QVERIFY(!createToken(authFor(u"admin"_s), unique(u"sa-off2"_s)).isEmpty()); // creating still works
}

void ContractTest::doubleOnly_defaultRoleSwitch()
{
    CONTRACT_DOUBLE_ONLY();
    m_server->setDefaultRole(u"viewer"_s);
    const QString id = createUser(unique(u"dflt"_s), u"pw"_s);
    QCOMPARE(userRow(id).value(u"role"_s).toString(), u"viewer"_s);
    const QString imported = unique(u"dflt-imp"_s);
    m_usersToDelete << md5Id(imported);
    CONTRACT_EXPECT_STATUS(
            m_client->postJson(u"/users/import"_s,
                               {{u"csv_content"_s, u"username,password,role\n%1,pw,chief"_s.arg(imported)}},
                               authFor(u"admin"_s)),
            200);
    QCOMPARE(userRow(md5Id(imported)).value(u"role"_s).toString(), u"viewer"_s);
    const QString tokenId = createToken(authFor(u"admin"_s), unique(u"sa-dflt"_s)).value(u"token_id"_s).toString();
    QCOMPARE(m_client->postJson(kTokens + u"/get-role"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s))
                     .object()
                     .value(u"roles"_s)
                     .toArray(),
             QJsonArray{u"viewer"_s});
}

void ContractTest::doubleOnly_serverVersionSwitch()
{
    CONTRACT_DOUBLE_ONLY();
    const ContractHeaders client{{"X-SkyPilot-API-Version"_ba, "30"_ba}, {"X-SkyPilot-Version"_ba, "0.12.0"_ba}};
    m_server->setServerVersion(70, u"0.15.0"_s);
    ContractClient::Reply reply = m_client->get(u"/api/health"_s, QByteArray(), client);
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.header("x-skypilot-api-version"), "70"_ba);
    QCOMPARE(reply.header("x-skypilot-version"), "0.15.0"_ba);
    QCOMPARE(reply.object().value(u"api_version"_s).toString(), u"70"_s);

    m_server->setServerVersion(62, u"1.0.0-dev0"_s);
    reply = m_client->get(u"/api/health"_s, QByteArray(), client);
    QCOMPARE(reply.header("x-skypilot-version"), "1.0.0-dev0 (commit: 7e595970a806dcc9eefadf459f399edf1733e962)"_ba);

    m_server->setMinimumCompatibleApiVersion(40, u"0.13.0"_s);
    reply = m_client->get(u"/api/health"_s, QByteArray(), client);
    CONTRACT_EXPECT_STATUS(reply, 400);
    QVERIFY(reply.object().value(u"message"_s).toString().contains(u"the minimum compatible version is 0.13.0."_s));
}

void ContractTest::doubleOnly_rolelessCallerIsDeniedOnceThenRepaired()
{
    CONTRACT_DOUBLE_ONLY();
    // 0.14.1: RBAC denies a caller without a role and seeds the default role in the background.
    const QString name = unique(u"roleless"_s);
    const QString id = m_server->addUser(name, u"pw"_s, QString());
    m_usersToDelete << id;
    QCOMPARE(m_server->roleOf(id), QString());
    CONTRACT_EXPECT_DETAIL(m_client->get(u"/users"_s, ContractClient::basic(name, u"pw"_s)), 403, u"Forbidden"_s);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users"_s, ContractClient::basic(name, u"pw"_s)), 200);
    QCOMPARE(m_server->roleOf(id), u"admin"_s);
}

void ContractTest::doubleOnly_bearerRejectsExpiredAndOrphanedTokens()
{
    CONTRACT_DOUBLE_ONLY();
    const QByteArray admin = authFor(u"admin"_s);
    const QString expiring
            = createToken(admin, unique(u"sa-1d"_s), {{u"expires_in_days"_s, 1}}).value(u"token"_s).toString();
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::bearer(expiring)), 200);
    m_server->setNow(QDateTime::currentSecsSinceEpoch() + 2 * 24 * 3600);
    CONTRACT_EXPECT_DETAIL(m_client->get(u"/users/role"_s, ContractClient::bearer(expiring)), 401,
                           u"Invalid or expired service account token"_s);
    m_server->setNow(0);

    // Deleting the account through /users/delete orphans the token row (0.14.1 note).
    const QJsonObject orphan = createToken(admin, unique(u"sa-orphan"_s));
    const QString accountId = orphan.value(u"service_account_user_id"_s).toString();
    CONTRACT_EXPECT_STATUS(m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, accountId}}, admin), 200);
    CONTRACT_EXPECT_DETAIL(m_client->get(u"/users/role"_s, ContractClient::bearer(orphan.value(u"token"_s).toString())),
                           401, u"Service account user no longer exists"_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/delete"_s,
                                              {{u"token_id"_s, orphan.value(u"token_id"_s).toString()}}, admin),
                           400, u"User %1 does not exist"_s.arg(accountId));
}

void ContractTest::doubleOnly_initialBasicAuthStoresHashVerbatim()
{
    CONTRACT_DOUBLE_ONLY();
    const QString apr1 = u"$apr1$c1h4rNxt$2NnL7dIDUV0tWsnuNMGSr/"_s; // the Helm chart's default: skypilot/skypilot
    const QString id = m_server->setInitialBasicAuth(u"skypilot:"_s + apr1);
    m_usersToDelete << id;
    QCOMPARE(id, u"e6e6d62b"_s);
    const ContractClient::Reply role
            = m_client->get(u"/users/role"_s, ContractClient::basic(u"skypilot"_s, u"skypilot"_s));
    CONTRACT_EXPECT_STATUS(role, 200);
    QCOMPARE(role.object().value(u"role"_s).toString(), u"admin"_s);
    const QString csv
            = m_client->get(u"/users/export"_s, authFor(u"admin"_s)).object().value(u"csv_content"_s).toString();
    QVERIFY(csv.split(u'\n').contains(u"skypilot,%1,admin"_s.arg(apr1)));
    // An existing user is left alone, as on a restart with a changed variable.
    QCOMPARE(m_server->setInitialBasicAuth(u"skypilot:{SHA}x"_s), id);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(u"skypilot"_s, u"skypilot"_s)), 200);
}
