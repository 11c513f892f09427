// SPDX-License-Identifier: MIT
// ImportPlan: every record classified (status, flags, exact reason), routes past the server's naive
// import parser, unknown-role decisions, counts and the rows handed to the sender.
#include "csv/usercsvreader.h"
#include "i18n/languageloader.h"
#include "import/importplan.h"
#include "import/passwordshape.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Status = ImportPlanEntry::Status;
using Route = ImportRow::Route;
using Flags = ImportPlanEntry::Flags;
Q_DECLARE_METATYPE(Status)
Q_DECLARE_METATYPE(Route)

namespace {
const QString BcryptHash = u"$2b$12$"_s + QString(53, u'a');
const QString AprHash = u"$apr1$saltsalt$"_s + QString(22, u'b');
const QString Sha512Hash = u"$6$rounds=5000$salt$"_s + QString(86, u'c');
const QString Md5Hash = u"$1$salt$"_s + QString(22, u'd');

ImportPlan planOf(const QByteArray &csv, const QSet<QString> &existing = {})
{
    return ImportPlan(UserCsvReader().read(csv), existing);
}
} // namespace

class TestImportPlan final : public QObject
{
    Q_OBJECT

    /// As in the app: English's catalogue gives the counts their plural forms.
    LanguageLoader m_english;

private Q_SLOTS:
    void initTestCase() { m_english.install(QLocale(QLocale::English)); }
    void classifiesOneRecord_data();
    void classifiesOneRecord();
    void recognisesWhatPasslibWould_data();
    void recognisesWhatPasslibWould();
    void keepsEveryRecordInFileOrder();
    void laterRecordsOfTheSameNameAreDuplicates();
    void unknownRolesWaitForTheAdmin();
    void appliesOneDecisionToAllUnknownRoles();
    void refusesDecisionsOnRowsThatAreNotUnknownRoles();
    void countsPerRoleAndStatus();
    void handsOnExactlyTheNewRows();
};

