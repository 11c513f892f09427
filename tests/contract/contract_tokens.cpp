// SPDX-License-Identifier: MIT
// The six /users/service-account-tokens routes and Bearer authentication with their tokens.
#include "contracttest.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString kTokens = u"/users/service-account-tokens"_s;
constexpr qint64 kDay = 24 * 3600;

QJsonObject listedToken(ContractClient &client, const QByteArray &authorization, const QString &tokenId)
{
    const QJsonArray tokens = client.get(kTokens, authorization).array();
    for (const QJsonValue &token : tokens) {
        if (token.toObject().value(u"token_id"_s).toString() == tokenId)
            return token.toObject();
    }
    return QJsonObject();
}

qint64 lifetime(const QJsonObject &listed)
{
    return qint64(listed.value(u"expires_at"_s).toDouble()) - qint64(listed.value(u"created_at"_s).toDouble());
}

} // namespace

void ContractTest::tokens_createRejectsInvalidInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QString badName
            = u"Token name must contain only letters, numbers, and underscores. Please use a different name."_s;
    const QString name = unique(u"bad-sa"_s);
    QTest::newRow("starts with a digit") << QJsonObject{{u"token_name"_s, u"1abc"_s}} << 400 << badName;
    QTest::newRow("empty") << QJsonObject{{u"token_name"_s, QString()}} << 400 << badName;
    QTest::newRow("only spaces") << QJsonObject{{u"token_name"_s, u"   "_s}} << 400 << badName;
    QTest::newRow("starts with a dash") << QJsonObject{{u"token_name"_s, u"-abc"_s}} << 400 << badName;
    QTest::newRow("negative days") << QJsonObject{{u"token_name"_s, name}, {u"expires_in_days"_s, -1}} << 400
                                   << u"Expiration days must be positive or 0 for never expire"_s;
    QTest::newRow("unknown role") << QJsonObject{{u"token_name"_s, name}, {u"role"_s, u"boss"_s}} << 400
                                  << u"Invalid role 'boss'. Supported roles: admin, user, viewer."_s;
    // 0.14.1 checks any role that is not null, so "" is refused rather than defaulted.
    QTest::newRow("empty role") << QJsonObject{{u"token_name"_s, name}, {u"role"_s, QString()}} << 400
                                << u"Invalid role ''. Supported roles: admin, user, viewer."_s;
}

void ContractTest::tokens_createRejectsInvalidInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const ContractClient::Reply reply = m_client->postJson(kTokens, body, authFor(u"admin"_s));
    if (reply.status == 200)
        m_tokensToDelete << reply.object().value(u"token_id"_s).toString();
    CONTRACT_EXPECT_DETAIL(reply, status, detail);
}

void ContractTest::tokens_nameCheckIsPrefixOnlyAndTrims()
{
    // re.match() only anchors at the start, and the name is stripped first.
    const QString name = unique(u"sa"_s) + u"!! odd name"_s;
    const QJsonObject created = createToken(authFor(u"admin"_s), u"  "_s + name + u"  "_s);
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"token_name"_s).toString(), name);
}

