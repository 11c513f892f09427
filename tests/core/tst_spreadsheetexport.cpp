// SPDX-License-Identifier: MIT
// SpreadsheetExport: exact bytes, RFC 4180 quoting and formula neutralisation, no password column
// (security checklist item 77).
#include "domain/user.h"
#include "export/spreadsheetexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

class TestSpreadsheetExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quotesAndNeutralisesExactly();
    void writesTheFile();
    void unwritableTargetLeavesNoFile();

private:
    static User user(const QString &name, const QString &id, std::optional<qint64> createdAt = std::nullopt)
    {
        return User{id, name, createdAt, u"user"_s, u"basic"_s};
    }
};

void TestSpreadsheetExport::initTestCase()
{
    // A fixed zone with an offset, so "local time" is the same on every machine.
    qputenv("TZ", "UTC-02:00");
    ::tzset();
}

void TestSpreadsheetExport::quotesAndNeutralisesExactly()
{
    const QList<User> users{
            user(u"plain"_s, u"0a1b2c3d"_s, 1767225600), // 2026-01-01T00:00:00Z
            user(u"=HYPERLINK(\"http://x\",\"y\")"_s, u"11111111"_s),
            user(u"+1"_s, u"22222222"_s),
            user(u"-2"_s, u"33333333"_s),
            user(u"@SUM(A1)"_s, u"44444444"_s),
            user(u"\tTAB"_s, u"55555555"_s),
            user(u"\rCR"_s, u"66666666"_s),
            user(u"doe, jane"_s, u"77777777"_s),
            user(u"two\nlines"_s, u"88888888"_s),
    };
    const QByteArray expected = "\xEF\xBB\xBF"
                                "name,id,role,type,joined\r\n"
                                "plain,0a1b2c3d,user,basic,2026-01-01T02:00:00+02:00\r\n"
                                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",11111111,user,basic,\r\n"
                                "'+1,22222222,user,basic,\r\n"
                                "'-2,33333333,user,basic,\r\n"
                                "'@SUM(A1),44444444,user,basic,\r\n"
                                "'\tTAB,55555555,user,basic,\r\n"
                                "\"'\rCR\",66666666,user,basic,\r\n"
                                "\"doe, jane\",77777777,user,basic,\r\n"
                                "\"two\nlines\",88888888,user,basic,\r\n";
    QCOMPARE(SpreadsheetExport::toCsv(users), expected);
}

void TestSpreadsheetExport::writesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.csv"_s);
    const QList<User> users{user(u"alice"_s, u"aaaaaaaa"_s)};
    QString error;
    QVERIFY2(SpreadsheetExport::write(path, users, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), SpreadsheetExport::toCsv(users));
}

void TestSpreadsheetExport::unwritableTargetLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/users.csv"_s);
    QString error;
    QVERIFY(!SpreadsheetExport::write(path, {user(u"alice"_s, u"aaaaaaaa"_s)}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
