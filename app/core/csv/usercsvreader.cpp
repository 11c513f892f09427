// SPDX-License-Identifier: MIT
#include "usercsvreader.h"

#include "csvheader.h"

using namespace Qt::StringLiterals;

namespace {
// Record-level problems point at the record's first column: fields keep no positions of their own,
// which keeps 100,000 rows cheap, and the message names the field instead.
CsvError recordError(CsvError::Kind kind, int line, const QString &what)
{
    return CsvError{kind, line, 1, line, CsvReader::positionedMessage(line, 1, line, what)};
}
} // namespace

const QStringList &UserCsvReader::requiredColumns()
{
    static const QStringList columns{u"username"_s, u"password"_s, u"role"_s};
    return columns;
}

UserCsvResult UserCsvReader::read(QByteArrayView data) const
{
    return fromRecords(m_reader.read(data));
}

UserCsvResult UserCsvReader::readFile(const QString &path) const
{
    return fromRecords(m_reader.readFile(path));
}

UserCsvResult UserCsvReader::fromRecords(CsvReadResult records)
{
    UserCsvResult result;
    result.delimiter = records.delimiter;
    if (!records.ok()) {
        result.error = records.error;
        return result;
    }
    if (records.records.isEmpty()) {
        result.error = recordError(CsvError::Kind::MissingColumn, 1,
                                   tr("the file is empty; it needs a header line naming the columns %1.")
                                           .arg(requiredColumns().join(u", ")));
        return result;
    }

    const CsvRecord &headerRecord = records.records.front();
    const CsvHeader header(headerRecord.fields);
    QStringList missing, repeated;
    qsizetype column[3] = {};
    for (qsizetype i = 0; i < requiredColumns().size(); ++i) {
        const QList<qsizetype> found = header.columnsNamed(requiredColumns()[i]);
        if (found.isEmpty())
            missing.append(requiredColumns()[i]);
        else if (found.size() > 1)
            repeated.append(requiredColumns()[i]); // which one is meant is anybody's guess
        else
            column[i] = found.front();
    }
    if (!missing.isEmpty()) {
        result.error = recordError(CsvError::Kind::MissingColumn, headerRecord.line,
                                   tr("the header has no column named %1 (it has: %2).")
                                           .arg(missing.join(u", "), headerRecord.fields.join(u", ")));
        return result;
    }
    if (!repeated.isEmpty()) {
        result.error = recordError(CsvError::Kind::DuplicateColumn, headerRecord.line,
                                   tr("the header names the column %1 more than once.").arg(repeated.join(u", ")));
        return result;
    }

    result.rows.reserve(records.records.size() - 1);
    for (qsizetype r = 1; r < records.records.size(); ++r) {
        const CsvRecord &record = records.records[r];
        // A line of spaces is a slip of the keyboard, not a user; the server skips it too.
        if (record.fields.size() == 1 && record.fields.front().trimmed().isEmpty())
            continue;
        if (record.fields.size() != header.columnCount()) {
            result.rowErrors.append(recordError(CsvError::Kind::ColumnCount, record.line,
                                                tr("this row has %1 fields, but the header has %2.")
                                                        .arg(record.fields.size())
                                                        .arg(header.columnCount())));
            continue;
        }
        UserCsvRow row{record.line, record.fields[column[0]].trimmed(), record.fields[column[1]],
                       record.fields[column[2]].trimmed()};
        if (row.username.isEmpty() || row.password.isEmpty()) {
            const QString what = row.username.isEmpty() ? tr("the username is empty.") : tr("the password is empty.");
            result.rowErrors.append(recordError(CsvError::Kind::EmptyValue, record.line, what));
            continue;
        }
        result.rows.append(std::move(row));
    }
    return result;
}
