// SPDX-License-Identifier: MIT
#pragma once

#include "bulkoutcome.h"
#include "domain/batchresult.h"
#include "domain/user.h"
#include "net/reply.h"

#include <QObject>

class SkyPilotApi;

/*!
    Gives several users one role through POST /users/batch_update, in sequential chunks so the
    person sees progress and can cancel between chunks, and merges each chunk's per-user answer.

    Users who already have the role, and internal API-server users, are skipped without a call: the
    caller's list (from GET /users) says so. If a whole call fails (403, 400 invalid role, a broken
    connection …), its users are marked Failed and the rest NotAttempted: the same cause would most
    likely refuse every later chunk too. Never blocks; finished() is emitted exactly once, always
    after start() or cancel() has returned. Same signal shape as BulkDelete.
*/
class BulkRoleChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRoleChange)

public:
    static constexpr int DefaultChunkSize = 200;

    /// Uses each user's id, name, current role and internal flag. api must outlive this object.
    BulkRoleChange(const SkyPilotApi &api, const QList<User> &users, const QString &role, QObject *parent = nullptr);
    ~BulkRoleChange() override;

    /// Ids per call, at least 1. Takes effect for the next chunk.
    void setChunkSize(int chunkSize);
    int chunkSize() const { return m_chunkSize; }
    QString role() const { return m_role; }

    void start();
    /// Sends no further chunk; a chunk in flight is left to finish (see BulkDelete::cancel for why).
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool wasCancelled() const { return m_cancelled; }

    const BulkOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(int done, int total);
    /// Once per user sent; error.isError() is false on success, else serverDetail holds the reason.
    void userFinished(const QString &userId, const ApiError &error);
    void finished();

private:
    enum class State { Idle, Running, Finished };

    void sendNextChunk();
    void onChunkFinished(const QStringList &chunk, const Result<BatchResult> &result);
    void finish(const QString &notAttemptedReason);
    void finishLater(const QString &notAttemptedReason);

    const SkyPilotApi &m_api;
    BulkOutcome m_outcome;
    QString m_role;
    QStringList m_queue;
    State m_state = State::Idle;
    int m_chunkSize = DefaultChunkSize;
    bool m_inFlight = false;
    bool m_cancelled = false;
};
