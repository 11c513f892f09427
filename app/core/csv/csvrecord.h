// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// One CSV record: its fields, unquoted, and the physical line (1-based) on which it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};