void TestImportPlan::classifiesOneRecord_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Route>("route");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("notes");

    const int none = ImportPlanEntry::NoFlag;
    QTest::newRow("new, batch") << "alice,s3cret!,user"_ba << Status::New << Route::BatchImport << none << QString()
                                << QString();
    QTest::newRow("exists") << "root,pw123456,admin"_ba << Status::AlreadyExists << Route::CreateOne << none
                            << u"A user with this name is already on the server."_s << QString();
    QTest::newRow("name with colon")
            << "a:b,pw123456,user"_ba << Status::Invalid << Route::CreateOne << none
            << u"A user name cannot contain \u201c:\u201d: HTTP Basic authentication could never send it."_s
            << QString();
    QTest::newRow("name with zero-width space")
            << "a\xE2\x80\x8B"
               "b,pw123456,user"_ba
            << Status::Invalid << Route::CreateOne << none
            << u"A user name cannot contain control or invisible characters (found U+200B)."_s << QString();
    QTest::newRow("name with tab") << "\"a\tb\",pw123456,user"_ba << Status::Invalid << Route::CreateOne << none
                                   << u"A user name cannot contain control or invisible characters (found U+0009)."_s
                                   << QString();
    QTest::newRow("name with spaces around")
            << " bob ,pw123456,user"_ba << Status::Invalid << Route::CreateOne << none
            << u"A user name cannot start or end with a space. Remove the spaces at its start or end."_s << QString();
    QTest::newRow("missing username") << ",pw123456,user"_ba << Status::Invalid << Route::CreateOne << none
                                      << u"Line 2, column 1: the username is empty."_s << QString();
    QTest::newRow("missing password") << "bob,,user"_ba << Status::Invalid << Route::CreateOne << none
                                      << u"Line 2, column 1: the password is empty."_s << QString();
    QTest::newRow("wrong column count") << "bob,pw,user,extra"_ba << Status::Invalid << Route::CreateOne << none
                                        << u"Line 2, column 1: this row has 4 fields, but the header has 3."_s
                                        << QString();
    QTest::newRow("empty role") << "bob,pw123456,"_ba << Status::NeedsRole << Route::BatchImport << none
                                << u"No role given: choose a role or skip the row."_s << QString();
    QTest::newRow("unknown role")
            << "bob,pw123456,superuser"_ba << Status::NeedsRole << Route::BatchImport << none
            << u"The role \u201csuperuser\u201d is not admin, user or viewer: choose a role or skip the row."_s
            << QString();
    QTest::newRow("role in capitals")
            << "bob,pw123456,Admin"_ba << Status::NeedsRole << Route::BatchImport << none
            << u"The role \u201cAdmin\u201d is not admin, user or viewer: choose a role or skip the row."_s
            << QString();
    QTest::newRow("role with spaces")
            << "bob,pw123456, admin"_ba << Status::NeedsRole << Route::BatchImport
            << int(ImportPlanEntry::SurroundingSpaces)
            << u"The role \u201c admin\u201d is not admin, user or viewer: choose a role or skip the row."_s
            << u"The role has spaces around it."_s;
    QTest::newRow("password with spaces")
            << "bob, pw123456 ,user"_ba << Status::New << Route::CreateOne << int(ImportPlanEntry::SurroundingSpaces)
            << QString()
            << u"The password starts or ends with a space; it is kept as written and goes through /users/create."_s;
    QTest::newRow("comma in password")
            << "bob,\"pw,123\",user"_ba << Status::New << Route::CreateOne << none << QString()
            << u"/users/import cannot carry a comma, so this row goes through /users/create."_s;
    QTest::newRow("quote in password")
            << "bob,\"pw\"\"123\",user"_ba << Status::New << Route::CreateOne << none << QString()
            << u"/users/import cannot carry a quote, so this row goes through /users/create."_s;
    QTest::newRow("line break in password")
            << "bob,\"pw\n123\",user"_ba << Status::New << Route::CreateOne << none << QString()
            << u"/users/import cannot carry a line break, so this row goes through /users/create."_s;
    QTest::newRow("comma in name") << "\"smith, j\",pw123456,user"_ba << Status::New << Route::CreateOne << none
                                   << QString()
                                   << u"/users/import cannot carry a comma, so this row goes through /users/create."_s;
    QTest::newRow("des look-alike 13")
            << "bob,Passw0rd.1234,user"_ba << Status::New << Route::CreateOne << int(ImportPlanEntry::LookAlikePassword)
            << QString()
            << u"/users/import would take this password for a des_crypt hash, so it goes through /users/create."_s;
    QTest::newRow("des look-alike 2")
            << "bob,ab,user"_ba << Status::New << Route::CreateOne << int(ImportPlanEntry::LookAlikePassword)
            << QString()
            << u"/users/import would take this password for a des_crypt hash, so it goes through /users/create."_s;
    QTest::newRow("bcrypt prefix look-alike")
            << "bob,$2b$hello,user"_ba << Status::New << Route::CreateOne << int(ImportPlanEntry::LookAlikePassword)
            << QString()
            << u"/users/import would take this password for a bcrypt hash, so it goes through /users/create."_s;
    QTest::newRow("bcrypt hash") << (u"bob,"_s + BcryptHash + u",user"_s).toUtf8() << Status::New << Route::BatchImport
                                 << int(ImportPlanEntry::HashGiven) << QString() << u"Hash (bcrypt), imported as is."_s;
    QTest::newRow("sha512 hash") << (u"bob,"_s + Sha512Hash + u",viewer"_s).toUtf8() << Status::New
                                 << Route::BatchImport << int(ImportPlanEntry::HashGiven) << QString()
                                 << u"Hash (sha512_crypt), imported as is."_s;
    QTest::newRow("apr1 hash is weak")
            << (u"bob,"_s + AprHash + u",user"_s).toUtf8() << Status::New << Route::BatchImport
            << int(ImportPlanEntry::HashGiven | ImportPlanEntry::WeakHash) << QString()
            << u"Hash (apr_md5_crypt), imported as is; the scheme is weak, so ask the user to choose a new password."_s;
    QTest::newRow("hash with comma in name")
            << (u"\"smith, j\","_s + BcryptHash + u",user"_s).toUtf8() << Status::Invalid << Route::BatchImport
            << int(ImportPlanEntry::HashGiven)
            << u"The password is a hash (bcrypt), which only /users/import can take, and its parser cannot carry a comma."_s
            << QString();
    QTest::newRow("md5-crypt is not verified by the server")
            << (u"bob,"_s + Md5Hash + u",user"_s).toUtf8() << Status::Invalid << Route::CreateOne << none
            << u"The password is a hash (md5_crypt), which this server cannot check: it would become the password itself."_s
            << QString();
}

