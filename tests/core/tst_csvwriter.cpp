// SPDX-License-Identifier: MIT
// CsvWriter: RFC 4180 quoting and CRLF, the formula guard for spreadsheets, and write → read round trips.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Records = QList<QStringList>;

QString randomField(QRandomGenerator &random)
{
    // Every character that changes how a field is written, plus multi-byte ones and a BOM look-alike.
    static const QStringList pieces{u"a"_s,  u"Z"_s,    u" "_s,  u"\""_s,     u","_s,    u";"_s,       u"\t"_s, u"\r"_s,
                                    u"\n"_s, u"\r\n"_s, u"="_s,  u"+"_s,      u"-"_s,    u"@"_s,       u"'"_s,  u"é"_s,
                                    u"€"_s,  u"😀"_s,    u"名"_s, u"\uFEFF"_s, u"\"\""_s, u"=SUM(A1)"_s};
    QString field;
    const int length = random.bounded(7);
    for (int i = 0; i < length; ++i)
        field += pieces[random.bounded(pieces.size())];
    return field;
}

Records randomRecords(QRandomGenerator &random)
{
    Records records;
    const int count = 1 + random.bounded(6);
    for (int r = 0; r < count; ++r) {
        QStringList fields;
        const int width = 1 + random.bounded(5);
        for (int f = 0; f < width; ++f)
            fields.append(randomField(random));
        records.append(fields);
    }
    return records;
}

QString neutralised(const QString &field)
{
    static const QString triggers = u"=+-@\t\r"_s;
    return !field.isEmpty() && triggers.contains(field.front()) ? u"'"_s + field : field;
}

Records readBack(const QByteArray &data, char delimiter)
{
    CsvReader reader;
    reader.setDelimiter(delimiter);
    const CsvReadResult result = reader.read(data);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error->message));
    Records records;
    for (const CsvRecord &record : result.records)
        records.append(record.fields);
    return records;
}
} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesFields_data();
    void encodesFields();
    void endsEveryRecordWithCrlf();
    void keepsARecordOfOneEmptyField();
    void writesAByteOrderMarkOnRequest();
    void roundTripsRandomRecords_data();
    void roundTripsRandomRecords();
    void roundTripsWithDelimiterDetection();
};

void TestCsvWriter::encodesFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain") << u"alice"_s << int(',') << false << "alice"_ba;
    QTest::newRow("empty") << QString() << int(',') << false << ""_ba;
    QTest::newRow("comma") << u"a,b"_s << int(',') << false << "\"a,b\""_ba;
    QTest::newRow("comma, semicolon file") << u"a,b"_s << int(';') << false << "a,b"_ba;
    QTest::newRow("semicolon") << u"a;b"_s << int(';') << false << "\"a;b\""_ba;
    QTest::newRow("tab, comma file") << u"a\tb"_s << int(',') << false << "a\tb"_ba;
    QTest::newRow("tab, tab file") << u"a\tb"_s << int('\t') << false << "\"a\tb\""_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << int(',') << false << "\"say \"\"hi\"\"\""_ba;
    QTest::newRow("cr") << u"a\rb"_s << int(',') << false << "\"a\rb\""_ba;
    QTest::newRow("lf") << u"a\nb"_s << int(',') << false << "\"a\nb\""_ba;
    QTest::newRow("spaces") << u" a "_s << int(',') << false << " a "_ba;
    QTest::newRow("unicode") << u"名前€"_s << int(',') << false << "名前€"_ba;
    QTest::newRow("bom look-alike") << u"\uFEFFx"_s << int(',') << false << "\"\xEF\xBB\xBFx\""_ba;
    QTest::newRow("formula kept") << u"=1+2"_s << int(',') << false << "=1+2"_ba;
    QTest::newRow("at kept") << u"@x"_s << int(',') << false << "@x"_ba;
    QTest::newRow("=") << u"=1+2"_s << int(',') << true << "'=1+2"_ba;
    QTest::newRow("+") << u"+1"_s << int(',') << true << "'+1"_ba;
    QTest::newRow("-") << u"-1"_s << int(',') << true << "'-1"_ba;
    QTest::newRow("@") << u"@SUM(A1)"_s << int(',') << true << "'@SUM(A1)"_ba;
    QTest::newRow("tab first") << u"\tx"_s << int(',') << true << "'\tx"_ba;
    QTest::newRow("tab first, tab file") << u"\tx"_s << int('\t') << true << "\"'\tx\""_ba;
    QTest::newRow("cr first") << u"\rx"_s << int(',') << true << "\"'\rx\""_ba;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << int(',') << true << "\"'=A1,B1\""_ba;
    QTest::newRow("= later") << u"a=b"_s << int(',') << true << "a=b"_ba;
    QTest::newRow("lf first") << u"\nx"_s << int(',') << true << "\"\nx\""_ba;
    QTest::newRow("empty neutralised") << QString() << int(',') << true << ""_ba;
}

