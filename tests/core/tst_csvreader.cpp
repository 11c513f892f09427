// SPDX-License-Identifier: MIT
// CsvReader: RFC 4180 records with their line numbers, delimiter detection, and every malformed input
// refused with its line and column.
#include "csv/csvreader.h"

#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Records = QList<QStringList>;

QString expectedPrefix(int line, int column)
{
    return u"Line %1, column %2"_s.arg(line).arg(column);
}
} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecords_data();
    void readsRecords();
    void refusesMalformedInputWithItsPosition_data();
    void refusesMalformedInputWithItsPosition();
    void detectsTheDelimiterFromTheHeaderOnly_data();
    void detectsTheDelimiterFromTheHeaderOnly();
    void forcedDelimiterWins();
    void streamsRecordsAndStopsWhenAsked();
    void streamsTheRecordsBeforeAnError();
    void refusesInputOverTheSizeLimitBeforeParsing();
    void refusesAFileOverTheSizeLimitByItsSize();
    void readsAFile();
    void reportsAFileThatCannotBeOpened();
    void randomBytesNeverCrashAndErrorsHavePositions();
};

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<int>("delimiter");

    const Records ab12{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << ab12 << QList<int>{1, 2} << int(',');
    QTest::newRow("lf") << "a,b\n1,2\n"_ba << ab12 << QList<int>{1, 2} << int(',');
    QTest::newRow("cr") << "a,b\r1,2\r"_ba << ab12 << QList<int>{1, 2} << int(',');
    QTest::newRow("no final line end") << "a,b\n1,2"_ba << ab12 << QList<int>{1, 2} << int(',');
    QTest::newRow("mixed line ends") << "a\r\nb\nc\rd"_ba << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}}
                                     << QList<int>{1, 2, 3, 4} << int(',');
    QTest::newRow("trailing blank lines") << "a,b\n1,2\n\n\r\n\r\n\n"_ba << ab12 << QList<int>{1, 2} << int(',');
    QTest::newRow("blank lines between") << "a\n\n\r\n\rb\n"_ba << Records{{u"a"_s}, {u"b"_s}} << QList<int>{1, 5}
                                         << int(',');
    QTest::newRow("leading blank lines") << "\n\na\n"_ba << Records{{u"a"_s}} << QList<int>{3} << int(',');
    QTest::newRow("empty input") << QByteArray() << Records{} << QList<int>{} << int(',');
    QTest::newRow("only a bom") << "\xEF\xBB\xBF"_ba << Records{} << QList<int>{} << int(',');
    QTest::newRow("bom") << "\xEF\xBB\xBFusername,role\nx,y"_ba << Records{{u"username"_s, u"role"_s}, {u"x"_s, u"y"_s}}
                         << QList<int>{1, 2} << int(',');
    QTest::newRow("u+feff inside a field is data")
            << "\xEF\xBB\xBF\xEF\xBB\xBF"
               "a,\xEF\xBB\xBF"
               "b,\"\xEF\xBB\xBF\"\"\""_ba
            << Records{{u"\uFEFFa"_s, u"\uFEFFb"_s, u"\uFEFF\""_s}} << QList<int>{1} << int(',');
    QTest::newRow("quoted comma") << "\"x,y\",z\n"_ba << Records{{u"x,y"_s, u"z"_s}} << QList<int>{1} << int(',');
    QTest::newRow("doubled quotes") << "\"he said \"\"hi\"\"\",\"\"\"\"\n"_ba << Records{{u"he said \"hi\""_s, u"\""_s}}
                                    << QList<int>{1} << int(',');
    QTest::newRow("crlf in quotes") << "a,b\r\n\"l1\r\nl2\",x\r\n3,4\r\n"_ba
                                    << Records{{u"a"_s, u"b"_s}, {u"l1\r\nl2"_s, u"x"_s}, {u"3"_s, u"4"_s}}
                                    << QList<int>{1, 2, 4} << int(',');
    QTest::newRow("lf and cr in quotes") << "\"1\n2\r3\"\nz"_ba << Records{{u"1\n2\r3"_s}, {u"z"_s}} << QList<int>{1, 4}
                                         << int(',');
    QTest::newRow("empty fields") << ",,\n"_ba << Records{{QString(), QString(), QString()}} << QList<int>{1}
                                  << int(',');
    QTest::newRow("delimiter at the end") << "a,"_ba << Records{{u"a"_s, QString()}} << QList<int>{1} << int(',');
    QTest::newRow("quoted empty") << "\"\"\n\"\",\"\""_ba << Records{{QString()}, {QString(), QString()}}
                                  << QList<int>{1, 2} << int(',');
    QTest::newRow("quoted at end of input") << "a,\"b\""_ba << Records{{u"a"_s, u"b"_s}} << QList<int>{1} << int(',');
    QTest::newRow("spaces kept") << " a , b \n"_ba << Records{{u" a "_s, u" b "_s}} << QList<int>{1} << int(',');
    QTest::newRow("unicode") << "名前,ü\n😀,\"é,€\"\n"_ba << Records{{u"名前"_s, u"ü"_s}, {u"😀"_s, u"é,€"_s}}
                             << QList<int>{1, 2} << int(',');
    QTest::newRow("semicolon") << "a;b;c\n1,5;2;3"_ba << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1,5"_s, u"2"_s, u"3"_s}}
                               << QList<int>{1, 2} << int(';');
    QTest::newRow("tab") << "a\tb\n\"x\ty\"\t2"_ba << Records{{u"a"_s, u"b"_s}, {u"x\ty"_s, u"2"_s}} << QList<int>{1, 2}
                         << int('\t');
    QTest::newRow("formula text kept") << "=1+2,@x\n"_ba << Records{{u"=1+2"_s, u"@x"_s}} << QList<int>{1} << int(',');
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    QFETCH(int, delimiter);

    const CsvReadResult result = CsvReader().read(input);
    // QVERIFY2 evaluates its message even on success, so it must not touch an empty error.
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error->message));
    QCOMPARE(result.delimiter, char(delimiter));
    Records fields;
    QList<int> starts;
    for (const CsvRecord &record : result.records) {
        fields.append(record.fields);
        starts.append(record.line);
    }
    QCOMPARE(fields, records);
    QCOMPARE(starts, lines);
}

