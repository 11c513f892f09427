// SPDX-License-Identifier: MIT
// GET /api/health, the authentication layers, routing and request validation.
#include "contracttest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QString locText(const QJsonArray &loc)
{
    QStringList parts;
    for (const QJsonValue &part : loc)
        parts << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
    return parts.join(u'.');
}

} // namespace

// ---------------------------------------------------------------------------------------------
// GET /api/health
// ---------------------------------------------------------------------------------------------

void ContractTest::health_reportsFieldsWithoutCredentials()
{
    const ContractClient::Reply reply = m_client->get(u"/api/health"_s);
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.header("content-type"), "application/json"_ba);
    const QJsonObject health = reply.object();
    QCOMPARE(health.value(u"status"_s).toString(), u"healthy"_s);
    QVERIFY2(health.value(u"api_version"_s).isString(), "api_version is a string, not a number");
    bool numeric = false;
    QVERIFY(health.value(u"api_version"_s).toString().toInt(&numeric) >= 24 && numeric);
    QVERIFY(!health.value(u"version"_s).toString().isEmpty());
    QVERIFY(health.value(u"commit"_s).isString());
    QVERIFY(health.contains(u"version_on_disk"_s));
    QCOMPARE(health.value(u"basic_auth_enabled"_s), QJsonValue(true));
    QVERIFY(health.contains(u"user"_s));
    QVERIFY(health.value(u"user"_s).isNull());
    QVERIFY(health.value(u"service_account_token_enabled"_s).isBool());
    QVERIFY(!reply.hasHeader("x-skypilot-api-version"));
    QVERIFY(!reply.hasHeader("x-skypilot-version"));
    if (usesDouble()) {
        QCOMPARE(health.value(u"api_version"_s).toString(), u"62"_s);
        QCOMPARE(health.value(u"version"_s).toString(), u"0.14.1"_s);
        QCOMPARE(health.value(u"commit"_s).toString(), u"7e595970a806dcc9eefadf459f399edf1733e962"_s);
    }
}

void ContractTest::health_echoesVersionHeadersOnlyWhenBothSent_data()
{
    QTest::addColumn<bool>("sendApiVersion");
    QTest::addColumn<bool>("sendVersion");
    QTest::addColumn<bool>("expectHeaders");
    QTest::newRow("neither") << false << false << false;
    QTest::newRow("api version only") << true << false << false;
    QTest::newRow("version only") << false << true << false;
    QTest::newRow("both") << true << true << true;
}

void ContractTest::health_echoesVersionHeadersOnlyWhenBothSent()
{
    QFETCH(bool, sendApiVersion);
    QFETCH(bool, sendVersion);
    QFETCH(bool, expectHeaders);
    ContractHeaders headers;
    if (sendApiVersion)
        headers.append({"X-SkyPilot-API-Version"_ba, "62"_ba});
    if (sendVersion)
        headers.append({"X-SkyPilot-Version"_ba, "0.14.1"_ba});
    const ContractClient::Reply reply = m_client->get(u"/api/health"_s, QByteArray(), headers);
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.hasHeader("x-skypilot-api-version"), expectHeaders);
    QCOMPARE(reply.hasHeader("x-skypilot-version"), expectHeaders);
    if (expectHeaders) {
        const QJsonObject health = reply.object();
        QCOMPARE(QString::fromLatin1(reply.header("x-skypilot-api-version")),
                 health.value(u"api_version"_s).toString());
        // A dev build appends " (commit: <sha>)" to the header only.
        QVERIFY(QString::fromUtf8(reply.header("x-skypilot-version"))
                        .startsWith(health.value(u"version"_s).toString()));
    }
}

void ContractTest::health_userIsNullWithoutValidCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("wrong password") << ContractClient::basic(m_adminName, u"not-the-password"_s);
    QTest::newRow("unknown user") << ContractClient::basic(unique(u"ghost"_s), u"x"_s);
    QTest::newRow("bad base64") << "Basic %%%"_ba;
    QTest::newRow("no colon") << "Basic "_ba + m_adminName.toUtf8().toBase64();
    QTest::newRow("non-sky bearer") << "Bearer abc"_ba;
    QTest::newRow("digest") << "Digest username=\"x\""_ba;
}