void TestImportPlan::classifiesOneRecord()
{
    QFETCH(QByteArray, row);
    QFETCH(Status, status);
    QFETCH(Route, route);
    QFETCH(int, flags);
    QFETCH(QString, problem);
    QFETCH(QString, notes);

    const ImportPlan plan = planOf("username,password,role\n" + row + "\n", {u"root"_s});
    QCOMPARE(plan.size(), 1);
    const ImportPlanEntry &entry = plan.at(0);
    QCOMPARE(entry.line, 2);
    QCOMPARE(entry.status, status);
    QCOMPARE(entry.problem, problem);
    QCOMPARE(entry.notes, notes);
    QCOMPARE(int(entry.flags), flags);
    if (status == Status::New || status == Status::NeedsRole)
        QCOMPARE(entry.route, route);
    QCOMPARE(entry.passwordIsHash, bool(flags & ImportPlanEntry::HashGiven));
    QCOMPARE(plan.rowsToSend().size(), status == Status::New ? 1 : 0);
}

void TestImportPlan::recognisesWhatPasslibWould_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("weak");
    using K = PasswordShape::Kind;
    QTest::newRow("plain") << u"correct horse"_s << int(K::Plain) << QString() << false;
    QTest::newRow("12 chars of the DES set") << u"Passw0rd.123"_s << int(K::Plain) << QString() << false;
    QTest::newRow("14 chars of the DES set") << u"Passw0rd.12345"_s << int(K::Plain) << QString() << false;
    QTest::newRow("one char") << u"a"_s << int(K::Plain) << QString() << false;
    QTest::newRow("des 13") << u"Passw0rd.1234"_s << int(K::LookAlike) << u"des_crypt"_s << false;
    QTest::newRow("des 2") << u"./"_s << int(K::LookAlike) << u"des_crypt"_s << false;
    QTest::newRow("bcrypt 2a") << u"$2a$10$"_s + QString(53, u'x') << int(K::Hash) << u"bcrypt"_s << false;
    QTest::newRow("bcrypt 2y") << u"$2y$10$"_s + QString(53, u'x') << int(K::Hash) << u"bcrypt"_s << false;
    QTest::newRow("bcrypt short") << u"$2y$10$abc"_s << int(K::LookAlike) << u"bcrypt"_s << false;
    QTest::newRow("sha256") << u"$5$salt$"_s + QString(43, u'x') << int(K::Hash) << u"sha256_crypt"_s << false;
    QTest::newRow("sha256 look-alike") << u"$5$x"_s << int(K::LookAlike) << u"sha256_crypt"_s << false;
    QTest::newRow("apr1") << AprHash << int(K::Hash) << u"apr_md5_crypt"_s << true;
    QTest::newRow("ldap sha1") << u"{SHA}"_s + QString(27, u'Q') + u"="_s << int(K::Hash) << u"ldap_sha1"_s << true;
    QTest::newRow("ldap sha1 look-alike") << u"{SHA}nope"_s << int(K::LookAlike) << u"ldap_sha1"_s << false;
    QTest::newRow("md5-crypt") << Md5Hash << int(K::UnsupportedHash) << u"md5_crypt"_s << true;
    QTest::newRow("ssha") << u"{SSHA}abcdef"_s << int(K::UnsupportedHash) << u"ldap_ssha"_s << true;
}

