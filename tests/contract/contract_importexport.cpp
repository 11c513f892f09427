// SPDX-License-Identifier: MIT
// POST /users/import (the server's naive CSV parser) and GET /users/export.
#include "contracttest.h"
#include "fakepasswordhasher.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QStringList toStringList(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

QStringList exportLines(ContractClient &client, const QByteArray &authorization, int *userCount = nullptr)
{
    const ContractClient::Reply reply = client.get(u"/users/export"_s, authorization);
    if (userCount)
        *userCount = reply.object().value(u"user_count"_s).toInt(-1);
    return reply.object().value(u"csv_content"_s).toString().split(u'\n');
}

QString exportedPassword(const QStringList &lines, const QString &name)
{
    for (const QString &line : lines) {
        if (line.startsWith(name + u','))
            return line.section(u',', 1, 1);
    }
    return u"<no line for %1>"_s.arg(name);
}

} // namespace

void ContractTest::import_naiveParserQuirks_data()
{
    QTest::addColumn<QString>("csv"); // {p}: a unique prefix, {user}: the suite's user
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QList<int>>("counts"); // success_count, error_count, total_processed
    QTest::addColumn<QStringList>("parseErrors");
    QTest::addColumn<QStringList>("creationErrors");
    QTest::addColumn<QStringList>("created"); // "name|role|password"; {default}: the default role
    const QString header = u"username,password,role\n"_s;
    const QList<int> none;
    const QStringList nothing;

    QTest::newRow("empty") << QString() << 400 << u"CSV content is required"_s << none << nothing << nothing << nothing;
    QTest::newRow("whitespace only") << u"  \n\t "_s << 400 << u"CSV must have at least a header row and one data row"_s
                                     << none << nothing << nothing << nothing;
    QTest::newRow("header only") << header << 400 << u"CSV must have at least a header row and one data row"_s << none
                                 << nothing << nothing << nothing;
    QTest::newRow("utf-8 BOM breaks the first header")
            << u"\uFEFF"_s + header + u"{p}a,pass-1,user"_s << 400 << u"Missing required columns: username"_s << none
            << nothing << nothing << nothing;
    QTest::newRow("missing columns, in order")
            << u"username,pass\n{p}a,pass-1"_s << 400 << u"Missing required columns: password, role"_s << none
            << nothing << nothing << nothing;
    QTest::newRow("comma inside a field") << header + u"{p}a,pa,ss,user"_s << 400
                                          << u"No valid users found. Errors: Line 2: Invalid number of columns"_s
                                          << none << nothing << nothing << nothing;
    QTest::newRow("only invalid rows") << header + u",pass-1,user\n{p}b,,user"_s << 400
                                       << u"No valid users found. Errors: Line 2: Username and password are required; "
                                          u"Line 3: Username and password are required"_s
                                       << none << nothing << nothing << nothing;
    QTest::newRow("quotes are kept") << header + u"\"{p}q\",pass-1,user"_s << 200 << QString() << QList<int>{1, 0, 1}
                                     << nothing << nothing << QStringList{u"\"{p}q\"|user|pass-1"_s};
    QTest::newRow("CRLF line ends") << u"username,password,role\r\n{p}c,pass-1,viewer\r\n"_s << 200 << QString()
                                    << QList<int>{1, 0, 1} << nothing << nothing
                                    << QStringList{u"{p}c|viewer|pass-1"_s};
    QTest::newRow("unknown and empty roles become the default")
            << header + u"{p}d,pass-1,Superuser\n{p}e,pass-1,\n{p}f,pass-1,VIEWER"_s << 200 << QString()
            << QList<int>{3, 0, 3} << nothing << nothing
            << QStringList{u"{p}d|{default}|pass-1"_s, u"{p}e|{default}|pass-1"_s, u"{p}f|viewer|pass-1"_s};
    QTest::newRow("duplicate in the same file")
            << header + u"{p}g,pass-1,user\n{p}g,pass-2,admin"_s << 200 << QString() << QList<int>{1, 1, 2} << nothing
            << QStringList{u"{p}g: User already exists"_s} << QStringList{u"{p}g|user|pass-1"_s};
    QTest::newRow("blank lines still count")
            << header + u"\n{p}h,pass-1,user\n   \n{p}i,pass-1\n{p}j,,user"_s << 200 << QString() << QList<int>{1, 0, 1}
            << QStringList{u"Line 5: Invalid number of columns"_s, u"Line 6: Username and password are required"_s}
            << nothing << QStringList{u"{p}h|user|pass-1"_s};
    QTest::newRow("extra columns, any order, any case")
            << u"Role, EMAIL ,Password,USERNAME\nviewer,x@example.com,pass-1,{p}k"_s << 200 << QString()
            << QList<int>{1, 0, 1} << nothing << nothing << QStringList{u"{p}k|viewer|pass-1"_s};
    QTest::newRow("existing user") << header + u"{user},pass-1,admin"_s << 200 << QString() << QList<int>{0, 1, 1}
                                   << nothing << QStringList{u"{user}: User already exists"_s} << nothing;
}

