// SPDX-License-Identifier: MIT
// The users CSV import with 100,000 rows: parse alone, parse + map + validate (UserCsvReader), writing
// the same rows back, and the peak memory the import needs above the input. Prints one
// "bench: <name>=<value>" line per figure; never fails on timing.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/usercsvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int RowCount = 100'000;
constexpr int Runs = 5;

/// 100,000 users as an admin would export them from a spreadsheet: an extra column, CRLF, every tenth
/// name quoted with a comma, some doubled quotes and non-ASCII text, bcrypt-length passwords.
QByteArray usersCsv()
{
    QByteArray csv;
    csv.reserve(RowCount * 100);
    csv += "username,password,role,email\r\n";
    for (int i = 0; i < RowCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 10 == 0)
            csv += "\"smith, j" + n + "\"";
        else if (i % 10 == 1)
            csv += "jos\xC3\xA9" + n;
        else
            csv += "user" + n;
        csv += ',';
        if (i % 7 == 0)
            csv += "\"pa\"\"ss,word" + n + "\"";
        else
            csv += "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMU" + n.right(2);
        csv += i % 20 == 0 ? ",admin," : ",user,";
        csv += "u" + n + "@example.com\r\n";
    }
    return csv;
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double medianMs(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run)
        times.push_back(elapsedMs(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *name, double value)
{
    qInfo("bench: %s=%.1f", name, value);
}

/// A field of /proc/self/status in KiB ("VmRSS", "VmHWM").
double statusKib(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

/// Resets the peak RSS (VmHWM) to the current RSS, so that the next peak belongs to the work measured.
bool resetPeak()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double heapBytes()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray csv = usersCsv();
    report("csv_body_kib", static_cast<double>(csv.size()) / 1024.0);

    // Memory first, on a fresh heap: the peak above the input while importing, and what the result keeps.
    {
        const double heapBefore = heapBytes();
        const double rssBefore = statusKib("VmRSS");
        const bool peakReset = resetPeak();
        UserCsvResult result = UserCsvReader().read(csv);
        const double peak = statusKib("VmHWM");
        if (!result.ok() || result.rows.size() != RowCount)
            qFatal("bench: the generated CSV did not import: %s", qPrintable(result.error->message));
        report("import_100k_peak_extra_rss_kib", peakReset ? peak - rssBefore : -1);
        report("import_100k_result_heap_bytes_per_row", (heapBytes() - heapBefore) / RowCount);
    }

    report("parse_100k_ms", medianMs([&] {
               if (CsvReader().read(csv).records.size() != RowCount + 1)
                   qFatal("bench: wrong record count");
           }));
    report("parse_and_validate_100k_ms", medianMs([&] {
               if (UserCsvReader().read(csv).rows.size() != RowCount)
                   qFatal("bench: wrong row count");
           }));

    const CsvReadResult records = CsvReader().read(csv);
    report("write_100k_ms", medianMs([&] {
               CsvWriter writer(CsvWriter::Formulas::Neutralise);
               for (const CsvRecord &record : records.records)
                   writer.addRecord(record.fields);
               if (writer.data().size() < csv.size())
                   qFatal("bench: the written CSV is too short");
           }));
    return 0;
}