void TestImportPlan::recognisesWhatPasslibWould()
{
    QFETCH(QString, password);
    QFETCH(int, kind);
    QFETCH(QString, scheme);
    QFETCH(bool, weak);
    const PasswordShape shape = PasswordShape::of(password);
    QCOMPARE(int(shape.kind), kind);
    QCOMPARE(shape.scheme, scheme);
    QCOMPARE(shape.weak, weak);
}

void TestImportPlan::keepsEveryRecordInFileOrder()
{
    const ImportPlan plan = planOf("username,password,role\na,pw123456,user\nb,x,y,z\nc,pw123456,admin\n,pw,user\n");
    QList<int> lines;
    for (const ImportPlanEntry &entry : plan.entries())
        lines.append(entry.line);
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5}));
    QCOMPARE(plan.at(1).status, Status::Invalid);
    QCOMPARE(plan.at(3).status, Status::Invalid);
}

void TestImportPlan::laterRecordsOfTheSameNameAreDuplicates()
{
    const ImportPlan plan = planOf(
            "username,password,role\nann,pw123456,user\nAnn,pw123456,user\nann,other123,admin\nann,x1234,viewer\n");
    QCOMPARE(plan.at(0).status, Status::New);
    QCOMPARE(plan.at(1).status, Status::New); // names are case-sensitive on the server
    QCOMPARE(plan.at(2).status, Status::Duplicate);
    QCOMPARE(plan.at(2).problem, u"Line 2 has the same name; only the first is imported."_s);
    QCOMPARE(plan.at(3).status, Status::Duplicate);
}

void TestImportPlan::unknownRolesWaitForTheAdmin()
{
    ImportPlan plan = planOf("username,password,role\na,pw123456,boss\nb,pw123456,\n");
    QVERIFY(!plan.isReady());
    QVERIFY(plan.rowsToSend().isEmpty());
    QVERIFY(plan.isDecidable(0));
    QVERIFY(!plan.chooseRole(0, u"superuser"_s));
    QVERIFY(!plan.chooseRole(0, u"Admin"_s));
    QCOMPARE(plan.at(0).status, Status::NeedsRole);

    QVERIFY(plan.chooseRole(0, u"viewer"_s));
    QCOMPARE(plan.at(0).status, Status::New);
    QCOMPARE(plan.at(0).role, u"viewer"_s);
    QCOMPARE(plan.at(0).problem, u"The file says \u201cboss\u201d; you chose viewer."_s);
    QVERIFY(!plan.isReady()); // b is still undecided

    QVERIFY(plan.skip(1));
    QCOMPARE(plan.at(1).status, Status::Skipped);
    QCOMPARE(plan.at(1).problem, u"Skipped: you chose not to import this row."_s);
    QVERIFY(plan.isReady());
    QCOMPARE(plan.rowsToSend().size(), 1);
    QCOMPARE(plan.rowsToSend().front().role, u"viewer"_s);

    // A decision can be changed.
    QVERIFY(plan.chooseRole(1, u"user"_s));
    QCOMPARE(plan.at(1).problem, u"No role given; you chose user."_s);
    QCOMPARE(plan.rowsToSend().size(), 2);
}

void TestImportPlan::appliesOneDecisionToAllUnknownRoles()
{
    ImportPlan plan = planOf("username,password,role\na,pw123456,boss\nb,pw123456,user\nc,pw123456,\nroot,pw123456,x\n",
                             {u"root"_s});
    QCOMPARE(plan.chooseRoleForAllUnknown(u"user"_s), (QList<qsizetype>{0, 2}));
    QCOMPARE(plan.at(0).role, u"user"_s);
    QCOMPARE(plan.at(2).role, u"user"_s);
    QCOMPARE(plan.at(3).status, Status::AlreadyExists);
    QCOMPARE(plan.chooseRoleForAllUnknown(u"user"_s), QList<qsizetype>{});
    QCOMPARE(plan.chooseRoleForAllUnknown(u"nobody"_s), QList<qsizetype>{});
    QCOMPARE(plan.skipAllUnknown(), (QList<qsizetype>{0, 2}));
    QCOMPARE(plan.count(Status::Skipped), 2);
    QCOMPARE(plan.at(1).status, Status::New);
}

