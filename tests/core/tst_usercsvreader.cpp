// SPDX-License-Identifier: MIT
// UserCsvReader: required columns found by name, bad rows reported per line without stopping the others.
#include "csv/usercsvreader.h"
#include "i18n/languageloader.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool namesPosition(const CsvError &error)
{
    return error.message.startsWith(u"Line %1, column %2: "_s.arg(error.line).arg(error.column));
}
} // namespace

class TestUserCsvReader final : public QObject
{
    Q_OBJECT

    /// As in the app: English's catalogue gives the counts their plural forms.
    LanguageLoader m_english;

private Q_SLOTS:
    void initTestCase() { m_english.install(QLocale(QLocale::English)); }
    void findsColumnsByNameInAnyOrderAndCase();
    void readsTheServersExportFormat();
    void namesEveryMissingColumn_data();
    void namesEveryMissingColumn();
    void refusesARepeatedRequiredColumn();
    void reportsBadRowsAndKeepsTheOthers();
    void skipsLinesOfSpaces();
    void acceptsAHeaderWithoutRows();
    void refusesAnEmptyFile();
    void passesOnMalformedCsvWithItsPosition();
    void readsAFileWithBomSemicolonsAndCrlf();
    void honoursTheSizeLimit();
    void mapsRecordsReadElsewhere();
};

void TestUserCsvReader::findsColumnsByNameInAnyOrderAndCase()
{
    const UserCsvResult result
            = UserCsvReader().read(" Role ;EMAIL;UserName;PASSWORD\nadmin;a@x;alice;s3cret\n user ;b@x; bob ; pw \n");
    QVERIFY(result.ok());
    QCOMPARE(result.delimiter, ';');
    QVERIFY(result.rowErrors.isEmpty());
    QCOMPARE(result.rows,
             (QList<UserCsvRow>{{2, u"alice"_s, u"s3cret"_s, u"admin"_s}, {3, u" bob "_s, u" pw "_s, u" user "_s}}));
}

void TestUserCsvReader::readsTheServersExportFormat()
{
    // GET /users/export: LF joins, no final line end, no quoting (../shared/skypilot-api.md §1.8).
    const UserCsvResult result = UserCsvReader().read(
            "username,password,role\nalice,$2b$12$abcdefghijklmnopqrstuv,admin\nbob,$2b$12$zyx./,user");
    QVERIFY(result.ok());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].password, u"$2b$12$abcdefghijklmnopqrstuv"_s);
    QCOMPARE(result.rows[1].line, 3);
}

void TestUserCsvReader::namesEveryMissingColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("password") << "username,role\nalice,admin\n"_ba << QStringList{u"password"_s};
    QTest::newRow("two") << "user,password\n"_ba << QStringList{u"username"_s, u"role"_s};
    QTest::newRow("bom kept out of the name") << "\xEF\xBB\xBFusername,password\n"_ba << QStringList{u"role"_s};
    QTest::newRow("one column") << "name\n"_ba << QStringList{u"username"_s, u"password"_s, u"role"_s};
}

void TestUserCsvReader::namesEveryMissingColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, missing);
    const UserCsvResult result = UserCsvReader().read(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, CsvError::Kind::MissingColumn);
    QCOMPARE(result.error->line, 1);
    QCOMPARE(result.error->column, 1);
    QVERIFY(namesPosition(*result.error));
    QVERIFY2(result.error->message.contains(missing.join(u", ")), qPrintable(result.error->message));
    QVERIFY(result.rows.isEmpty());
}

void TestUserCsvReader::refusesARepeatedRequiredColumn()
{
    const UserCsvResult result = UserCsvReader().read("\nusername,password,role,Role\na,b,c,d\n");
    QCOMPARE(result.error->kind, CsvError::Kind::DuplicateColumn);
    QCOMPARE(result.error->line, 2);
    QVERIFY(namesPosition(*result.error));
    QVERIFY(result.error->message.contains(u"role"_s));
}

