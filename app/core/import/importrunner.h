// SPDX-License-Identifier: MIT
#pragma once

#include "import/importrow.h"
#include "net/apierror.h"

#include <QList>
#include <QObject>
#include <QSet>

class SkyPilotApi;
struct ImportResult;
struct User;

/*!
    Sends the rows an import preview settled: BatchImport rows through POST /users/import in chunks
    of at most ChunkSize rows, one chunk at a time; CreateOne rows through POST /users/create, a few
    at a time. Every row ends with an outcome (outcomes()).

    Nothing is ever sent twice. When a call ends without a clear answer (the connection dropped, a
    timeout, a 5xx, a garbled reply) the runner reads GET /users and reconciles each row of that call
    against the list it read at the start: there now and not before is Created, there before is
    AlreadyExisted, absent is Failed.

    Lifecycle as BulkDelete: connect, then start(). Nothing blocks or spins a nested event loop;
    finished() is emitted exactly once and never from inside start() or cancel(). cancel() sends
    nothing new, lets calls in flight (and their reconciliation) finish, and marks the rest NotSent.
*/
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    static constexpr int ChunkSize = 100;
    static constexpr int DefaultConcurrency = 2;
    static constexpr int MaxConcurrency = 4;

    /// api must outlive this object.
    ImportRunner(const SkyPilotApi &api, const QList<ImportRow> &rows, QObject *parent = nullptr);
    ~ImportRunner() override;

    /// How many /users/create calls may be in flight at once, clamped to 1..MaxConcurrency.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    /// For a retry of rows an earlier run left failed: the names on the server before that run, and the
    /// names that run sent (or tried to). Such a row now on the server that was not there then was
    /// created by the earlier run (its answer was lost or came late) and is reported Created, not
    /// AlreadyExisted. Call before start().
    void setEarlierAttempt(const QSet<QString> &namesBeforeIt, const QSet<QString> &namesSentByIt);
    /// The names on the server when this run began (empty until its first listing arrived).
    const QSet<QString> &namesBefore() const { return m_before; }

    void start();
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool wasCancelled() const { return m_cancelled; }

    /// One per row, in the order given; NotSent until settled.
    const QList<ImportRowOutcome> &outcomes() const { return m_outcomes; }
    int total() const { return int(m_outcomes.size()); }
    int settledCount() const { return m_settledCount; }
    int count(ImportRowOutcome::Status status) const;

    /// "username,password,role" and one line per row, as the server's naive parser reads it.
    static QString chunkCsv(const QList<ImportRow> &rows);
    /// line, username, role, outcome, reason as RFC 4180 with formulas neutralised: no passwords, no hashes.
    static QByteArray reportCsv(const QList<ImportRowOutcome> &outcomes);
    static QString statusText(ImportRowOutcome::Status status);

Q_SIGNALS:
    /// done counts settled rows, total every row given.
    void progress(int done, int total);
    void finished();

private:
    enum class State { Idle, Running, Finished };
    struct Pending
    {
        int row;
        ApiError cause;
    };

    void onSnapshot(const QList<User> &users);
    void plan();
    void launchMore();
    void sendChunk(const QList<int> &chunk);
    void sendCreate(int row);
    void onChunkAnswered(const QList<int> &chunk, const ImportResult &result);
    void onChunkFailed(const QList<int> &chunk, const ApiError &error);
    void onCreateFinished(int row, const ApiError &error);
    void reconcileLater(const QList<int> &rows, const ApiError &cause);
    void startReconcile();
    void onReconciled(const QList<Pending> &batch, const QList<User> *now, const ApiError &error);
    /// NotSent rows are always retryable; a Failed one only when `retryable` says so.
    void settle(int row, ImportRowOutcome::Status status, const QString &reason, bool retryable = false);
    void settleExisting(int row);
    void emitProgress();
    void finishIfIdle();
    void finishLater();

    static bool isAmbiguous(const ApiError &error);
    static QString reasonOf(const ApiError &error);

    const SkyPilotApi &m_api;
    QList<ImportRow> m_rows;
    QList<ImportRowOutcome> m_outcomes;
    QList<bool> m_settled;
    int m_settledCount = 0;
    QSet<QString> m_before; ///< names on the server when the run began
    QSet<QString> m_earlierBefore; ///< for a retry: names on the server before the earlier run
    QSet<QString> m_earlierSent; ///< for a retry: names the earlier run sent
    QList<QList<int>> m_chunks; ///< row indexes still to import, one list per chunk
    QList<int> m_creates; ///< row indexes still to create
    QList<Pending> m_toReconcile;
    State m_state = State::Idle;
    int m_concurrency = DefaultConcurrency;
    bool m_snapshotting = false;
    bool m_chunkInFlight = false;
    int m_createsInFlight = 0;
    bool m_reconciling = false;
    bool m_cancelled = false;
};
