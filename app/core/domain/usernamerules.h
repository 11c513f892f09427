// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

/// What a user name must not be. SkyPilot checks nothing itself, so the create dialog and the import
/// preview refuse the same names for the same reasons.
class UsernameRules final
{
    Q_DECLARE_TR_FUNCTIONS(UsernameRules)

public:
    /// Why the server must not get this name, or an empty string.
    static QString problem(const QString &name);
};
