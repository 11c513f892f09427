// SPDX-License-Identifier: MIT
#include "bulkdelete.h"

#include "net/skypilotapi.h"

#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;

BulkDelete::BulkDelete(const SkyPilotApi &api, const QList<User> &users, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outcome(BulkOutcome::Action::Delete, users)
{
    for (const User &user : users) {
        // The server refuses internal users every time; asking would only add a failure to the list.
        if (user.isInternal())
            m_outcome.settle(user.id, UserOutcome::Status::Skipped, tr("Internal API-server users cannot be deleted."));
    }
    m_queue = m_outcome.idsWith(UserOutcome::Status::Pending);
}

// Replies still in flight hold this object only as their context, so they are disconnected here and
// their answers dropped; the deletes themselves still happen on the server.
BulkDelete::~BulkDelete() = default;

void BulkDelete::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, MaxConcurrency);
    if (m_state == State::Running && !m_cancelled)
        launchMore();
}

void BulkDelete::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (const int skipped = m_outcome.settled(); skipped > 0)
        Q_EMIT progress(skipped, m_outcome.total());
    launchMore();
    if (m_inFlight == 0)
        finishLater();
}

void BulkDelete::cancel()
{
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Requests already sent are deliberately not aborted. A POST that is cut off may or may not have
    // been applied by the server, so aborting would turn a clear answer ("deleted" or "refused
    // because …") into "unknown", and the list would need a refresh to find out. A delete answers
    // within a second, so waiting for the few in flight costs the person little.
    if (m_state == State::Idle) {
        m_state = State::Running;
        finishLater();
    } else if (m_inFlight == 0) {
        finishLater();
    }
}

void BulkDelete::launchMore()
{
    while (!m_cancelled && m_inFlight < m_concurrency && !m_queue.isEmpty())
        launch(m_queue.takeFirst());
}

void BulkDelete::launch(const QString &userId)
{
    ++m_inFlight;
    m_api.deleteUser(userId).onFinished(this, [this, userId](Result<Done> result) { onDeleted(userId, result.error); });
}

void BulkDelete::onDeleted(const QString &userId, const ApiError &error)
{
    --m_inFlight;
    if (error.kind == ApiError::Kind::BadRequest && error.serverDetail.contains(u"does not exist"_s)) {
        // Gone already: the goal is reached, most likely by another admin; not a failure to act on.
        m_outcome.settle(userId, UserOutcome::Status::Skipped, tr("Already deleted (maybe by another admin)."));
    } else if (error.isError()) {
        const QString reason = error.serverDetail.isEmpty() ? error.message : error.serverDetail;
        m_outcome.settle(userId, UserOutcome::Status::Failed, reason, error);
    } else {
        m_outcome.settle(userId, UserOutcome::Status::Succeeded);
    }
    Q_EMIT userFinished(userId, error);
    Q_EMIT progress(m_outcome.settled(), m_outcome.total());
    // A slot may have called cancel() above; launchMore() respects that.
    launchMore();
    finishIfIdle();
}

void BulkDelete::finishIfIdle()
{
    if (m_state != State::Running || m_inFlight > 0 || (!m_queue.isEmpty() && !m_cancelled))
        return;
    m_state = State::Finished;
    m_outcome.settleRemaining(tr("Not sent: the deletion was cancelled."));
    Q_EMIT finished();
}

void BulkDelete::finishLater()
{
    // finished() never comes from inside start() or cancel(): the caller may still be wiring things up.
    QMetaObject::invokeMethod(this, &BulkDelete::finishIfIdle, Qt::QueuedConnection);
}
