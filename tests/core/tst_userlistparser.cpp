// SPDX-License-Identifier: MIT
// The fast reader of GET /users must agree with the QJsonDocument one on every input, the odd
// ones included (where it hands over to it).
#include "domain/user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUserListParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheDocumentReader_data();
    void agreesWithTheDocumentReader();
    void sharesRoleAndTypeStrings();
    void reportsBrokenJson();
};

void TestUserListParser::agreesWithTheDocumentReader_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray("[]");
    QTest::newRow("spaced") << QByteArray(" [ {\"id\" : \"a\" } ] \n");
    QTest::newRow("full") << QByteArray(R"([{"id":"a1","name":"Alice","created_at":1760000000,"role":"admin",)"
                                        R"("user_type":"basic"},{"id":"b","name":null,"created_at":null}])");
    QTest::newRow("escapes") << QByteArray(R"([{"id":"e\"\\\/\b\f\n\r\t","name":"Zo\u00eb \ud83d\ude00 caf\u00E9"}])");
    QTest::newRow("utf8") << QByteArray("[{\"id\":\"x\",\"name\":\"Zo\xc3\xab \xf0\x9f\x98\x80\"}]");
    QTest::newRow("unknown fields") << QByteArray(
            R"([{"extra":{"a":[1,2.5,true,false,null,"s"]},"id":"a","more":-3e2}])");
    QTest::newRow("negative date") << QByteArray(R"([{"id":"a","created_at":-12}])");
    QTest::newRow("fractional date") << QByteArray(R"([{"id":"a","created_at":1.5}])");
    QTest::newRow("exponent date") << QByteArray(R"([{"id":"a","created_at":1e3}])");
    QTest::newRow("huge date") << QByteArray(R"([{"id":"a","created_at":12345678901234567890}])");
    QTest::newRow("duplicate key") << QByteArray(R"([{"id":"a","id":"b"}])");
    QTest::newRow("missing id") << QByteArray(R"([{"name":"a"}])");
    QTest::newRow("empty object") << QByteArray(R"([{}])");
    QTest::newRow("numeric id") << QByteArray(R"([{"id":5}])");
    QTest::newRow("not a list") << QByteArray(R"({"id":"a"})");
    QTest::newRow("duplicate ids") << QByteArray(R"([{"id":"a","name":"x"},{"id":"a","name":"y"}])");
}

void TestUserListParser::agreesWithTheDocumentReader()
{
    QFETCH(QByteArray, body);
    QString fastError;
    const auto fast = User::listFromUtf8Json(body, &fastError);
    QString slowError;
    const auto slow = User::listFromJson(QJsonDocument::fromJson(body).isArray()
                                                 ? QJsonValue(QJsonDocument::fromJson(body).array())
                                                 : QJsonValue(QJsonDocument::fromJson(body).object()),
                                         &slowError);
    QCOMPARE(fast.has_value(), slow.has_value());
    QCOMPARE(fastError, slowError);
    if (fast)
        QCOMPARE(QList<User>(fast->begin(), fast->end()), *slow);
}

void TestUserListParser::sharesRoleAndTypeStrings()
{
    const auto users = User::listFromUtf8Json(
            R"([{"id":"a","role":"user","user_type":"sso"},{"id":"b","role":"user","user_type":"sso"}])", nullptr);
    QVERIFY(users);
    QCOMPARE(users->size(), 2u);
    QCOMPARE(users->at(1).role, u"user"_s);
    QVERIFY(users->at(0).role.isSharedWith(users->at(1).role));
    QVERIFY(users->at(0).userType.isSharedWith(users->at(1).userType));
}

void TestUserListParser::reportsBrokenJson()
{
    QString error;
    QVERIFY(!User::listFromUtf8Json("[{\"id\":\"a\"", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestUserListParser)
#include "tst_userlistparser.moc"