void TestUserCsvReader::reportsBadRowsAndKeepsTheOthers()
{
    const UserCsvResult result = UserCsvReader().read("username,password,role\n"
                                                      "a,1,user,extra\n"
                                                      "b,2,user\n"
                                                      "\"c\nd\",3\n"
                                                      "e,4,viewer\n"
                                                      ",5,user\n"
                                                      "f,,user\n"
                                                      "  ,6,user\n"
                                                      "g,\" \",admin\n");
    QVERIFY(result.ok());
    QCOMPARE(result.rows,
             (QList<UserCsvRow>{{3, u"b"_s, u"2"_s, u"user"_s},
                                {6, u"e"_s, u"4"_s, u"viewer"_s},
                                {10, u"g"_s, u" "_s, u"admin"_s}}));
    QList<int> lines;
    QList<CsvError::Kind> kinds;
    for (const CsvError &error : result.rowErrors) {
        lines.append(error.line);
        kinds.append(error.kind);
        QVERIFY2(namesPosition(error), qPrintable(error.message));
    }
    using K = CsvError::Kind;
    QCOMPARE(lines, (QList<int>{2, 4, 7, 8, 9}));
    QCOMPARE(kinds, (QList<K>{K::ColumnCount, K::ColumnCount, K::EmptyValue, K::EmptyValue, K::EmptyValue}));
    QVERIFY(result.rowErrors[0].message.contains(u"4 fields"_s));
    QVERIFY(result.rowErrors[2].message.contains(u"username"_s));
    QVERIFY(result.rowErrors[3].message.contains(u"password"_s));
}

void TestUserCsvReader::skipsLinesOfSpaces()
{
    const UserCsvResult result = UserCsvReader().read("username,password,role\n   \na,b,c\n \t\n");
    QVERIFY(result.rowErrors.isEmpty());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0].line, 3);
}

void TestUserCsvReader::acceptsAHeaderWithoutRows()
{
    const UserCsvResult result = UserCsvReader().read("username,password,role\r\n");
    QVERIFY(result.ok());
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.rowErrors.isEmpty());
}

void TestUserCsvReader::refusesAnEmptyFile()
{
    for (const QByteArray &input : {QByteArray(), "\xEF\xBB\xBF\r\n\n"_ba}) {
        const UserCsvResult result = UserCsvReader().read(input);
        QVERIFY(!result.ok());
        QVERIFY(namesPosition(*result.error));
        QVERIFY(result.error->message.contains(u"username, password, role"_s));
    }
}

void TestUserCsvReader::passesOnMalformedCsvWithItsPosition()
{
    const UserCsvResult result = UserCsvReader().read("username,password,role\na,\"b\nc\"d,e\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, CsvError::Kind::JunkAfterQuote);
    QCOMPARE(result.error->line, 3);
    QCOMPARE(result.error->column, 3);
    QCOMPARE(result.error->recordLine, 2);
    QVERIFY(result.error->message.startsWith(u"Line 3, column 3 (in the record that starts on line 2): "_s));
    QVERIFY(result.rows.isEmpty());
}

void TestUserCsvReader::readsAFileWithBomSemicolonsAndCrlf()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("\xEF\xBB\xBFusername;password;role\r\n\"o'brien\";\"p;\"\"w\"\"\";admin\r\n\r\n");
    file.close();
    const UserCsvResult result = UserCsvReader().readFile(file.fileName());
    QVERIFY(result.ok());
    QCOMPARE(result.rows, (QList<UserCsvRow>{{2, u"o'brien"_s, u"p;\"w\""_s, u"admin"_s}}));
}

void TestUserCsvReader::honoursTheSizeLimit()
{
    UserCsvReader reader;
    reader.csvReader().setMaxBytes(16);
    const UserCsvResult result = reader.read("username,password,role\n");
    QCOMPARE(result.error->kind, CsvError::Kind::TooLarge);
}

void TestUserCsvReader::mapsRecordsReadElsewhere()
{
    const CsvReadResult records = CsvReader().read("ROLE,username,password\nadmin,alice,pw\nuser,bob\n");
    const UserCsvResult result = UserCsvReader::fromRecords(records);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, (QList<UserCsvRow>{{2, u"alice"_s, u"pw"_s, u"admin"_s}}));
    QCOMPARE(result.rowErrors.size(), 1);
    QCOMPARE(result.rowErrors[0].line, 3);
    // A broken file gives no rows, whatever came before the break.
    const UserCsvResult broken = UserCsvReader::fromRecords(CsvReader().read("username,password,role\na,b,c\n\"x"));
    QCOMPARE(broken.error->kind, CsvError::Kind::UnterminatedQuote);
    QVERIFY(broken.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestUserCsvReader)
#include "tst_usercsvreader.moc"
