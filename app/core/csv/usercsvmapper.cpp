// SPDX-License-Identifier: MIT
#include "usercsvmapper.h"

#include "csvheader.h"
#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace {
// Record-level problems point at the record's first column: fields keep no positions of their own,
// which keeps 100,000 rows cheap, and the message names the field instead.
CsvError recordError(CsvError::Kind kind, int line, const QString &what)
{
    return CsvError{kind, line, 1, line, CsvReader::positionedMessage(line, 1, line, what)};
}
} // namespace

const QStringList &UserCsvMapper::requiredColumns()
{
    static const QStringList columns{u"username"_s, u"password"_s, u"role"_s};
    return columns;
}

bool UserCsvMapper::add(const CsvRecord &record)
{
    if (m_result.error)
        return false;
    if (!m_haveHeader)
        return readHeader(record);
    addRow(record);
    return true;
}

UserCsvResult UserCsvMapper::finish(const CsvReadResult &status)
{
    UserCsvResult result = std::move(m_result);
    m_result = {};
    result.delimiter = status.delimiter;
    if (status.error) {
        result.error = status.error; // the rows before a broken spot are not to be trusted either
    } else if (!m_haveHeader && !result.error) {
        result.error = recordError(CsvError::Kind::MissingColumn, 1,
                                   tr("the file is empty; it needs a header line naming the columns %1.")
                                           .arg(requiredColumns().join(u", ")));
    }
    if (result.error) {
        result.rows.clear();
        result.rowErrors.clear();
    }
    return result;
}

bool UserCsvMapper::readHeader(const CsvRecord &record)
{
    m_haveHeader = true;
    const CsvHeader header(record.fields);
    m_columnCount = header.columnCount();
    QStringList missing, repeated;
    qsizetype *const columns[] = {&m_username, &m_password, &m_role};
    for (qsizetype i = 0; i < requiredColumns().size(); ++i) {
        const QList<qsizetype> found = header.columnsNamed(requiredColumns()[i]);
        if (found.isEmpty())
            missing.append(requiredColumns()[i]);
        else if (found.size() > 1)
            repeated.append(requiredColumns()[i]); // which one is meant is anybody's guess
        else
            *columns[i] = found.front();
    }
    if (!missing.isEmpty()) {
        m_result.error = recordError(CsvError::Kind::MissingColumn, record.line,
                                     tr("the header has no column named %1 (it has: %2).")
                                             .arg(missing.join(u", "), record.fields.join(u", ")));
    } else if (!repeated.isEmpty()) {
        m_result.error = recordError(CsvError::Kind::DuplicateColumn, record.line,
                                     tr("the header names the column %1 more than once.").arg(repeated.join(u", ")));
    }
    return !m_result.error;
}

void UserCsvMapper::addRow(const CsvRecord &record)
{
    // A line of spaces is a slip of the keyboard, not a user; the server skips it too.
    if (record.fields.size() == 1 && record.fields.front().trimmed().isEmpty())
        return;
    if (record.fields.size() != m_columnCount) {
        m_result.rowErrors.append(
                recordError(CsvError::Kind::ColumnCount, record.line,
                            tr("this row has %n field(s), but the header has %1.", nullptr, int(record.fields.size()))
                                    .arg(m_columnCount)));
        return;
    }
    // Kept exactly as written: the import preview flags surrounding spaces instead of trimming them away
    // unseen (a name " bob" is not "bob" to the server's create call).
    UserCsvRow row{record.line, record.fields[m_username], record.fields[m_password], record.fields[m_role]};
    const bool noName = row.username.trimmed().isEmpty();
    if (noName || row.password.isEmpty()) {
        const QString what = noName ? tr("the username is empty.") : tr("the password is empty.");
        m_result.rowErrors.append(recordError(CsvError::Kind::EmptyValue, record.line, what));
        return;
    }
    m_result.rows.append(std::move(row));
}