void ContractTest::health_userIsNullWithoutValidCredentials()
{
    QFETCH(QByteArray, authorization);
    const ContractClient::Reply reply = m_client->get(u"/api/health"_s, authorization);
    CONTRACT_EXPECT_STATUS(reply, 200); // health never answers 401 under Basic auth
    QVERIFY(reply.object().contains(u"user"_s));
    QVERIFY(reply.object().value(u"user"_s).isNull());
}

void ContractTest::health_userIsTheCallersRowWhenAuthenticated_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("admin") << u"admin"_s;
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("viewer") << u"viewer"_s;
}

void ContractTest::health_userIsTheCallersRowWhenAuthenticated()
{
    QFETCH(QString, who);
    const ContractClient::Reply reply = m_client->get(u"/api/health"_s, authFor(who));
    CONTRACT_EXPECT_STATUS(reply, 200);
    const QJsonObject user = reply.object().value(u"user"_s).toObject();
    QCOMPARE(sortedKeys(user),
             QStringList(
                     {u"created_at"_s, u"id"_s, u"name"_s, u"password"_s, u"preferred_workspace"_s, u"user_type"_s}));
    QCOMPARE(user.value(u"id"_s).toString(), idFor(who));
    QCOMPARE(user.value(u"user_type"_s).toString(), u"basic"_s);
    // The stored hash leaks here; it is never the plaintext.
    const QString hash = user.value(u"password"_s).toString();
    QVERIFY(!hash.isEmpty());
    if (who != u"admin"_s) {
        QVERIFY2(hash.startsWith(u"$2b$"_s), qPrintable(hash));
        QVERIFY(user.value(u"created_at"_s).toDouble() > 1.6e9);
    }
}

void ContractTest::health_tooOldClientGetsVersionMismatch()
{
    const ContractClient::Reply reply
            = m_client->get(u"/api/health"_s, QByteArray(),
                            {{"X-SkyPilot-API-Version"_ba, "1"_ba}, {"X-SkyPilot-Version"_ba, "0.9.0"_ba}});
    CONTRACT_EXPECT_STATUS(reply, 400);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"error"_s).toString(), u"version_mismatch"_s);
    const QString message = body.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"Your SkyPilot client version is too old:0.9.0\n"_s), qPrintable(message));
    QVERIFY(message.contains(u"the minimum compatible version is "_s));
    // The mismatch answer carries the server's version headers too (0.14.1).
    QVERIFY(reply.hasHeader("x-skypilot-api-version"));
    QVERIFY(reply.hasHeader("x-skypilot-version"));
    if (usesDouble()) {
        QCOMPARE(message,
                 u"\x1b[33mYour SkyPilot client version is too old:0.9.0\n\x1b[0mThe server is running on 0.14.1 "
                 u"and the minimum compatible version is 0.11.0.\nUpgrade your client with:\n\x1b[33m"
                 u"pip install -U \"skypilot==0.14.1\"\x1b[0m"_s);
    }
}

void ContractTest::health_nonIntegerApiVersionIsA500Traceback()
{
    const ContractClient::Reply reply
            = m_client->get(u"/api/health"_s, QByteArray(),
                            {{"X-SkyPilot-API-Version"_ba, "abc"_ba}, {"X-SkyPilot-Version"_ba, "0.14.1"_ba}});
    CONTRACT_EXPECT_STATUS(reply, 500);
    QVERIFY(reply.header("content-type").startsWith("text/plain"));
    QVERIFY2(isPythonTraceback(reply.body), reply.body.left(200).constData());
    QVERIFY2(
            reply.body.trimmed().endsWith("ValueError: Header X-SkyPilot-API-Version: abc is not a valid API version."),
            reply.body.right(200).constData());
    QVERIFY(!reply.hasHeader("x-skypilot-api-version"));
}

// ---------------------------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------------------------

