// SPDX-License-Identifier: MIT
#include "bulkrolechange.h"

#include "net/plaintext.h"
#include "net/skypilotapi.h"

#include <QMetaObject>
#include <QSet>

#include <algorithm>

BulkRoleChange::BulkRoleChange(const SkyPilotApi &api, const QList<User> &users, const QString &role, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outcome(BulkOutcome::Action::RoleChange, users)
    , m_role(role)
{
    for (const User &user : users) {
        if (user.isInternal())
            m_outcome.settle(user.id, UserOutcome::Status::Skipped, tr("Internal API-server users keep their role."));
        else if (user.role == role)
            m_outcome.settle(user.id, UserOutcome::Status::Skipped, tr("Already has the role %1.").arg(role));
    }
    m_queue = m_outcome.idsWith(UserOutcome::Status::Pending);
}

BulkRoleChange::~BulkRoleChange() = default;

void BulkRoleChange::setChunkSize(int chunkSize)
{
    m_chunkSize = std::max(1, chunkSize);
}

void BulkRoleChange::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (const int skipped = m_outcome.settled(); skipped > 0)
        Q_EMIT progress(skipped, m_outcome.total());
    if (m_queue.isEmpty())
        finishLater(QString());
    else
        sendNextChunk();
}

void BulkRoleChange::cancel()
{
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    // A chunk in flight is not aborted: a cut-off POST may or may not have been applied, and the
    // server answers per user, so letting it finish keeps every result certain.
    if (!m_inFlight) {
        m_state = State::Running;
        finishLater(tr("Not sent: the role change was cancelled."));
    }
}

void BulkRoleChange::sendNextChunk()
{
    const QStringList chunk = m_queue.mid(0, m_chunkSize);
    m_queue.remove(0, chunk.size());
    m_inFlight = true;
    m_api.batchUpdateRoles(chunk, m_role).onFinished(this, [this, chunk](Result<BatchResult> result) {
        onChunkFinished(chunk, result);
    });
}

void BulkRoleChange::onChunkFinished(const QStringList &chunk, const Result<BatchResult> &result)
{
    m_inFlight = false;
    const bool callFailed = !result.ok();
    if (callFailed) {
        const QString reason = result.error.serverDetail.isEmpty() ? result.error.message : result.error.serverDetail;
        for (const QString &id : chunk) {
            m_outcome.settle(id, UserOutcome::Status::Failed, reason, result.error);
            Q_EMIT userFinished(id, result.error);
        }
    } else {
        const QSet<QString> succeeded(result.value->succeeded.cbegin(), result.value->succeeded.cend());
        QHash<QString, QString> failed;
        for (const BatchResult::Failure &failure : result.value->failed)
            failed.insert(failure.userId, failure.error);
        for (const QString &id : chunk) {
            if (succeeded.contains(id)) {
                m_outcome.settle(id, UserOutcome::Status::Succeeded);
                Q_EMIT userFinished(id, ApiError());
                continue;
            }
            // The server reports every id; one it left out is treated as not changed, so a retry is offered.
            const QString reason = failed.contains(id) ? PlainText::sanitize(failed.value(id))
                                                       : tr("The server did not report on this user.");
            const ApiError error{ApiError::Kind::BadRequest, 200, reason, reason};
            m_outcome.settle(id, UserOutcome::Status::Failed, reason, error);
            Q_EMIT userFinished(id, m_outcome.find(id)->error);
        }
    }
    Q_EMIT progress(m_outcome.settled(), m_outcome.total());
    if (callFailed)
        finish(tr("Not sent: an earlier request failed."));
    else if (m_cancelled || m_queue.isEmpty())
        finish(tr("Not sent: the role change was cancelled."));
    else
        sendNextChunk();
}

void BulkRoleChange::finish(const QString &notAttemptedReason)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_queue.clear();
    m_outcome.settleRemaining(notAttemptedReason);
    Q_EMIT finished();
}

void BulkRoleChange::finishLater(const QString &notAttemptedReason)
{
    // finished() never comes from inside start() or cancel(): the caller may still be wiring things up.
    QMetaObject::invokeMethod(
            this, [this, notAttemptedReason] { finish(notAttemptedReason); }, Qt::QueuedConnection);
}
