// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// One user read from an import file, with the line its record starts on (for messages).
struct UserCsvRow
{
    int line = 0;
    QString username; ///< exactly as written (never empty or all spaces)
    QString password; ///< exactly as written: spaces may be part of it
    QString role; ///< exactly as written; whether it exists is for the importer to check against the server's roles

    friend bool operator==(const UserCsvRow &, const UserCsvRow &) = default;
};