void ContractTest::auth_basicFailuresAreBareJsonStrings_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no header") << QByteArray() << u"Authentication required"_s;
    QTest::newRow("non-sky bearer") << "Bearer abc"_ba << u"Invalid authentication method"_s;
    QTest::newRow("digest") << "Digest username=\"x\""_ba << u"Invalid authentication method"_s;
    QTest::newRow("basic without space") << "Basic"_ba << u"Invalid authentication method"_s;
    QTest::newRow("junk base64") << "Basic %%%"_ba << u"Invalid basic auth"_s;
    QTest::newRow("bad padding") << "Basic QQ"_ba << u"Invalid basic auth"_s;
    QTest::newRow("no colon") << "Basic "_ba + m_adminName.toUtf8().toBase64() << u"Invalid basic auth"_s;
    QTest::newRow("not utf-8") << "Basic "_ba + "\xff\xfe:x"_ba.toBase64() << u"Invalid basic auth"_s;
    QTest::newRow("unknown user") << ContractClient::basic(unique(u"ghost"_s), u"x"_s) << u"Invalid credentials"_s;
    QTest::newRow("wrong password") << ContractClient::basic(m_adminName, u"nope"_s) << u"Invalid credentials"_s;
    QTest::newRow("name in other case") << ContractClient::basic(m_adminName.toUpper(), m_adminPassword)
                                        << u"Invalid credentials"_s;
    QTest::newRow("lower-case scheme, wrong password")
            << "basic "_ba + (m_adminName + u":x"_s).toUtf8().toBase64() << u"Invalid credentials"_s;
}

void ContractTest::auth_basicFailuresAreBareJsonStrings()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, expected);
    // Version headers are sent on purpose: a 401 is answered before APIVersion adds its headers.
    const ContractClient::Reply reply
            = m_client->get(u"/users"_s, authorization,
                            {{"X-SkyPilot-API-Version"_ba, "62"_ba}, {"X-SkyPilot-Version"_ba, "0.14.1"_ba}});
    CONTRACT_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.body, QByteArray('"' + expected.toUtf8() + '"'));
    QCOMPARE(reply.header("content-type"), "application/json"_ba);
    QCOMPARE(reply.header("www-authenticate"), "Basic realm=\"SkyPilot\""_ba);
    QCOMPARE(reply.header("cache-control"), "no-store"_ba);
    QVERIFY(!reply.hasHeader("x-skypilot-api-version"));
}

void ContractTest::auth_bearerFailuresAreDetailObjects_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("tokenMode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("dependsOnServiceAccounts");
    QTest::newRow("garbage sky_ token") << "Bearer sky_garbage"_ba << false
                                        << u"Invalid or expired service account token"_s << true;
    QTest::newRow("lower-case bearer") << "bearer sky_a.b.c"_ba << false
                                       << u"Invalid or expired service account token"_s << true;
    QTest::newRow("token mode, no header") << QByteArray() << true << u"Authentication required"_s << false;
    QTest::newRow("token mode, basic header") << ContractClient::basic(m_adminName, m_adminPassword) << true
                                              << u"Invalid authentication method"_s << false;
}

void ContractTest::auth_bearerFailuresAreDetailObjects()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, tokenMode);
    QFETCH(QString, expected);
    QFETCH(bool, dependsOnServiceAccounts);
    ContractHeaders headers;
    if (tokenMode)
        headers.append({"X-Skypilot-Auth-Mode"_ba, "token"_ba});
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authorization, headers);
    CONTRACT_EXPECT_STATUS(reply, 401);
    const QString detail = reply.detail();
    if (dependsOnServiceAccounts && !usesDouble() && detail == u"Service account authentication disabled"_s)
        QSKIP("service-account authentication is disabled on this server");
    QCOMPARE(detail, expected);
    QVERIFY2(!reply.hasHeader("www-authenticate"), "Bearer 401s carry no Basic challenge");
    QCOMPARE(reply.header("cache-control"), "no-store"_ba);
}

void ContractTest::auth_passwordMayContainColons()
{
    const QString name = unique(u"colon-pw"_s);
    QVERIFY(!createUser(name, u"a:b:c:"_s, u"user"_s).isEmpty());
    const ContractClient::Reply reply = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"a:b:c:"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.object().value(u"name"_s).toString(), name);
}

// ---------------------------------------------------------------------------------------------
// Routing and request validation
// ---------------------------------------------------------------------------------------------

void ContractTest::routing_unknownPathIs404AfterAuthentication_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("anonymous") << QString() << 401 << u"Authentication required"_s;
    QTest::newRow("admin") << u"admin"_s << 404 << u"Not Found"_s;
    QTest::newRow("user") << u"user"_s << 404 << u"Not Found"_s;
    // The viewer allowlist denies every path it does not list, known or not.
    QTest::newRow("viewer") << u"viewer"_s << 403 << u"Forbidden"_s;
}

void ContractTest::routing_unknownPathIs404AfterAuthentication()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, message);
    const ContractClient::Reply reply = m_client->get(u"/users/no-such-route"_s, authFor(who));
    CONTRACT_EXPECT_STATUS(reply, status);
    if (status == 401)
        QCOMPARE(reply.json().toString(), message);
    else
        QCOMPARE(reply.detail(), message);
}

