// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// One problem found while reading a CSV file. Positions are 1-based; the column counts characters
/// (Unicode code points), not bytes, so it matches what an editor shows. File-level problems (too large,
/// cannot be opened) have no position: line and column are 0 there.
struct CsvError
{
    enum class Kind {
        TooLarge,
        CannotOpen,
        InvalidUtf8,
        NulByte,
        UnterminatedQuote,
        JunkAfterQuote, ///< anything but a delimiter or a line end after a closing quote
        StrayQuote, ///< a quote inside a field that does not start with one
        MissingColumn,
        DuplicateColumn,
        ColumnCount,
        EmptyValue,
    };

    Kind kind = Kind::InvalidUtf8;
    int line = 0; ///< where the problem is
    int column = 0;
    int recordLine = 0; ///< where the record holding the problem starts; differs from line for multi-line records
    QString message; ///< complete, translated, and naming line and column whenever there is a position

    bool hasPosition() const { return line > 0; }
};
