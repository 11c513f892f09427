// SPDX-License-Identifier: MIT
// libFuzzer target for CsvReader (built by tools/fuzz, never by the normal build). Beyond "no crash, no
// hang, no sanitizer report", it checks what must hold for any input: an error has a sane position and
// a message naming it, and whatever reads cleanly writes back (CsvWriter) and reads again to the same
// fields. The user mapping runs on every clean result too.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/usercsvreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "csvreader_fuzz: %s\n", what);
    std::abort();
}

void checkError(const CsvError &error)
{
    if (error.recordLine < 1 || error.line < error.recordLine || error.column < 1)
        fail("error position out of range");
    if (!error.message.startsWith(u"Line %1, column %2"_s.arg(error.line).arg(error.column)))
        fail("error message does not name line and column");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CsvReader reader;
    reader.setMaxBytes(1024 * 1024);
    const CsvReadResult result = reader.read(input);
    if (!result.ok()) {
        if (!result.records.isEmpty())
            fail("records returned with an error");
        checkError(*result.error);
        return 0;
    }

    int previousLine = 0;
    CsvWriter writer(CsvWriter::Formulas::Keep, result.delimiter);
    for (const CsvRecord &record : result.records) {
        if (record.line <= previousLine || record.fields.isEmpty())
            fail("record lines not increasing, or a record without fields");
        previousLine = record.line;
        writer.addRecord(record.fields);
    }
    CsvReader again;
    again.setDelimiter(result.delimiter); // the header may detect differently once quoting has changed
    again.setMaxBytes(16 * 1024 * 1024);
    const CsvReadResult back = again.read(writer.data());
    if (!back.ok())
        fail("the writer's output does not read back");
    if (back.records.size() != result.records.size())
        fail("round trip changed the number of records");
    for (qsizetype i = 0; i < back.records.size(); ++i) {
        if (back.records[i].fields != result.records[i].fields)
            fail("round trip changed a record");
    }

    const UserCsvResult users = UserCsvReader::fromRecords(result);
    if (users.error)
        checkError(*users.error);
    for (const CsvError &error : users.rowErrors)
        checkError(error);
    return 0;
}
