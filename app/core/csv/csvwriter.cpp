// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <utility>

CsvWriter::CsvWriter(Formulas formulas, char delimiter)
    : m_formulas(formulas)
{
    setDelimiter(delimiter);
}

void CsvWriter::setDelimiter(char delimiter)
{
    Q_ASSERT(delimiter == ',' || delimiter == ';' || delimiter == '\t');
    m_delimiter = delimiter;
}

void CsvWriter::setByteOrderMark(bool on)
{
    Q_ASSERT(m_data.isEmpty() || m_data == "\xEF\xBB\xBF");
    m_data = on ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

void CsvWriter::addRecord(const QStringList &fields)
{
    // A record of one empty field would be an empty line, which readers skip: quote it to keep it.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_data += "\"\"\r\n";
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data += m_delimiter;
        m_data += encodeField(fields[i], m_delimiter, m_formulas);
    }
    m_data += "\r\n";
}

QByteArray CsvWriter::encodeField(QStringView field, char delimiter, Formulas formulas)
{
    QByteArray bytes = field.toUtf8();
    if (formulas == Formulas::Neutralise && !bytes.isEmpty()) {
        const char first = bytes.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
            bytes.prepend('\'');
    }
    // A leading U+FEFF in the file's first field would be taken for a byte order mark and dropped; quoting
    // keeps it a character. Quoting it everywhere is harmless and simpler than knowing the position.
    bool quote = bytes.startsWith("\xEF\xBB\xBF");
    for (const char c : std::as_const(bytes)) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    QByteArray quoted;
    quoted.reserve(bytes.size() + 2);
    quoted += '"';
    for (const char c : std::as_const(bytes)) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    quoted += '"';
    return quoted;
}
