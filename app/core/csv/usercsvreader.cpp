// SPDX-License-Identifier: MIT
#include "usercsvreader.h"

#include "usercsvmapper.h"

UserCsvResult UserCsvReader::read(QByteArrayView data) const
{
    UserCsvMapper mapper;
    const CsvReadResult status = m_reader.read(data, [&mapper](const CsvRecord &record) { return mapper.add(record); });
    return mapper.finish(status);
}

UserCsvResult UserCsvReader::readFile(const QString &path) const
{
    UserCsvMapper mapper;
    const CsvReadResult status
            = m_reader.readFile(path, [&mapper](const CsvRecord &record) { return mapper.add(record); });
    return mapper.finish(status);
}

UserCsvResult UserCsvReader::readFile(const QString &path, const std::function<bool(int records)> &keepGoing) const
{
    UserCsvMapper mapper;
    int records = 0;
    const CsvReadResult status = m_reader.readFile(
            path, [&](const CsvRecord &record) { return mapper.add(record) && keepGoing(++records); });
    return mapper.finish(status);
}

UserCsvResult UserCsvReader::fromRecords(const CsvReadResult &records)
{
    UserCsvMapper mapper;
    for (const CsvRecord &record : records.records) {
        if (!mapper.add(record))
            break;
    }
    return mapper.finish(records);
}
