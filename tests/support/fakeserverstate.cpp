// SPDX-License-Identifier: MIT
#include "fakeserverstate.h"

#include "fakepython.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

FakeServerState::FakeServerState(const QString &serverId)
    : m_store(serverId)
{ }

qint64 FakeServerState::now() const
{
    return m_config.nowOverride > 0 ? m_config.nowOverride : QDateTime::currentSecsSinceEpoch();
}

QStringList FakeServerState::supportedRoles()
{
    return {u"admin"_s, u"user"_s, u"viewer"_s};
}

QString FakeServerState::readableVersion() const
{
    if (m_config.version == u"1.0.0-dev0"_s)
        return u"%1 (commit: %2)"_s.arg(m_config.version, m_config.commit);
    return m_config.version;
}

QString FakeServerState::activeResourcesError(const QString &userId, const QString &operation) const
{
    const auto it = m_config.activeResources.constFind(userId);
    if (it == m_config.activeResources.cend() || (it->clusters.isEmpty() && it->jobs.isEmpty()))
        return QString();
    QStringList parts;
    if (!it->clusters.isEmpty())
        parts << u"%1 active cluster(s): %2"_s.arg(it->clusters.size()).arg(it->clusters.join(u", "_s));
    if (!it->jobs.isEmpty())
        parts << u"%1 active managed job(s): %2"_s.arg(it->jobs.size()).arg(it->jobs.join(u", "_s));
    // resource_checker names the user by name when it has one, else by id, always with repr().
    const auto user = m_store.user(userId);
    const QString display = user && !user->name.isEmpty() ? user->name : userId;
    return u"Cannot %1 user %2 because it has %3. Please terminate these resources first."_s.arg(
            operation, FakePython::repr(display), parts.join(u" and "_s));
}

QString FakeServerState::demotionError(const QString &userId) const
{
    const QList<FakeServerConfig::DemotionBlocker> blockers = m_config.demotionBlockers.value(userId);
    QStringList lines;
    for (const FakeServerConfig::DemotionBlocker &blocker : blockers) {
        QStringList parts;
        if (!blocker.clusters.isEmpty())
            parts << u"%1 active cluster(s): %2"_s.arg(blocker.clusters.size()).arg(blocker.clusters.join(u", "_s));
        if (!blocker.jobs.isEmpty())
            parts << u"%1 active managed job(s): %2"_s.arg(blocker.jobs.size()).arg(blocker.jobs.join(u", "_s));
        if (!parts.isEmpty())
            lines << u"  - workspace %1: %2"_s.arg(FakePython::repr(blocker.workspace), parts.join(u" and "_s));
    }
    if (lines.isEmpty())
        return QString();
    const auto user = m_store.user(userId);
    const QString who = FakePython::repr(user && !user->name.isEmpty() ? user->name : userId);
    // The text says "to user" even when the new role is viewer; that is what the server prints.
    return u"Cannot demote user %1 from admin to user: user %1 has active resources in private workspaces "
           u"where %1 is not in allowed_users:\n%2\nPlease either terminate these resources or add %1 to the "
           u"allowed_users of those workspaces first."_s.arg(who, lines.join(u'\n'));
}

QString FakeServerState::addBasicUser(const QString &name, const QString &storedHash, const QString &role)
{
    const QString id = FakeUserStore::userIdFor(name);
    m_store.upsert({id, name, storedHash, std::nullopt, u"basic"_s}, now());
    m_store.setRole(id, role);
    return id;
}
