// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

/// One user to import, as the preview settled it: the admin has seen it and every choice is explicit
/// (the role is never left to the server's default). The plan decides the route, the runner sends it.
struct ImportRow
{
    /// How the row reaches the server. /users/import splits on bare commas, trims nothing and takes
    /// look-alike hashes for hashes (../shared/skypilot-api.md §7.1), so only rows it carries exactly go
    /// that way; the rest are created one by one through /users/create.
    enum class Route {
        BatchImport,
        CreateOne,
    };

    int line = 0; ///< the record's first line in the file, for the preview and the report
    QString username;
    /// A plain password, or a hash when passwordIsHash (a backup made by export). Never written to a
    /// report or a log.
    QString password;
    bool passwordIsHash = false;
    QString role; ///< admin, user or viewer
    Route route = Route::BatchImport;
};

/// What happened to one row, for the result list and the saved report (which holds no passwords).
struct ImportRowOutcome
{
    enum class Status {
        Created,
        AlreadyExisted, ///< the server had the user before (or a lost answer is reconciled as existing)
        Failed,
        NotSent, ///< cancelled before it was sent
    };

    int line = 0;
    QString username;
    QString role;
    Status status = Status::NotSent;
    QString reason; ///< for people; the server's words where it gave any
    /// Worth sending again: it was not sent, or it failed for a reason outside the row (a lost answer,
    /// the connection, the server's state), not because the server or the plan refused the row itself.
    bool retryable = false;

    /// How many of `outcomes` ended with `status`.
    static int countWithStatus(const QList<ImportRowOutcome> &outcomes, Status status)
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [status](const ImportRowOutcome &outcome) { return outcome.status == status; }));
    }

    /// How many of `outcomes` are worth sending again.
    static int countRetryable(const QList<ImportRowOutcome> &outcomes)
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [](const ImportRowOutcome &outcome) { return outcome.retryable; }));
    }
};