void TestCsvReader::refusesMalformedInputWithItsPosition_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvError::Kind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("recordLine");

    using K = CsvError::Kind;
    QTest::newRow("unterminated quote") << "a,b\n1,\"xyz\n"_ba << K::UnterminatedQuote << 2 << 3 << 2;
    QTest::newRow("unterminated over lines") << "a,b\n1,\"x\ny\nz"_ba << K::UnterminatedQuote << 2 << 3 << 2;
    QTest::newRow("a lone quote") << "\""_ba << K::UnterminatedQuote << 1 << 1 << 1;
    QTest::newRow("junk after quote") << "a,b\n\"x\"y,2\n"_ba << K::JunkAfterQuote << 2 << 4 << 2;
    QTest::newRow("space after quote") << "\"x\" ,2\n"_ba << K::JunkAfterQuote << 1 << 4 << 1;
    QTest::newRow("junk after quote, later line") << "h\n\"a\nb\"x\n"_ba << K::JunkAfterQuote << 3 << 3 << 2;
    QTest::newRow("stray quote") << "a,b\nx\"y,2\n"_ba << K::StrayQuote << 2 << 2 << 2;
    QTest::newRow("quote after a space") << "a, \"b\"\n"_ba << K::StrayQuote << 1 << 4 << 1;
    QTest::newRow("nul unquoted") << "a,b\n1,\0"_ba << K::NulByte << 2 << 3 << 2;
    QTest::newRow("nul quoted") << "\"ab\ncd\0\""_ba << K::NulByte << 2 << 3 << 1;
    QTest::newRow("invalid byte") << "a,b\nü\xFF"_ba << K::InvalidUtf8 << 2 << 2 << 2;
    QTest::newRow("latin-1") << "name\nJos\xE9\n"_ba << K::InvalidUtf8 << 2 << 4 << 2;
    QTest::newRow("overlong") << "\xC0\xAF"_ba << K::InvalidUtf8 << 1 << 1 << 1;
    QTest::newRow("overlong 3 bytes") << "x\xE0\x80\xAF"_ba << K::InvalidUtf8 << 1 << 2 << 1;
    QTest::newRow("surrogate") << "ab\xED\xA0\x80"_ba << K::InvalidUtf8 << 1 << 3 << 1;
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << K::InvalidUtf8 << 1 << 1 << 1;
    QTest::newRow("truncated at the end") << "€\xE2\x82"_ba << K::InvalidUtf8 << 1 << 2 << 1;
    QTest::newRow("lone continuation") << "a\n\x80"_ba << K::InvalidUtf8 << 2 << 1 << 2;
    QTest::newRow("invalid in quotes, later line") << "h\n\"a\nb\xFF\"\n"_ba << K::InvalidUtf8 << 3 << 2 << 2;
    QTest::newRow("bom not counted") << "\xEF\xBB\xBF"
                                        "a\"b"_ba
                                     << K::StrayQuote << 1 << 2 << 1;
    QTest::newRow("cr lines counted") << "a\rb\r\"c"_ba << K::UnterminatedQuote << 3 << 1 << 3;
}