void ContractTest::tokens_lifecycleAsAdmin()
{
    const QString name = unique(u"sa"_s);
    const QJsonObject created = createToken(authFor(u"admin"_s), name, {{u"expires_in_days"_s, 0}});
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.keys(),
             QStringList({u"creator_user_id"_s, u"expires_at"_s, u"message"_s, u"service_account_user_id"_s, u"token"_s,
                          u"token_id"_s, u"token_name"_s}));
    const QString tokenId = created.value(u"token_id"_s).toString();
    const QString token = created.value(u"token"_s).toString();
    const QString accountId = created.value(u"service_account_user_id"_s).toString();
    QCOMPARE(tokenId.size(), 16);
    QVERIFY(token.startsWith(u"sky_"_s));
    QCOMPARE(token.mid(4).split(u'.').size(), 3); // a JWT
    QVERIFY2(QRegularExpression(u"\\Asa-[0-9a-f]{16}\\z"_s).match(accountId).hasMatch(), qPrintable(accountId));
    QVERIFY(created.value(u"expires_at"_s).isNull()); // 0 days: never expires
    QCOMPARE(created.value(u"creator_user_id"_s).toString(), m_adminId);
    QCOMPARE(created.value(u"message"_s).toString(), u"Please save this token - it will not be shown again!"_s);

    const QJsonObject listed = listedToken(*m_client, authFor(u"admin"_s), tokenId);
    QStringList keys = listed.keys();
    QCOMPARE(keys,
             QStringList({u"created_at"_s, u"creator_name"_s, u"creator_user_hash"_s, u"expires_at"_s,
                          u"last_used_at"_s, u"service_account_name"_s, u"service_account_roles"_s,
                          u"service_account_user_id"_s, u"token_id"_s, u"token_name"_s}));
    QCOMPARE(listed.value(u"creator_name"_s).toString(), m_adminName);
    QCOMPARE(listed.value(u"creator_user_hash"_s).toString(), m_adminId);
    QCOMPARE(listed.value(u"service_account_name"_s).toString(), name);
    QCOMPARE(listed.value(u"service_account_roles"_s).toArray(), QJsonArray{expectedDefaultRole()});
    QVERIFY(listed.value(u"last_used_at"_s).isNull());
    QVERIFY(userRow(accountId).isEmpty()); // hidden from GET /users

    const ContractClient::Reply role
            = m_client->postJson(kTokens + u"/get-role"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(role, 200);
    QCOMPARE(role.object(),
             QJsonObject({{u"token_id"_s, tokenId},
                          {u"service_account_user_id"_s, accountId},
                          {u"roles"_s, QJsonArray{expectedDefaultRole()}}}));
    const ContractClient::Reply update = m_client->postJson(
            kTokens + u"/update-role"_s, {{u"token_id"_s, tokenId}, {u"role"_s, u"user"_s}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(update, 200);
    QCOMPARE(update.object(),
             QJsonObject({{u"message"_s, u"Service account role updated to user"_s},
                          {u"token_id"_s, tokenId},
                          {u"service_account_user_id"_s, accountId},
                          {u"new_role"_s, u"user"_s}}));

    const bool bearerWorks = serviceAccountAuthEnabled();
    if (bearerWorks) {
        const ContractClient::Reply me = m_client->get(u"/users/role"_s, ContractClient::bearer(token));
        CONTRACT_EXPECT_STATUS(me, 200);
        QCOMPARE(me.object(), QJsonObject({{u"id"_s, accountId}, {u"name"_s, name}, {u"role"_s, u"user"_s}}));
        CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/create"_s,
                                                  {{u"username"_s, unique(u"x"_s)}, {u"password"_s, u"x"_s}},
                                                  ContractClient::bearer(token)),
                               403, u"Forbidden"_s);
        const QJsonObject healthUser
                = m_client->get(u"/api/health"_s, ContractClient::bearer(token)).object().value(u"user"_s).toObject();
        QCOMPARE(healthUser.value(u"id"_s).toString(), accountId);
        QVERIFY(healthUser.value(u"password"_s).isNull());
        QVERIFY(!listedToken(*m_client, authFor(u"admin"_s), tokenId).value(u"last_used_at"_s).isNull());
    } else {
        qWarning("service-account authentication is disabled on this server; Bearer checks skipped");
    }

    const ContractClient::Reply rotated
            = m_client->postJson(kTokens + u"/rotate"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(rotated, 200);
    const QJsonObject rotation = rotated.object();
    QCOMPARE(rotation.keys(),
             QStringList({u"expires_at"_s, u"message"_s, u"service_account_user_id"_s, u"token"_s, u"token_id"_s,
                          u"token_name"_s}));
    QCOMPARE(rotation.value(u"token_id"_s).toString(), tokenId);
    QCOMPARE(rotation.value(u"token_name"_s).toString(), name);
    QVERIFY(rotation.value(u"expires_at"_s).isNull());
    QCOMPARE(rotation.value(u"message"_s).toString(),
             u"Token rotated successfully! Please save this new token - it will not be shown again!"_s);
    const QString newToken = rotation.value(u"token"_s).toString();
    QVERIFY(newToken.startsWith(u"sky_"_s) && newToken != token);
    QVERIFY(listedToken(*m_client, authFor(u"admin"_s), tokenId).value(u"last_used_at"_s).isNull());
    if (bearerWorks) {
        CONTRACT_EXPECT_DETAIL(m_client->get(u"/users/role"_s, ContractClient::bearer(token)), 401,
                               u"Service account token revoked or rotated"_s);
        CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::bearer(newToken)), 200);
    }

    const ContractClient::Reply deleted
            = m_client->postJson(kTokens + u"/delete"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(deleted, 200);
    QCOMPARE(deleted.object(), QJsonObject({{u"message"_s, u"Token deleted successfully"_s}}));
    m_tokensToDelete.removeAll(tokenId);
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(kTokens + u"/get-role"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s)), 404,
            u"Token not found"_s);
    if (bearerWorks) {
        CONTRACT_EXPECT_DETAIL(m_client->get(u"/users/role"_s, ContractClient::bearer(newToken)), 401,
                               u"Service account token revoked or rotated"_s);
    }
}

