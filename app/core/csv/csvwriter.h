// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

/// Writes RFC 4180 CSV as UTF-8: a field is quoted when it holds the delimiter, a quote, CR or LF (quotes
/// doubled), and every record ends with CRLF. What it writes, CsvReader reads back field for field.
class CsvWriter final
{
public:
    /// Spreadsheets run a cell that starts with = + - @ TAB or CR as a formula ("CSV injection"), so the
    /// spreadsheet export neutralises them with a leading apostrophe. A backup must keep values exact, so
    /// it keeps them.
    enum class Formulas { Keep, Neutralise };

    CsvWriter() = default;
    explicit CsvWriter(Formulas formulas, char delimiter = ',');

    void setDelimiter(char delimiter); ///< ',', ';' or '\t'
    char delimiter() const { return m_delimiter; }
    void setFormulas(Formulas formulas) { m_formulas = formulas; }
    Formulas formulas() const { return m_formulas; }
    /// Starts the output with a UTF-8 byte order mark, which Excel needs to read UTF-8. Only before the first record.
    void setByteOrderMark(bool on);

    void addRecord(const QStringList &fields);
    const QByteArray &data() const { return m_data; }
    QByteArray takeData() { return std::exchange(m_data, {}); }

    /// One field, encoded and quoted as needed (without delimiter or line end).
    static QByteArray encodeField(QStringView field, char delimiter, Formulas formulas);

private:
    QByteArray m_data;
    char m_delimiter = ',';
    Formulas m_formulas = Formulas::Keep;
};
