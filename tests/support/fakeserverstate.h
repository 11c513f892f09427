// SPDX-License-Identifier: MIT
#pragma once

#include "fakepasswordhasher.h"
#include "fakeserverconfig.h"
#include "faketokenservice.h"
#include "fakeuserstore.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// Everything the handlers share: the database, the configuration, the password context and the
// token service, plus the few server functions several handlers call.
class FakeServerState final
{
    Q_DISABLE_COPY_MOVE(FakeServerState)

public:
    explicit FakeServerState(const QString &serverId);

    FakeUserStore &store() { return m_store; }
    const FakeUserStore &store() const { return m_store; }
    FakeServerConfig &config() { return m_config; }
    const FakeServerConfig &config() const { return m_config; }
    FakePasswordHasher &hasher() { return m_hasher; }
    FakeTokenService &tokens() { return m_tokens; }

    qint64 now() const;
    static QStringList supportedRoles();
    // The version string the server reports: "1.0.0-dev0 (commit: <sha>)" for dev builds.
    QString readableVersion() const;

    // _check_active_resources() for one user; empty when nothing blocks the operation.
    QString activeResourcesError(const QString &userId, const QString &operation) const;
    // check_user_role_demotion(); empty when the demotion may go ahead.
    QString demotionError(const QString &userId) const;

    // Creates a Basic user the way /users/create does; returns the id.
    QString addBasicUser(const QString &name, const QString &storedHash, const QString &role);

private:
    FakeUserStore m_store;
    FakeServerConfig m_config;
    FakePasswordHasher m_hasher;
    FakeTokenService m_tokens;
};
