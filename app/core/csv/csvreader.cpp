// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include "csvparser.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

void CsvReader::setMaxBytes(qsizetype bytes)
{
    m_maxBytes = qMax<qsizetype>(0, bytes);
}

void CsvReader::setDelimiter(std::optional<char> delimiter)
{
    Q_ASSERT(!delimiter || *delimiter == ',' || *delimiter == ';' || *delimiter == '\t');
    m_delimiter = delimiter;
}

CsvReadResult CsvReader::read(QByteArrayView data) const
{
    QList<CsvRecord> records;
    CsvReadResult result = read(data, [&records](const CsvRecord &record) {
        records.append(record);
        return true;
    });
    if (result.ok())
        result.records = std::move(records);
    return result;
}

CsvReadResult CsvReader::read(QByteArrayView data, const RecordSink &sink) const
{
    if (data.size() > m_maxBytes)
        return tooLarge(data.size());
    CsvReadResult result = CsvParser(data, m_delimiter.value_or(detectDelimiter(data))).parse(sink);
    if (result.error)
        result.error->message = describe(*result.error);
    return result;
}

CsvReadResult CsvReader::readFile(const QString &path) const
{
    QList<CsvRecord> records;
    CsvReadResult result = readFile(path, [&records](const CsvRecord &record) {
        records.append(record);
        return true;
    });
    if (result.ok())
        result.records = std::move(records);
    return result;
}

CsvReadResult CsvReader::readFile(const QString &path, const RecordSink &sink) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReadResult result;
        result.error
                = CsvError{CsvError::Kind::CannotOpen, 0, 0, 0, tr("Cannot open %1: %2").arg(path, file.errorString())};
        return result;
    }
    // Refuse by the size on disk, before reading a byte: a huge file must not fill the memory first.
    if (file.size() > m_maxBytes)
        return tooLarge(file.size());
    // read() rather than readAll(): a file that grows after the check still stops at the limit + 1.
    const QByteArray data = file.read(m_maxBytes + 1);
    return read(data, sink);
}

char CsvReader::detectDelimiter(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype i = 0;
    while (i < data.size() && (data[i] == '\r' || data[i] == '\n'))
        ++i;
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice, which is right
        else if (quoted)
            continue;
        else if (c == '\r' || c == '\n')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

QString CsvReader::positionedMessage(int line, int column, int recordLine, const QString &what)
{
    if (recordLine > 0 && recordLine != line)
        return tr("Line %1, column %2 (in the record that starts on line %3): %4")
                .arg(line)
                .arg(column)
                .arg(recordLine)
                .arg(what);
    return tr("Line %1, column %2: %3").arg(line).arg(column).arg(what);
}

CsvReadResult CsvReader::tooLarge(qint64 size) const
{
    const QLocale locale;
    CsvReadResult result;
    result.error = CsvError{CsvError::Kind::TooLarge, 0, 0, 0,
                            tr("The file is %1, more than the limit of %2, so it was not read.")
                                    .arg(locale.formattedDataSize(size), locale.formattedDataSize(m_maxBytes))};
    return result;
}

QString CsvReader::describe(const CsvError &error)
{
    QString what;
    switch (error.kind) {
    case CsvError::Kind::InvalidUtf8:
        what = tr("the text is not valid UTF-8; save the file as UTF-8 and try again.");
        break;
    case CsvError::Kind::NulByte:
        what = tr("the file contains a NUL byte, so it is not a text file.");
        break;
    case CsvError::Kind::UnterminatedQuote:
        what = tr("this quote is never closed.");
        break;
    case CsvError::Kind::JunkAfterQuote:
        what = tr("only a delimiter or the end of the line may follow a closing quote.");
        break;
    case CsvError::Kind::StrayQuote:
        what = tr("a quote inside a field must be written as two quotes, with the whole field in quotes.");
        break;
    default:
        what = tr("the file could not be read.");
        break;
    }
    return positionedMessage(error.line, error.column, error.recordLine, what);
}
