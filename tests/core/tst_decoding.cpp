// SPDX-License-Identifier: MIT
// Decoding every typed answer, and refusing malformed ones with a reason (security checklist item 67).
#include "domain/batchresult.h"
#include "domain/currentuser.h"
#include "domain/exportresult.h"
#include "domain/health.h"
#include "domain/importresult.h"
#include "domain/issuedtoken.h"
#include "domain/serviceaccounttoken.h"
#include "domain/tokenrole.h"
#include "domain/user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON");
    return doc.array().first();
}
} // namespace

class TestDecoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheUserList();
    void refusesMalformedUserLists_data();
    void refusesMalformedUserLists();
    void decodesHealthAndDropsThePasswordHash();
    void refusesHealthWithoutVersions();
    void decodesCurrentUser();
    void decodesImportBatchAndExport();
    void decodesTokens();
};

void TestDecoding::decodesTheUserList()
{
    QString error;
    const auto users = User::listFromJson(
            json(R"([{"id":"6384e2b2","name":"alice","created_at":1760000000,"role":"admin","user_type":"basic"},
                 {"id":"skypilot-system","name":null,"created_at":null,"role":"","user_type":"system"}])"),
            &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->at(0).id, u"6384e2b2"_s);
    QCOMPARE(users->at(0).name, u"alice"_s);
    QCOMPARE(users->at(0).createdAt, std::optional<qint64>(1760000000));
    QVERIFY(users->at(0).isBasicAuth());
    QVERIFY(!users->at(0).isInternal());
    QVERIFY(users->at(1).name.isEmpty());
    QVERIFY(!users->at(1).createdAt);
    QVERIFY(users->at(1).isInternal());
}

void TestDecoding::refusesMalformedUserLists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("object instead of list")
            << QByteArray(R"({"users":[]})") << u"expected a list of users but got an object"_s;
    QTest::newRow("null") << QByteArray("null") << u"got null"_s;
    QTest::newRow("missing id") << QByteArray(R"([{"name":"a"}])")
                                << u"item 1 of the user list: user: field \u201cid\u201d"_s;
    QTest::newRow("number as name") << QByteArray(R"([{"id":"x","name":5}])") << u"\u201cname\u201d should be text"_s;
    QTest::newRow("fractional time") << QByteArray(R"([{"id":"x","created_at":1.5}])") << u"whole number"_s;
    QTest::newRow("string item") << QByteArray(R"(["alice"])") << u"as a JSON object but got text"_s;
}

void TestDecoding::refusesMalformedUserLists()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!User::listFromJson(json(body), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestDecoding::decodesHealthAndDropsThePasswordHash()
{
    QString error;
    const auto health
            = Health::fromJson(json(R"({"status":"healthy","api_version":"62","version":"0.14.1","commit":"7e5959",
                 "basic_auth_enabled":true,"service_account_token_enabled":true,
                 "user":{"id":"e6e6d62b","name":"skypilot","password":"$2b$12$abcdefghijklmnopqrstuv",
                         "created_at":1,"user_type":"basic"}})"),
                               &error);
    QVERIFY2(health, qPrintable(error));
    QCOMPARE(health->apiVersion, 62);
    QCOMPARE(health->version, u"0.14.1"_s);
    QVERIFY(health->basicAuthEnabled);
    QVERIFY(health->serviceAccountTokenEnabled);
    QVERIFY(!health->ingressBasicAuthEnabled);
    QCOMPARE(health->user, std::optional<Health::Caller>(Health::Caller{u"e6e6d62b"_s, u"skypilot"_s}));
    static_assert(sizeof(Health::Caller) == 2 * sizeof(QString), "Health keeps nothing but the caller's id and name");

    const auto anonymous = Health::fromJson(
            json(R"({"status":"healthy","api_version":62,"version":"x","commit":"y","user":null})"), &error);
    QVERIFY(anonymous);
    QVERIFY(!anonymous->user);
    QCOMPARE(anonymous->apiVersion, 62);
}