void ContractTest::tokens_expiryAndRotationKeepRemainingDays()
{
    // The real server takes created_at and expires_at from separate clock reads: allow a second.
    const qint64 slack = usesDouble() ? 0 : 2;
    const QJsonObject created = createToken(authFor(u"admin"_s), unique(u"sa-exp"_s), {{u"expires_in_days"_s, 7}});
    QVERIFY(!created.isEmpty());
    QVERIFY(created.value(u"expires_at"_s).isDouble());
    const QString tokenId = created.value(u"token_id"_s).toString();
    QVERIFY(qAbs(lifetime(listedToken(*m_client, authFor(u"admin"_s), tokenId)) - 7 * kDay) <= slack);

    // Days left out: the remaining whole days are kept, and a float clock makes 7 days come out as 6.
    CONTRACT_EXPECT_STATUS(m_client->postJson(kTokens + u"/rotate"_s, {{u"token_id"_s, tokenId}}, authFor(u"admin"_s)),
                           200);
    QVERIFY(qAbs(lifetime(listedToken(*m_client, authFor(u"admin"_s), tokenId)) - 6 * kDay) <= slack);

    CONTRACT_EXPECT_STATUS(m_client->postJson(kTokens + u"/rotate"_s,
                                              {{u"token_id"_s, tokenId}, {u"expires_in_days"_s, 2}},
                                              authFor(u"admin"_s)),
                           200);
    QVERIFY(qAbs(lifetime(listedToken(*m_client, authFor(u"admin"_s), tokenId)) - 2 * kDay) <= slack);

    const ContractClient::Reply neverExpiring = m_client->postJson(
            kTokens + u"/rotate"_s, {{u"token_id"_s, tokenId}, {u"expires_in_days"_s, 0}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(neverExpiring, 200);
    QVERIFY(neverExpiring.object().value(u"expires_at"_s).isNull());
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/rotate"_s,
                                              {{u"token_id"_s, tokenId}, {u"expires_in_days"_s, -3}},
                                              authFor(u"admin"_s)),
                           400, u"Expiration days must be positive or 0 for never expire"_s);
}

