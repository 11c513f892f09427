// SPDX-License-Identifier: MIT
#pragma once

#include "importrow.h"

#include <QFlags>
#include <QString>

/// One record of an import file as the preview shows it: what will happen to it and why.
struct ImportPlanEntry
{
    enum class Status {
        New, ///< will be created
        AlreadyExists, ///< a user of that exact name is on the server; not sent
        Duplicate, ///< an earlier record has the same name; not sent
        Invalid, ///< cannot be sent as written; reason says why
        NeedsRole, ///< the role is empty or unknown and the admin has not decided yet
        Skipped, ///< the admin chose not to import it
    };
    /// Things worth the admin's eye that do not stop the row by themselves.
    enum Flag {
        NoFlag = 0x0,
        LookAlikePassword = 0x1, ///< a plain password /users/import would take for a hash
        HashGiven = 0x2,
        WeakHash = 0x4,
        SurroundingSpaces = 0x8, ///< in the password or the role; kept as written
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    int line = 0;
    QString username;
    QString password; ///< never shown; only rowsToSend() hands it on
    QString writtenRole; ///< as in the file
    QString role; ///< what it will be created with: the written role if known, else the admin's choice
    bool roleUnknown = false; ///< the admin has to decide (skip or a role)
    bool passwordIsHash = false;
    QString hashScheme; ///< for a hash or a look-alike: passlib's scheme name
    Status status = Status::New;
    Flags flags;
    ImportRow::Route route = ImportRow::Route::CreateOne;
    QString problem; ///< why it is not New (invalid, exists, duplicate, needs a role)
    QString notes; ///< the flags and the route, in words
};
Q_DECLARE_OPERATORS_FOR_FLAGS(ImportPlanEntry::Flags)
