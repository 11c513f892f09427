// SPDX-License-Identifier: MIT
#pragma once

#include "bulkoutcome.h"
#include "domain/user.h"

#include <QObject>

class SkyPilotApi;

/*!
    Deletes several users through POST /users/delete, a few at a time, and reports per user.

    Connect to the signals, then call start(). Every call goes through the event loop: nothing here
    blocks or spins a nested loop. finished() is emitted exactly once, always after start() or
    cancel() has returned. Internal API-server users are skipped without a call (the server always
    refuses them). Do not delete the object from a slot connected to its signals; use deleteLater().
*/
class BulkDelete final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDelete)

public:
    static constexpr int DefaultConcurrency = 4;
    /// QNetworkAccessManager opens at most six connections per host; more would only queue inside Qt.
    static constexpr int MaxConcurrency = 6;

    /// Only id and name (and whether the user is internal) are used. api must outlive this object.
    BulkDelete(const SkyPilotApi &api, const QList<User> &users, QObject *parent = nullptr);
    ~BulkDelete() override;

    /// How many deletes may be in flight at once, clamped to 1..MaxConcurrency. Takes effect for the
    /// next request started.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    void start();
    /// Starts nothing new; requests already sent are left to finish, then finished() follows with the
    /// rest marked NotAttempted.
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool wasCancelled() const { return m_cancelled; }
    int inFlight() const { return m_inFlight; }

    const BulkOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    /// done counts settled users (succeeded, failed, skipped), total every distinct user given.
    void progress(int done, int total);
    /// After each delete call; error.isError() is false on success.
    void userFinished(const QString &userId, const ApiError &error);
    void finished();

private:
    enum class State { Idle, Running, Finished };

    void launchMore();
    void launch(const QString &userId);
    void onDeleted(const QString &userId, const ApiError &error);
    void finishIfIdle();
    void finishLater();

    const SkyPilotApi &m_api;
    BulkOutcome m_outcome;
    QStringList m_queue; ///< ids still to send, in the order given
    State m_state = State::Idle;
    int m_concurrency = DefaultConcurrency;
    int m_inFlight = 0;
    bool m_cancelled = false;
};