void ContractTest::import_naiveParserQuirks()
{
    QFETCH(QString, csv);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QList<int>, counts);
    QFETCH(QStringList, parseErrors);
    QFETCH(QStringList, creationErrors);
    QFETCH(QStringList, created);
    const QString prefix = unique(u"imp"_s);
    const auto expand = [&](QString text) {
        return text.replace(u"{p}"_s, prefix)
                .replace(u"{user}"_s, m_userName)
                .replace(u"{default}"_s, expectedDefaultRole());
    };
    // Whatever the outcome, remove what the upload may have created.
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"i"_s, u"j"_s, u"k"_s})
        m_usersToDelete << md5Id(prefix + name);
    m_usersToDelete << md5Id(u"\""_s + prefix + u"q\""_s);

    const ContractClient::Reply reply
            = m_client->postJson(u"/users/import"_s, {{u"csv_content"_s, expand(csv)}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, status);
    if (status != 200) {
        QCOMPARE(reply.detail(), detail);
        return;
    }
    const QJsonObject result = reply.object();
    QCOMPARE(result.keys(),
             QStringList({u"creation_errors"_s, u"error_count"_s, u"parse_errors"_s, u"success_count"_s,
                          u"total_processed"_s}));
    QCOMPARE(result.value(u"success_count"_s).toInt(), counts.at(0));
    QCOMPARE(result.value(u"error_count"_s).toInt(), counts.at(1));
    QCOMPARE(result.value(u"total_processed"_s).toInt(), counts.at(2));
    QCOMPARE(toStringList(result.value(u"parse_errors"_s).toArray()), parseErrors);
    QStringList expectedCreationErrors;
    for (const QString &error : std::as_const(creationErrors))
        expectedCreationErrors << expand(error);
    QCOMPARE(toStringList(result.value(u"creation_errors"_s).toArray()), expectedCreationErrors);

    for (const QString &entry : std::as_const(created)) {
        const QStringList parts = expand(entry).split(u'|');
        const QJsonObject row = userRow(md5Id(parts.at(0)));
        QCOMPARE(row.value(u"name"_s).toString(), parts.at(0));
        QCOMPARE(row.value(u"role"_s).toString(), parts.at(1));
        QCOMPARE(row.value(u"user_type"_s).toString(), u"basic"_s);
        CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(parts.at(0), parts.at(2))), 200);
    }
}

void ContractTest::import_storesHashLookalikesVerbatim()
{
    const QString p = unique(u"hash"_s);
    FakePasswordHasher hasher;
    const QString bcrypt = hasher.hash(u"bcrypt-pw"_s);
    const QString apr1 = u"$apr1$c1h4rNxt$2NnL7dIDUV0tWsnuNMGSr/"_s; // "skypilot", as in the Helm chart
    const QString sha = FakePasswordHasher::ldapSha1(u"secret"_s);
    const QString desLookalike = u"Passw0rd.1234"_s; // 13 characters of [./0-9A-Za-z]: read as des_crypt
    // crypt(3) hashes of "test": sha256_crypt, sha512_crypt and a real des_crypt.
    const QString sha256 = u"$5$rounds=1000$salt$KhBFMu/1dZdzj.rDY21KLrJpwdZPaG8NcWpPf.QV8h."_s;
    const QString sha512
            = u"$6$salt$xdLuw21n.5WciQUUpHTTPfR6QwS..Z1Q/4xGfiyYa51WSQktzSXYXSk2zBp.Is5r9WiXrGqRmHpEG0iG0HaSk."_s;
    const QString realDes = u"abgOeLfPimXQo"_s;
    const QStringList names = {p + u"des"_s,   p + u"apr"_s,  p + u"sha"_s,  p + u"bc"_s,
                               p + u"plain"_s, p + u"s256"_s, p + u"s512"_s, p + u"crypt"_s};
    for (const QString &name : names)
        m_usersToDelete << md5Id(name);
    QString csv = u"username,password,role\n%1,%2,user\n%3,%4,user\n%5,%6,user\n%7,%8,user\n%9,plain-pw,user"_s
                          .arg(names.at(0), desLookalike, names.at(1), apr1, names.at(2), sha, names.at(3), bcrypt)
                          .arg(names.at(4));
    csv += u"\n%1,%2,user\n%3,%4,user\n%5,%6,user"_s.arg(names.at(5), sha256, names.at(6), sha512, names.at(7),
                                                         realDes);
    const ContractClient::Reply reply
            = m_client->postJson(u"/users/import"_s, {{u"csv_content"_s, csv}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.object().value(u"success_count"_s).toInt(), 8);

    const QStringList lines = exportLines(*m_client, authFor(u"admin"_s));
    QCOMPARE(exportedPassword(lines, names.at(0)), desLookalike);
    QCOMPARE(exportedPassword(lines, names.at(1)), apr1);
    QCOMPARE(exportedPassword(lines, names.at(2)), sha);
    QCOMPARE(exportedPassword(lines, names.at(3)), bcrypt);
    QVERIFY(exportedPassword(lines, names.at(4)).startsWith(u"$2b$"_s));
    QCOMPARE(exportedPassword(lines, names.at(5)), sha256);
    QCOMPARE(exportedPassword(lines, names.at(6)), sha512);
    QCOMPARE(exportedPassword(lines, names.at(7)), realDes);

    // The look-alike is now a DES hash, so its own text no longer logs in.
    const ContractClient::Reply des = m_client->get(u"/users/role"_s, ContractClient::basic(names.at(0), desLookalike));
    CONTRACT_EXPECT_STATUS(des, 401);
    QCOMPARE(des.json().toString(), u"Invalid credentials"_s);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(1), u"skypilot"_s)), 200);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(2), u"secret"_s)), 200);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(3), u"bcrypt-pw"_s)), 200);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(4), u"plain-pw"_s)), 200);
    for (int i = 5; i < 8; ++i)
        CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(i), u"test"_s)), 200);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(names.at(7), u"wrong"_s)), 401);
}

