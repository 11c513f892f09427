// SPDX-License-Identifier: MIT
#include "csvparser.h"

#include <QStringDecoder>

#include <cstring>

namespace {
using uchar8 = unsigned char;

bool isContinuation(uchar8 c)
{
    return (c & 0xC0) == 0x80;
}

/// Length of the well-formed UTF-8 sequence starting at p (a non-ASCII byte), or 0. Rejects overlong
/// forms, surrogates and code points above U+10FFFF, so every field converts to QString losslessly and
/// writes back byte for byte.
int utf8Length(const uchar8 *p, const uchar8 *end)
{
    const uchar8 c = p[0];
    int length = 0;
    uchar8 low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}
} // namespace

CsvParser::CsvParser(QByteArrayView data, char delimiter)
    : m_pos(data.data())
    , m_end(data.data() + data.size())
    , m_lineStart(data.data())
    , m_delimiter(delimiter)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
        m_lineStart = m_pos; // the mark is invisible in an editor, so columns start after it
    }
    for (const char c : {delimiter, '"', '\r', '\n', '\0'})
        m_special[static_cast<uchar8>(c)] = true;
    for (int c = 0x80; c < 0x100; ++c)
        m_special[c] = true;
    m_result.delimiter = delimiter;
}

CsvReadResult CsvParser::parse(const Sink &sink)
{
    // One record object for the whole file: clear() keeps the list's capacity, so a record costs only
    // its field strings, which the sink shares rather than copies.
    CsvRecord record;
    while (m_pos < m_end) {
        if (*m_pos == '\r' || *m_pos == '\n') { // an empty line is no record
            takeLineEnd();
            continue;
        }
        m_recordLine = m_line;
        record.line = m_line;
        record.fields.clear();
        Step step = Step::Field;
        while (step == Step::Field) {
            QString field;
            step = (m_pos < m_end && *m_pos == '"') ? readQuoted(&field) : readUnquoted(&field);
            record.fields.append(std::move(field));
        }
        if (step == Step::Failed)
            break;
        if (m_pos < m_end)
            takeLineEnd();
        if (!sink(record))
            break;
    }
    return std::move(m_result);
}

CsvParser::Step CsvParser::readUnquoted(QString *field)
{
    const char *start = m_pos;
    while (m_pos < m_end) {
        const char c = *m_pos;
        if (!m_special[static_cast<uchar8>(c)]) {
            ++m_pos;
        } else if (static_cast<uchar8>(c) >= 0x80) {
            if (!takeUtf8())
                return Step::Failed;
        } else if (c == '"') {
            fail(CsvError::Kind::StrayQuote, m_pos, m_line, m_lineStart);
            return Step::Failed;
        } else if (c == '\0') {
            fail(CsvError::Kind::NulByte, m_pos, m_line, m_lineStart);
            return Step::Failed;
        } else {
            break; // delimiter or line end
        }
    }
    *field = decode(start, m_pos - start);
    if (m_pos < m_end && *m_pos == m_delimiter) {
        ++m_pos;
        return Step::Field;
    }
    return Step::Record;
}

CsvParser::Step CsvParser::readQuoted(QString *field)
{
    const char *const open = m_pos;
    const int openLine = m_line;
    const char *const openLineStart = m_lineStart;
    const char *segment = ++m_pos;
    bool unescaped = true; // no doubled quote seen: convert straight from the input
    m_scratch.clear();
    for (;;) {
        if (m_pos >= m_end) {
            // Pointing at the opening quote helps more than pointing at the end of the file.
            fail(CsvError::Kind::UnterminatedQuote, open, openLine, openLineStart);
            return Step::Failed;
        }
        const char c = *m_pos;
        if (c == '"') {
            if (m_pos + 1 < m_end && m_pos[1] == '"') {
                m_scratch.append(segment, m_pos + 1 - segment);
                m_pos += 2;
                segment = m_pos;
                unescaped = false;
                continue;
            }
            break;
        }
        if (c == '\r' || c == '\n') {
            takeLineEnd();
        } else if (c == '\0') {
            fail(CsvError::Kind::NulByte, m_pos, m_line, m_lineStart);
            return Step::Failed;
        } else if (static_cast<uchar8>(c) >= 0x80) {
            if (!takeUtf8())
                return Step::Failed;
        } else {
            ++m_pos;
        }
    }
    if (unescaped) {
        *field = decode(segment, m_pos - segment);
    } else {
        m_scratch.append(segment, m_pos - segment);
        *field = decode(m_scratch.constData(), m_scratch.size());
    }
    ++m_pos; // the closing quote
    if (m_pos >= m_end || *m_pos == '\r' || *m_pos == '\n')
        return Step::Record;
    if (*m_pos == m_delimiter) {
        ++m_pos;
        return Step::Field;
    }
    fail(CsvError::Kind::JunkAfterQuote, m_pos, m_line, m_lineStart);
    return Step::Failed;
}

QString CsvParser::decode(const char *bytes, qsizetype size)
{
    // QString::fromUtf8() drops a leading U+FEFF as a byte order mark, but inside a field it is data.
    if (size >= 3 && std::memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        return decoder(QByteArrayView(bytes, size));
    }
    return QString::fromUtf8(bytes, size);
}

bool CsvParser::takeUtf8()
{
    const int length = utf8Length(reinterpret_cast<const uchar8 *>(m_pos), reinterpret_cast<const uchar8 *>(m_end));
    if (length == 0) {
        fail(CsvError::Kind::InvalidUtf8, m_pos, m_line, m_lineStart);
        return false;
    }
    m_pos += length;
    return true;
}

void CsvParser::takeLineEnd()
{
    // CRLF, LF and a lone CR (old Mac files) each end one line.
    if (*m_pos == '\r' && m_pos + 1 < m_end && m_pos[1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
    m_lineStart = m_pos;
}

void CsvParser::fail(CsvError::Kind kind, const char *at, int line, const char *lineStart)
{
    CsvError error;
    error.kind = kind;
    error.line = line;
    error.column = columnOf(at, lineStart);
    error.recordLine = m_recordLine;
    m_result.error = error;
}

int CsvParser::columnOf(const char *at, const char *lineStart) const
{
    // Only reached on error, so a second look at the line is cheaper than counting columns all along.
    // Everything before `at` has been validated, so counting lead bytes counts code points.
    int column = 1;
    for (const char *p = lineStart; p < at; ++p)
        column += isContinuation(static_cast<uchar8>(*p)) ? 0 : 1;
    return column;
}
