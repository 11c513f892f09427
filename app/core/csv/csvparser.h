// SPDX-License-Identifier: MIT
#pragma once

#include "csvreadresult.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <functional>

/// The byte-level state machine behind CsvReader (not for use elsewhere). It works on the UTF-8 bytes
/// directly and builds each field with one QString::fromUtf8() call, validating UTF-8 as it goes, because
/// per-character QString appends and a separate validation pass each cost more than the parse itself.
/// Errors carry kind and position only; CsvReader turns them into text.
class CsvParser final
{
public:
    /// Receives each record as soon as it is complete; returns false to stop reading.
    using Sink = std::function<bool(const CsvRecord &)>;

    /// `data` must stay alive while parse() runs; a leading byte order mark is skipped.
    CsvParser(QByteArrayView data, char delimiter);

    /// Never holds more than one record: the caller keeps what it needs. The result carries the
    /// delimiter and the first error, never records.
    CsvReadResult parse(const Sink &sink);

private:
    enum class Step { Field, Record, Failed };

    Step readQuoted(QString *field);
    Step readUnquoted(QString *field);
    static QString decode(const char *bytes, qsizetype size);
    bool takeUtf8();
    void takeLineEnd();
    void fail(CsvError::Kind kind, const char *at, int line, const char *lineStart);
    int columnOf(const char *at, const char *lineStart) const;

    const char *m_pos;
    const char *m_end;
    const char *m_lineStart;
    int m_line = 1;
    int m_recordLine = 1;
    char m_delimiter;
    std::array<bool, 256> m_special{}; ///< bytes that end the fast loop in an unquoted field
    QByteArray m_scratch; ///< reused for fields with doubled quotes, so memory stays bounded by one field
    CsvReadResult m_result;
};