void TestCsvWriter::encodesFields()
{
    QFETCH(QString, field);
    QFETCH(int, delimiter);
    QFETCH(bool, neutralise);
    QFETCH(QByteArray, encoded);
    const auto formulas = neutralise ? CsvWriter::Formulas::Neutralise : CsvWriter::Formulas::Keep;
    QCOMPARE(CsvWriter::encodeField(field, char(delimiter), formulas), encoded);
}

void TestCsvWriter::endsEveryRecordWithCrlf()
{
    CsvWriter writer;
    writer.addRecord({u"username"_s, u"password"_s, u"role"_s});
    writer.addRecord({u"alice"_s, u"p,w"_s, u"admin"_s});
    writer.addRecord({u"bob"_s, QString(), u"user"_s});
    QCOMPARE(writer.data(), "username,password,role\r\nalice,\"p,w\",admin\r\nbob,,user\r\n"_ba);
    QCOMPARE(writer.takeData().size(), 54);
    QVERIFY(writer.data().isEmpty());
}

void TestCsvWriter::keepsARecordOfOneEmptyField()
{
    CsvWriter writer;
    writer.addRecord({u"a"_s});
    writer.addRecord({QString()});
    writer.addRecord({u"b"_s});
    QCOMPARE(writer.data(), "a\r\n\"\"\r\nb\r\n"_ba);
    QCOMPARE(readBack(writer.data(), ','), (Records{{u"a"_s}, {QString()}, {u"b"_s}}));
}

void TestCsvWriter::writesAByteOrderMarkOnRequest()
{
    CsvWriter writer(CsvWriter::Formulas::Neutralise, ';');
    writer.setByteOrderMark(true);
    writer.addRecord({u"x"_s, u"=y"_s});
    QCOMPARE(writer.data(), "\xEF\xBB\xBFx;'=y\r\n"_ba);
    QCOMPARE(readBack(writer.data(), ';'), (Records{{u"x"_s, u"'=y"_s}}));
}

void TestCsvWriter::roundTripsRandomRecords_data()
{
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<bool>("neutralise");
    for (const char delimiter : {',', ';', '\t'}) {
        for (const bool neutralise : {false, true}) {
            QTest::addRow("%s, %s", delimiter == '\t' ? "tab" : QByteArray(1, delimiter).constData(),
                          neutralise ? "neutralised" : "kept")
                    << int(delimiter) << neutralise;
        }
    }
}

void TestCsvWriter::roundTripsRandomRecords()
{
    QFETCH(int, delimiter);
    QFETCH(bool, neutralise);
    QRandomGenerator random(20260 + delimiter + (neutralise ? 1 : 0));
    for (int i = 0; i < 2000; ++i) {
        const Records records = randomRecords(random);
        CsvWriter writer(neutralise ? CsvWriter::Formulas::Neutralise : CsvWriter::Formulas::Keep, char(delimiter));
        writer.setByteOrderMark(i % 2 == 0);
        Records expected;
        for (const QStringList &record : records) {
            writer.addRecord(record);
            QStringList fields = record;
            if (neutralise)
                std::transform(fields.begin(), fields.end(), fields.begin(), neutralised);
            expected.append(fields);
        }
        const Records actual = readBack(writer.data(), char(delimiter));
        if (actual != expected)
            QFAIL(qPrintable(u"Round trip %1 changed the records; written: %2"_s.arg(i).arg(
                    QString::fromLatin1(writer.data().toPercentEncoding()))));
    }
}

void TestCsvWriter::roundTripsWithDelimiterDetection()
{
    // The usual case: the export's header decides, and the reader finds the delimiter by itself.
    for (const char delimiter : {',', ';', '\t'}) {
        CsvWriter writer(CsvWriter::Formulas::Keep, delimiter);
        const Records records{{u"username"_s, u"password"_s, u"role"_s},
                              {u"a,b"_s, u"x;y\tz\"\r\n"_s, u"admin"_s},
                              {u"=cmd"_s, u"\uFEFF"_s, QString()}};
        for (const QStringList &record : records)
            writer.addRecord(record);
        const CsvReadResult result = CsvReader().read(writer.data());
        QVERIFY(result.ok());
        QCOMPARE(result.delimiter, delimiter);
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records[2].line, 4); // the CRLF inside the password field is a line of its own
        for (int i = 0; i < 3; ++i)
            QCOMPARE(result.records[i].fields, records[i]);
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