void TestCsvReader::refusesMalformedInputWithItsPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvError::Kind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, recordLine);

    const CsvReadResult result = CsvReader().read(input);
    QVERIFY(!result.ok());
    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(result.error->line, line);
    QCOMPARE(result.error->column, column);
    QCOMPARE(result.error->recordLine, recordLine);
    QVERIFY2(result.error->message.startsWith(expectedPrefix(line, column)), qPrintable(result.error->message));
    if (recordLine != line)
        QVERIFY(result.error->message.contains(u"starts on line %1"_s.arg(recordLine)));
}

void TestCsvReader::detectsTheDelimiterFromTheHeaderOnly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("delimiter");
    QTest::newRow("none") << "username"_ba << int(',');
    QTest::newRow("comma") << "a,b;c,d"_ba << int(',');
    QTest::newRow("semicolon") << "a;b;c,d"_ba << int(';');
    QTest::newRow("tab") << "a\tb\tc;d"_ba << int('\t');
    QTest::newRow("tie comma semicolon") << "a,b;c"_ba << int(',');
    QTest::newRow("tie semicolon tab") << "a;b\tc"_ba << int(';');
    QTest::newRow("inside quotes ignored") << "\"a;b;c\",d"_ba << int(',');
    QTest::newRow("quoted line break") << "\"x\n,,\";a;b"_ba << int(';');
    QTest::newRow("second line ignored") << "a;b\n1,2,3,4"_ba << int(';');
    QTest::newRow("after bom and blank lines") << "\xEF\xBB\xBF\r\n\na;b"_ba << int(';');
}

void TestCsvReader::detectsTheDelimiterFromTheHeaderOnly()
{
    QFETCH(QByteArray, input);
    QFETCH(int, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(input), char(delimiter));
}

void TestCsvReader::forcedDelimiterWins()
{
    CsvReader reader;
    reader.setDelimiter(';');
    const CsvReadResult result = reader.read("a,b;c\n");
    QVERIFY(result.ok());
    QCOMPARE(result.delimiter, ';');
    QCOMPARE(result.records.front().fields, (QStringList{u"a,b"_s, u"c"_s}));
}