void TestImportPlan::refusesDecisionsOnRowsThatAreNotUnknownRoles()
{
    ImportPlan plan
            = planOf("username,password,role\na,pw123456,user\nroot,pw123456,boss\na:b,pw123456,boss\n", {u"root"_s});
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QVERIFY(!plan.isDecidable(i));
        QVERIFY(!plan.chooseRole(i, u"admin"_s));
        QVERIFY(!plan.skip(i));
    }
    QVERIFY(!plan.isDecidable(-1));
    QVERIFY(!plan.isDecidable(plan.size()));
    QCOMPARE(plan.at(0).role, u"user"_s);
}

void TestImportPlan::countsPerRoleAndStatus()
{
    ImportPlan plan
            = planOf("username,password,role\n"
                     "a1,pw123456,admin\na2,pw123456,admin\na3,pw123456,admin\n"
                     "u1,pw123456,user\nu2,pw123456,user\nu3,pw123456,user\nu4,pw123456,user\nu5,pw123456,user\n"
                     "root,pw123456,user\nalice,pw123456,admin\n"
                     "x:y,pw123456,user\n"
                     "a1,pw123456,admin\n"
                     "q,pw123456,boss\n",
                     {u"root"_s, u"alice"_s});
    QCOMPARE(plan.rolesToCreate(), (QMap<QString, int>{{u"admin"_s, 3}, {u"user"_s, 5}}));
    QCOMPARE(plan.count(Status::New), 8);
    QCOMPARE(plan.count(Status::AlreadyExists), 2);
    QCOMPARE(plan.count(Status::Invalid), 1);
    QCOMPARE(plan.count(Status::Duplicate), 1);
    QCOMPARE(plan.count(Status::NeedsRole), 1);
    QCOMPARE(plan.summary(), u"creates 3 admins, 5 users; 2 already exist; 1 duplicate; 1 invalid; 1 needs a role"_s);
    QVERIFY(plan.chooseRole(12, u"viewer"_s));
    QCOMPARE(plan.summary(), u"creates 3 admins, 5 users, 1 viewer; 2 already exist; 1 duplicate; 1 invalid"_s);
    QVERIFY(plan.skip(12));
    QCOMPARE(plan.summary(), u"creates 3 admins, 5 users; 2 already exist; 1 duplicate; 1 invalid; 1 skipped"_s);
    QCOMPARE(planOf("username,password,role\nroot,pw123456,user\n", {u"root"_s}).summary(),
             u"creates nobody; 1 already exists"_s);
}

void TestImportPlan::handsOnExactlyTheNewRows()
{
    ImportPlan plan = planOf((u"username,password,role\n"
                              "ann,pw123456,user\n"
                              "bob,\"pw,1\",admin\n"
                              "cy,"_s
                              + BcryptHash
                              + u",viewer\n"
                                "dee,Passw0rd.1234,x\n"
                                "root,pw,admin\n"_s)
                                     .toUtf8(),
                             {u"root"_s});
    QVERIFY(plan.chooseRole(3, u"user"_s));
    const QList<ImportRow> rows = plan.rowsToSend();
    QCOMPARE(rows.size(), 4);
    const auto check = [&](int i, int line, const QString &name, const QString &password, bool isHash,
                           const QString &role, Route route) {
        QCOMPARE(rows[i].line, line);
        QCOMPARE(rows[i].username, name);
        QCOMPARE(rows[i].password, password);
        QCOMPARE(rows[i].passwordIsHash, isHash);
        QCOMPARE(rows[i].role, role);
        QCOMPARE(rows[i].route, route);
    };
    check(0, 2, u"ann"_s, u"pw123456"_s, false, u"user"_s, Route::BatchImport);
    check(1, 3, u"bob"_s, u"pw,1"_s, false, u"admin"_s, Route::CreateOne);
    check(2, 4, u"cy"_s, BcryptHash, true, u"viewer"_s, Route::BatchImport);
    check(3, 5, u"dee"_s, u"Passw0rd.1234"_s, false, u"user"_s, Route::CreateOne);
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
