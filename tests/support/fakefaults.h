// SPDX-License-Identifier: MIT
#pragma once

#include "fakefault.h"
#include "fakehttpresponse.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

#include <optional>

// The armed faults of one server and the code that plays them on a socket. Delayed writes run on
// QTimers owned by the socket, so nothing outlives the connection it belongs to.
class FakeFaults final
{
    Q_DISABLE_COPY_MOVE(FakeFaults)

public:
    static constexpr int Always = -1;

    FakeFaults() = default;
    ~FakeFaults();

    // `path` is matched exactly against the request path without its query; empty matches every
    // path. `count` is how many matching requests it affects, or Always.
    void add(const QString &path, const FakeFault &fault, int count);
    void clear();
    // The first armed fault for this path, with one use consumed.
    std::optional<FakeFault> take(const QString &path);

    // Plays `fault` on `socket`. `normal` is what the server would have answered (SlowDrip sends
    // it slowly); `lockUserId` names the lock file in Traceback500's default message.
    void execute(const FakeFault &fault, QTcpSocket *socket, const FakeHttpResponse &normal, const QString &lockUserId);
    // What an nginx ingress with its own Basic auth answers.
    static FakeHttpResponse html401(const QString &realm);
    // Closes the connections that Hang keeps open; the server calls this when it goes away.
    void releaseHeldSockets();

private:
    struct Armed
    {
        QString path;
        FakeFault fault;
        int remaining;
    };

    static FakeHttpResponse nginxPage(int status, const QByteArray &title);
    static QByteArray oversizedJson(int sizeMiB);
    static void drip(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int chunkBytes,
                     int intervalMs);

    QList<Armed> m_armed;
    QList<QPointer<QTcpSocket>> m_heldSockets;
};