void ContractTest::tokens_userManagesOnlyOwnTokens()
{
    const QString adminTokenId
            = createToken(authFor(u"admin"_s), unique(u"sa-admin"_s)).value(u"token_id"_s).toString();
    const QString userTokenId = createToken(authFor(u"user"_s), unique(u"sa-user"_s)).value(u"token_id"_s).toString();
    QVERIFY(!adminTokenId.isEmpty() && !userTokenId.isEmpty());
    const QByteArray user = authFor(u"user"_s);

    // 0.14.1 caps a role-less create at the caller's own role.
    const QString capped = expectedDefaultRole() == u"admin"_s ? u"user"_s : expectedDefaultRole();
    const ContractClient::Reply own
            = m_client->postJson(kTokens + u"/get-role"_s, {{u"token_id"_s, userTokenId}}, user);
    CONTRACT_EXPECT_STATUS(own, 200);
    QCOMPARE(own.object().value(u"roles"_s).toArray(), QJsonArray{capped});

    const QJsonObject other{{u"token_id"_s, adminTokenId}, {u"role"_s, u"user"_s}};
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(kTokens + u"/delete"_s, other, user), 403,
            u"You can only delete your own tokens. Only admins can delete tokens owned by other users."_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/get-role"_s, other, user), 403,
                           u"You can only view roles for your own service accounts. Only admins can view roles for "
                           u"service accounts owned by other users."_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/update-role"_s, other, user), 403,
                           u"You can only update roles for your own service accounts. Only admins can update roles for "
                           u"service accounts owned by other users."_s);
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(kTokens + u"/rotate"_s, other, user), 403,
            u"You can only rotate your own tokens. Only admins can rotate tokens owned by other users."_s);

    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/update-role"_s,
                                              {{u"token_id"_s, userTokenId}, {u"role"_s, u"admin"_s}}, user),
                           403, u"Only admins can grant the admin role."_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + u"/update-role"_s,
                                              {{u"token_id"_s, userTokenId}, {u"role"_s, u"boss"_s}}, user),
                           400, u"Invalid role 'boss'. Supported roles: admin, user, viewer."_s);
    CONTRACT_EXPECT_STATUS(m_client->postJson(kTokens + u"/update-role"_s,
                                              {{u"token_id"_s, userTokenId}, {u"role"_s, u"viewer"_s}}, user),
                           200);
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(kTokens, {{u"token_name"_s, unique(u"sa-escalate"_s)}, {u"role"_s, u"admin"_s}}, user),
            403, u"Only admins can grant the admin role."_s);
    CONTRACT_EXPECT_STATUS(m_client->postJson(kTokens + u"/rotate"_s, {{u"token_id"_s, userTokenId}}, user), 200);
    CONTRACT_EXPECT_STATUS(m_client->postJson(kTokens + u"/delete"_s, {{u"token_id"_s, userTokenId}}, user), 200);
    m_tokensToDelete.removeAll(userTokenId);
    QVERIFY(listedToken(*m_client, user, userTokenId).isEmpty());
    QVERIFY(!listedToken(*m_client, user, adminTokenId).isEmpty()); // everyone sees every token
}

void ContractTest::tokens_viewerMayOnlyList()
{
    const QString tokenId = createToken(authFor(u"admin"_s), unique(u"sa-seen"_s)).value(u"token_id"_s).toString();
    QVERIFY(!tokenId.isEmpty());
    const QByteArray viewer = authFor(u"viewer"_s);
    CONTRACT_EXPECT_STATUS(m_client->get(kTokens, viewer), 200);
    QVERIFY(!listedToken(*m_client, viewer, tokenId).isEmpty());
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens, {{u"token_name"_s, unique(u"sa-viewer"_s)}}, viewer), 403,
                           u"Forbidden"_s);
    for (const QString &route : {u"/delete"_s, u"/get-role"_s, u"/update-role"_s, u"/rotate"_s}) {
        CONTRACT_EXPECT_DETAIL(
                m_client->postJson(kTokens + route, {{u"token_id"_s, tokenId}, {u"role"_s, u"viewer"_s}}, viewer), 403,
                u"Forbidden"_s);
    }
}

void ContractTest::tokens_unknownTokenIs404_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("delete") << u"/delete"_s;
    QTest::newRow("get-role") << u"/get-role"_s;
    QTest::newRow("update-role") << u"/update-role"_s;
    QTest::newRow("rotate") << u"/rotate"_s;
}

void ContractTest::tokens_unknownTokenIs404()
{
    QFETCH(QString, route);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(kTokens + route,
                                              {{u"token_id"_s, u"no-such-token-id"_s}, {u"role"_s, u"user"_s}},
                                              authFor(u"admin"_s)),
                           404, u"Token not found"_s);
}

void ContractTest::tokens_duplicateNameIsA500()
{
    // A clash with any user's name raises a 400 inside a catch-all, which turns it into a 500.
    for (const QString &name : {m_userName, u"skypilot-system"_s}) {
        const ContractClient::Reply reply = m_client->postJson(kTokens, {{u"token_name"_s, name}}, authFor(u"admin"_s));
        if (reply.status == 200)
            m_tokensToDelete << reply.object().value(u"token_id"_s).toString();
        CONTRACT_EXPECT_STATUS(reply, 500);
        const QString detail = reply.detail();
        const QString head
                = u"Failed to create service account token: 400: Service account with name '%1' already exists (sa-"_s
                          .arg(name);
        QVERIFY2(detail.startsWith(head) && detail.endsWith(u"). Please use a different name."_s), qPrintable(detail));
    }
}
