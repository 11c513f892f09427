// SPDX-License-Identifier: MIT
#pragma once

#include "csverror.h"
#include "csvrecord.h"

#include <QList>

#include <optional>

/// What CsvReader::read() found. On error the records are empty: a file whose structure is broken
/// cannot be trusted past the break, and a partial import is worse than none.
struct CsvReadResult
{
    QList<CsvRecord> records;
    char delimiter = ','; ///< the one detected (or forced)
    std::optional<CsvError> error;

    bool ok() const { return !error.has_value(); }
};
