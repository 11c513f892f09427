// SPDX-License-Identifier: MIT
#pragma once

#include "serverprofile.h"

#include <QList>

#include <optional>

class QSettings;

/// The saved servers, in QSettings: addresses, user names and choices, never a password.
class ServerList final
{
public:
    explicit ServerList(QSettings &settings);

    QList<ServerProfile> all() const { return m_profiles; }
    /// The most recently used server, if any.
    std::optional<ServerProfile> last() const;
    /// Adds the profile or replaces the one for the same account, marks it used now, and saves.
    void remember(ServerProfile profile);
    void forget(const ServerProfile &profile);

private:
    void load();
    void save();

    QSettings &m_settings;
    QList<ServerProfile> m_profiles;
};
