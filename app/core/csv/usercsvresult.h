// SPDX-License-Identifier: MIT
#pragma once

#include "csverror.h"
#include "usercsvrow.h"

#include <QList>

#include <optional>

/// What UserCsvReader::read() found: the good rows, and one error per bad row (which does not stop the
/// others). `error` is set when the file as a whole cannot be used (unreadable, malformed, a required
/// column missing); then there are no rows.
struct UserCsvResult
{
    QList<UserCsvRow> rows;
    QList<CsvError> rowErrors;
    std::optional<CsvError> error;
    char delimiter = ',';

    bool ok() const { return !error.has_value(); }
};