void TestDecoding::refusesHealthWithoutVersions()
{
    QString error;
    QVERIFY(!Health::fromJson(json(R"({"status":"healthy"})"), &error));
    QVERIFY2(error.contains(u"api_version"_s), qPrintable(error));
    QVERIFY(!Health::fromJson(json(R"({"status":"healthy","api_version":"abc","version":"1","commit":"c"})"), &error));
    QVERIFY(!Health::fromJson(json(R"("healthy")"), &error));
}

void TestDecoding::decodesCurrentUser()
{
    QString error;
    const auto anonymous = CurrentUser::fromJson(json(R"({"id":"","name":"","role":"admin"})"), &error);
    QVERIFY(anonymous && anonymous->isAnonymous());
    const auto viewer = CurrentUser::fromJson(json(R"({"id":"ab12cd34","name":"v","role":"viewer"})"), &error);
    QVERIFY(viewer && !viewer->isAnonymous());
    QCOMPARE(viewer->role, u"viewer"_s);
    QVERIFY(!CurrentUser::fromJson(json(R"({"id":"x"})"), &error));
}

void TestDecoding::decodesImportBatchAndExport()
{
    QString error;
    const auto imported = ImportResult::fromJson(
            json(R"({"success_count":2,"error_count":1,"total_processed":3,"parse_errors":["Line 4: Invalid number of columns"],
                 "creation_errors":["bob: User already exists"]})"),
            &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->successCount, 2);
    QCOMPARE(imported->parseErrors, QStringList{u"Line 4: Invalid number of columns"_s});
    QVERIFY(!ImportResult::fromJson(json(R"({"success_count":"2"})"), &error));

    const auto batch = BatchResult::fromJson(
            json(R"({"succeeded":["a"],"failed":[{"user_id":"b","error":"User b does not exist"}]})"), &error);
    QVERIFY2(batch, qPrintable(error));
    QCOMPARE(batch->succeeded, QStringList{u"a"_s});
    QCOMPARE(batch->failed.size(), 1);
    QCOMPARE(batch->failed.first().error, u"User b does not exist"_s);
    QVERIFY(!BatchResult::fromJson(json(R"({"succeeded":[]})"), &error));

    const auto exported
            = ExportResult::fromJson(json(R"({"csv_content":"username,password,role","user_count":0})"), &error);
    QVERIFY(exported);
    QCOMPARE(exported->csvContent, u"username,password,role"_s);
    QVERIFY(!ExportResult::fromJson(json(R"({"csv_content":7,"user_count":0})"), &error));
}

void TestDecoding::decodesTokens()
{
    QString error;
    const auto tokens = ServiceAccountToken::listFromJson(
            json(R"([{"token_id":"t1","token_name":"ci","created_at":5,"last_used_at":null,"expires_at":null,
                  "creator_user_hash":"6384e2b2","service_account_user_id":"sa-0123456789abcdef","creator_name":"alice",
                  "service_account_name":"ci","service_account_roles":["user"]}])"),
            &error);
    QVERIFY2(tokens, qPrintable(error));
    QCOMPARE(tokens->first().serviceAccountRoles, QStringList{u"user"_s});
    QVERIFY(!tokens->first().expiresAt);

    const auto issued = IssuedToken::fromJson(
            json(R"({"token_id":"t1","token_name":"ci","token":"sky_abc","expires_at":99,"service_account_user_id":"sa-1",
                 "creator_user_id":"6384e2b2","message":"Please save this token - it will not be shown again!"})"),
            &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(issued->token.toString(), u"sky_abc"_s);
    QCOMPARE(issued->expiresAt, std::optional<qint64>(99));

    const auto got = TokenRole::fromJson(
            json(R"({"token_id":"t1","service_account_user_id":"sa-1","roles":["viewer"]})"), &error);
    QVERIFY(got);
    QCOMPARE(got->roles, QStringList{u"viewer"_s});
    const auto updated = TokenRole::fromJson(
            json(R"({"message":"Service account role updated to admin","token_id":"t1","service_account_user_id":"sa-1","new_role":"admin"})"),
            &error);
    QVERIFY(updated);
    QCOMPARE(updated->roles, QStringList{u"admin"_s});
}

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
