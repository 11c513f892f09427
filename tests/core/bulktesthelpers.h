// SPDX-License-Identifier: MIT
#pragma once

#include "awaitreply.h"
#include "clientfixture.h"

#include <QTimer>

/// The users with these ids as GET /users lists them (role and type included), in the order asked.
inline QList<User> listedUsers(ClientFixture &f, const QStringList &ids)
{
    const auto listed = awaitReply(f.api.listUsers());
    QList<User> users;
    if (!listed.ok())
        return users;
    for (const QString &id : ids) {
        for (const User &user : *listed.value) {
            if (user.id == id)
                users.append(user);
        }
    }
    return users;
}

/// Counts how often the event loop got to run a zero-ish timer: proof that a bulk action never
/// blocked it (a blocked loop would leave the count near zero however long the action took).
class LoopTicker final
{
    Q_DISABLE_COPY_MOVE(LoopTicker)

public:
    explicit LoopTicker(int intervalMs = 5)
    {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ++m_ticks; });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};
