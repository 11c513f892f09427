// SPDX-License-Identifier: MIT
#pragma once

#include "csvreader.h"
#include "usercsvresult.h"

#include <functional>

/// Reads a users import file (see UserCsvMapper for the columns): CsvReader streams the records into
/// the mapper, so only the users themselves are kept. A record with the wrong number of fields, or
/// without a username or password, is reported by line and skipped; the other rows still count.
class UserCsvReader final
{
public:
    /// The underlying reader, to change the size limit or force a delimiter.
    CsvReader &csvReader() { return m_reader; }
    const CsvReader &csvReader() const { return m_reader; }

    UserCsvResult read(QByteArrayView data) const;
    UserCsvResult readFile(const QString &path) const;
    /// As readFile(), calling `keepGoing` with the number of records read so far after each one; when it
    /// returns false the read stops there (the result is then incomplete and only good for discarding).
    UserCsvResult readFile(const QString &path, const std::function<bool(int records)> &keepGoing) const;
    /// The mapping alone, for records read elsewhere (a preview, say).
    static UserCsvResult fromRecords(const CsvReadResult &records);

private:
    CsvReader m_reader;
};
