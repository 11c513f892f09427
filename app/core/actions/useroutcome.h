// SPDX-License-Identifier: MIT
#pragma once

#include "net/apierror.h"

#include <QString>

/// What happened to one user in a bulk action.
struct UserOutcome
{
    enum class Status {
        Pending, ///< not settled yet (only seen while the action runs)
        Succeeded,
        Failed, ///< the server refused or the call failed; reason says why
        Skipped, ///< no call was needed or possible (already in the role, internal user)
        NotAttempted, ///< never sent: cancelled, or stopped after an error that would repeat
    };

    QString userId;
    QString name; ///< as the server listed it; may be empty
    Status status = Status::Pending;
    QString reason; ///< plain text for people: the server's message, or why it was skipped or not sent
    ApiError error; ///< set when Failed

    /// The name if there is one, else the id: summaries talk about people, not hashes.
    QString displayName() const { return name.isEmpty() ? userId : name; }
};