void ContractTest::routing_trailingSlashRedirects()
{
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/"_s), 401);
    const ContractClient::Reply reply = m_client->get(u"/users/"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 307);
    QVERIFY2(QUrl(QString::fromUtf8(reply.header("location"))).path().endsWith(u"/users"_s), reply.header("location"));
}

void ContractTest::routing_wrongMethodIs405()
{
    const ContractClient::Reply reply = m_client->get(u"/users/create"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_DETAIL(reply, 405, u"Method Not Allowed"_s);
    QCOMPARE(reply.header("allow"), "POST"_ba);
}

void ContractTest::validation_missingOrMistypedFieldsGive422_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("locs");
    const QString tokens = u"/users/service-account-tokens"_s;
    QTest::newRow("create {}") << u"/users/create"_s << "{}"_ba << QStringList{u"missing"_s, u"missing"_s}
                               << QStringList{u"body.username"_s, u"body.password"_s};
    QTest::newRow("update {}") << u"/users/update"_s << "{}"_ba << QStringList{u"missing"_s}
                               << QStringList{u"body.user_id"_s};
    QTest::newRow("batch_update {}") << u"/users/batch_update"_s << "{}"_ba << QStringList{u"missing"_s, u"missing"_s}
                                     << QStringList{u"body.user_ids"_s, u"body.role"_s};
    QTest::newRow("delete {}") << u"/users/delete"_s << "{}"_ba << QStringList{u"missing"_s}
                               << QStringList{u"body.user_id"_s};
    QTest::newRow("import {}") << u"/users/import"_s << "{}"_ba << QStringList{u"missing"_s}
                               << QStringList{u"body.csv_content"_s};
    QTest::newRow("token create {}") << tokens << "{}"_ba << QStringList{u"missing"_s}
                                     << QStringList{u"body.token_name"_s};
    QTest::newRow("token update-role {}")
            << tokens + u"/update-role"_s << "{}"_ba << QStringList{u"missing"_s, u"missing"_s}
            << QStringList{u"body.token_id"_s, u"body.role"_s};
    QTest::newRow("no body at all") << u"/users/delete"_s << QByteArray() << QStringList{u"missing"_s}
                                    << QStringList{u"body"_s};
    QTest::newRow("username is a number") << u"/users/create"_s << "{\"username\":5,\"password\":\"x\"}"_ba
                                          << QStringList{u"string_type"_s} << QStringList{u"body.username"_s};
    QTest::newRow("user_ids not a list") << u"/users/batch_update"_s << "{\"user_ids\":\"a\",\"role\":\"user\"}"_ba
                                         << QStringList{u"list_type"_s} << QStringList{u"body.user_ids"_s};
    QTest::newRow("user_ids item not a string") << u"/users/batch_update"_s << "{\"user_ids\":[1],\"role\":\"user\"}"_ba
                                                << QStringList{u"string_type"_s} << QStringList{u"body.user_ids.0"_s};
    QTest::newRow("days not an integer") << tokens << "{\"token_name\":\"t\",\"expires_in_days\":\"soon\"}"_ba
                                         << QStringList{u"int_parsing"_s} << QStringList{u"body.expires_in_days"_s};
    QTest::newRow("body is a list") << u"/users/delete"_s << "[]"_ba << QStringList{u"model_attributes_type"_s}
                                    << QStringList{u"body"_s};
}

void ContractTest::validation_missingOrMistypedFieldsGive422()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, types);
    QFETCH(QStringList, locs);
    const ContractClient::Reply reply = m_client->post(path, body, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 422);
    const QJsonArray detail = reply.object().value(u"detail"_s).toArray();
    QCOMPARE(detail.size(), types.size());
    for (qsizetype i = 0; i < detail.size(); ++i) {
        const QJsonObject item = detail.at(i).toObject();
        QCOMPARE(item.value(u"type"_s).toString(), types.at(i));
        QCOMPARE(locText(item.value(u"loc"_s).toArray()), locs.at(i));
        QVERIFY(!item.value(u"msg"_s).toString().isEmpty());
        if (types.at(i) == u"missing"_s)
            QCOMPARE(item.value(u"msg"_s).toString(), u"Field required"_s);
    }
}