void TestCsvReader::streamsRecordsAndStopsWhenAsked()
{
    QList<CsvRecord> seen;
    const CsvReadResult result
            = CsvReader().read("a;b\n\"1\n2\";3\nx;y\nnever;read\n", [&seen](const CsvRecord &record) {
                  seen.append(record);
                  return seen.size() < 3;
              });
    QVERIFY(result.ok());
    QVERIFY(result.records.isEmpty()); // the sink had them
    QCOMPARE(result.delimiter, ';');
    QCOMPARE(seen, (QList<CsvRecord>{{1, {u"a"_s, u"b"_s}}, {2, {u"1\n2"_s, u"3"_s}}, {4, {u"x"_s, u"y"_s}}}));
}

void TestCsvReader::streamsTheRecordsBeforeAnError()
{
    int seen = 0;
    const CsvReadResult result = CsvReader().read("a\nb\n\"c", [&seen](const CsvRecord &) {
        ++seen;
        return true;
    });
    QCOMPARE(seen, 2);
    QCOMPARE(result.error->kind, CsvError::Kind::UnterminatedQuote);
    QCOMPARE(result.error->line, 3);
}

void TestCsvReader::refusesInputOverTheSizeLimitBeforeParsing()
{
    CsvReader reader;
    QCOMPARE(reader.maxBytes(), qsizetype(32) * 1024 * 1024);
    reader.setMaxBytes(10);
    QVERIFY(reader.read("0123456789").ok());
    // Malformed too: the size is checked first, so the message is about the size.
    const CsvReadResult result = reader.read("\"123456789\xFF");
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, CsvError::Kind::TooLarge);
    QVERIFY(!result.error->hasPosition());
    QVERIFY2(result.error->message.contains(u"11 bytes"_s) && result.error->message.contains(u"10 bytes"_s),
             qPrintable(result.error->message));
}

void TestCsvReader::refusesAFileOverTheSizeLimitByItsSize()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(5000, 'x'));
    file.close();
    CsvReader reader;
    reader.setMaxBytes(4096);
    const CsvReadResult result = reader.readFile(file.fileName());
    QCOMPARE(result.error->kind, CsvError::Kind::TooLarge);
    reader.setMaxBytes(5000);
    QVERIFY(reader.readFile(file.fileName()).ok());
}

void TestCsvReader::readsAFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("\xEF\xBB\xBFusername;password;role\r\nalice;\"p;w\";admin\r\n");
    file.close();
    const CsvReadResult result = CsvReader().readFile(file.fileName());
    QVERIFY(result.ok());
    QCOMPARE(result.delimiter, ';');
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1].fields, (QStringList{u"alice"_s, u"p;w"_s, u"admin"_s}));
}

void TestCsvReader::reportsAFileThatCannotBeOpened()
{
    const CsvReadResult result = CsvReader().readFile(u"/nonexistent/users.csv"_s);
    QCOMPARE(result.error->kind, CsvError::Kind::CannotOpen);
    QVERIFY(result.error->message.contains(u"/nonexistent/users.csv"_s));
}

void TestCsvReader::randomBytesNeverCrashAndErrorsHavePositions()
{
    // A small alphabet of the bytes that matter, so that odd combinations come up often.
    const QByteArray alphabet = "ab,;\t\"\"\r\n \x00\xC3\xA9\xFF\xE2\x82\xAC"_ba;
    QRandomGenerator random(4180);
    for (int i = 0; i < 3000; ++i) {
        QByteArray input;
        const int size = random.bounded(40);
        for (int j = 0; j < size; ++j)
            input += alphabet[random.bounded(alphabet.size())];
        const CsvReadResult result = CsvReader().read(input);
        if (!result.ok()) {
            QVERIFY(result.error->line >= result.error->recordLine && result.error->recordLine >= 1);
            QVERIFY(result.error->column >= 1);
            QVERIFY2(result.error->message.startsWith(expectedPrefix(result.error->line, result.error->column)),
                     qPrintable(result.error->message));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