void ContractTest::import_twoCharacterPasswordBreaksLogin()
{
    // "ab" is taken for a des_crypt salt without checksum; verifying against it raises, uncaught.
    const QString name = unique(u"two"_s);
    m_usersToDelete << md5Id(name);
    const ContractClient::Reply reply = m_client->postJson(
            u"/users/import"_s, {{u"csv_content"_s, u"username,password,role\n%1,ab,user"_s.arg(name)}},
            authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(exportedPassword(exportLines(*m_client, authFor(u"admin"_s)), name), u"ab"_s);
    for (const QString &path : {u"/users/role"_s, u"/api/health"_s}) {
        const ContractClient::Reply login = m_client->get(path, ContractClient::basic(name, u"ab"_s));
        CONTRACT_EXPECT_STATUS(login, 500);
        QVERIFY(login.header("content-type").startsWith("text/plain"));
        QVERIFY2(isPythonTraceback(login.body), login.body.left(200).constData());
        QVERIFY2(login.body.trimmed().endsWith(
                         "ValueError: expected des_crypt hash, got des_crypt config string instead"),
                 login.body.right(200).constData());
    }
}

void ContractTest::import_isForbiddenForUserAndViewer_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("viewer") << u"viewer"_s;
}

void ContractTest::import_isForbiddenForUserAndViewer()
{
    QFETCH(QString, who);
    const QString name = unique(u"no-import"_s);
    m_usersToDelete << md5Id(name);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/import"_s,
                                              {{u"csv_content"_s, u"username,password,role\n%1,pw,admin"_s.arg(name)}},
                                              authFor(who)),
                           403, u"Forbidden"_s);
    QVERIFY(userRow(md5Id(name)).isEmpty());
}

void ContractTest::export_listsHashesWithoutTrailingNewline()
{
    const QString name = unique(u"exported"_s);
    QVERIFY(!createUser(name, u"export-pw"_s, u"user"_s).isEmpty());
    const QString tokenName = unique(u"exported-sa"_s);
    QVERIFY(!createToken(authFor(u"admin"_s), tokenName).isEmpty());

    const ContractClient::Reply reply = m_client->get(u"/users/export"_s, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.object().keys(), QStringList({u"csv_content"_s, u"user_count"_s}));
    const QString csv = reply.object().value(u"csv_content"_s).toString();
    QVERIFY(csv.startsWith(u"username,password,role\n"_s));
    QVERIFY2(!csv.endsWith(u'\n'), "rows are joined with \\n, no trailing newline");
    const QStringList lines = csv.split(u'\n');
    QCOMPARE(reply.object().value(u"user_count"_s).toInt(), lines.size() - 1);
    QVERIFY(lines.contains(u"skypilot-system,,admin"_s));
    QVERIFY(lines.contains(u"skypilot-system-viewer,,viewer"_s));
    // The exported hash is the real stored bcrypt hash of the password.
    const QString hash = exportedPassword(lines, name);
    QVERIFY2(hash.startsWith(u"$2b$"_s), qPrintable(hash));
    QCOMPARE(FakePasswordHasher::verify(u"export-pw"_s, hash).result, FakePasswordHasher::Verification::Result::Match);
    QVERIFY(lines.contains(u"%1,%2,user"_s.arg(name, hash)));
    QVERIFY2(exportedPassword(lines, tokenName).startsWith(u"<no line"_s), "service accounts are not exported");
}

void ContractTest::export_isForbiddenForUserAndViewer_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("viewer") << u"viewer"_s;
}

void ContractTest::export_isForbiddenForUserAndViewer()
{
    QFETCH(QString, who);
    const ContractClient::Reply reply = m_client->get(u"/users/export"_s, authFor(who));
    CONTRACT_EXPECT_DETAIL(reply, 403, u"Forbidden"_s);
    QVERIFY(!reply.body.contains("$2b$"));
}
