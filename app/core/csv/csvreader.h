// SPDX-License-Identifier: MIT
#pragma once

#include "csvreadresult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields with doubled quotes and line breaks inside, CRLF, LF
/// or CR line ends, an optional UTF-8 byte order mark, and a comma, semicolon or tab delimiter detected from
/// the header line. Empty lines are skipped (the server skips them too). The first problem stops the read
/// with an error naming line and column; input is never trusted to be valid UTF-8, free of NUL bytes or
/// small, so a hostile file costs at most one linear pass over maxBytes().
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype DefaultMaxBytes = qsizetype(32) * 1024 * 1024;

    qsizetype maxBytes() const { return m_maxBytes; }
    /// Larger input is refused before any parsing.
    void setMaxBytes(qsizetype bytes);

    /// Forces the delimiter (',', ';' or '\t'); std::nullopt (the default) detects it from the header line.
    void setDelimiter(std::optional<char> delimiter);
    std::optional<char> delimiter() const { return m_delimiter; }

    /// Receives each record as soon as it is parsed; returns false to stop reading.
    using RecordSink = std::function<bool(const CsvRecord &)>;

    /// Collects every record; on error there are none.
    CsvReadResult read(QByteArrayView data) const;
    /// Streams the records to `sink` instead of collecting them, so a large import keeps only what the
    /// caller keeps. On error the sink has already seen the records before it; the result (delimiter and
    /// error) never holds records.
    CsvReadResult read(QByteArrayView data, const RecordSink &sink) const;
    /// Both check the size on disk before reading anything.
    CsvReadResult readFile(const QString &path) const;
    CsvReadResult readFile(const QString &path, const RecordSink &sink) const;

    /// The delimiter among ',', ';' and '\t' that occurs most often outside quotes in the first non-empty
    /// line; ',' when there is none, and on a tie the earlier in that list.
    static char detectDelimiter(QByteArrayView data);

    /// The human text for a positioned error: "Line 3, column 7: ...", naming the record's first line too
    /// when the record spans lines.
    static QString positionedMessage(int line, int column, int recordLine, const QString &what);

private:
    CsvReadResult tooLarge(qint64 size) const;
    static QString describe(const CsvError &error);

    qsizetype m_maxBytes = DefaultMaxBytes;
    std::optional<char> m_delimiter;
};
