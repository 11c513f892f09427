// SPDX-License-Identifier: MIT
#include "importrunner.h"

#include "auth/secret.h"
#include "csv/csvwriter.h"
#include "net/skypilotapi.h"

#include <QMetaObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

namespace {
// The server's parser splits on bare commas and '\n' and strips every cell (skypilot-api.md §7.1), so a
// field survives the trip only if none of that can change it. The preview routes rows by this rule
// already; checking again here means a planning mistake can never send a different user than shown.
bool carriesSafely(const ImportRow &row)
{
    for (const QString *field : {&row.username, &row.password, &row.role}) {
        if (field->isEmpty() || *field != field->trimmed())
            return false;
        for (const QChar c : *field) {
            if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
                return false;
        }
    }
    return true;
}

// "Line 4: Invalid number of columns" → (4, "Invalid number of columns").
std::optional<std::pair<int, QString>> splitLineError(const QString &error)
{
    static const QRegularExpression lineError(u"^\\s*Line (\\d+): (.*)$"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = lineError.match(error);
    if (!match.hasMatch())
        return std::nullopt;
    return std::make_pair(match.captured(1).toInt(), match.captured(2).trimmed());
}

// Line numbers count from 1 on the chunk's text, whose first line is the header.
int rowAtLine(int line)
{
    return line - 2;
}
} // namespace

ImportRunner::ImportRunner(const SkyPilotApi &api, const QList<ImportRow> &rows, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_rows(rows)
    , m_settled(rows.size(), false)
{
    m_outcomes.reserve(rows.size());
    for (const ImportRow &row : rows)
        m_outcomes.append(ImportRowOutcome{row.line, row.username, row.role, Status::NotSent, QString()});
}

// Replies in flight hold this object only as their context, so their answers are dropped with it.
ImportRunner::~ImportRunner() = default;

void ImportRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, MaxConcurrency);
    if (m_state == State::Running)
        launchMore();
}

int ImportRunner::count(Status status) const
{
    return ImportRowOutcome::countWithStatus(m_outcomes, status);
}

void ImportRunner::setEarlierAttempt(const QSet<QString> &namesBeforeIt, const QSet<QString> &namesSentByIt)
{
    if (m_state != State::Idle)
        return;
    m_earlierBefore = namesBeforeIt;
    m_earlierSent = namesSentByIt;
}

void ImportRunner::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (m_rows.isEmpty()) {
        finishLater();
        return;
    }
    // The list before anything is sent is what tells "created by this run" from "was already there"
    // when an answer is lost later.
    m_snapshotting = true;
    m_api.listUsers().onFinished(this, [this](Result<QList<User>> result) {
        m_snapshotting = false;
        if (!result.ok()) {
            const QString reason
                    = tr("Not sent: the list of users could not be read first (%1).").arg(reasonOf(result.error));
            for (int row = 0; row < m_rows.size(); ++row)
                settle(row, Status::NotSent, reason);
            emitProgress();
        } else if (!m_cancelled) {
            onSnapshot(*result.value);
        }
        finishIfIdle();
    });
}

void ImportRunner::cancel()
{
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    // Calls in flight are not aborted: a cut-off POST may or may not have been applied, and its
    // answer is the only cheap way to know.
    m_chunks.clear();
    m_creates.clear();
    if (m_state == State::Idle)
        m_state = State::Running;
    finishLater();
}

void ImportRunner::onSnapshot(const QList<User> &users)
{
    for (const User &user : users)
        m_before.insert(user.name);
    plan();
    emitProgress();
    launchMore();
}

void ImportRunner::plan()
{
    QList<int> chunk;
    for (int row = 0; row < m_rows.size(); ++row) {
        const ImportRow &r = m_rows.at(row);
        if (m_before.contains(r.username)) {
            settleExisting(row);
        } else if (r.role.isEmpty()) {
            settle(row, Status::Failed, tr("No role was chosen; the server would silently pick its default."));
        } else if (r.route == ImportRow::Route::BatchImport && carriesSafely(r)) {
            chunk.append(row);
            if (chunk.size() == ChunkSize)
                m_chunks.append(std::exchange(chunk, {}));
        } else if (r.passwordIsHash) {
            // /users/create would hash the hash again, and the user could never sign in.
            settle(row, Status::Failed,
                   tr("This password hash cannot be sent: the server's import cannot carry it as written."));
        } else {
            m_creates.append(row);
        }
    }
    if (!chunk.isEmpty())
        m_chunks.append(chunk);
}

void ImportRunner::launchMore()
{
    if (m_cancelled || m_state != State::Running || m_snapshotting)
        return;
    if (!m_chunkInFlight && !m_chunks.isEmpty())
        sendChunk(m_chunks.takeFirst());
    while (m_createsInFlight < m_concurrency && !m_creates.isEmpty())
        sendCreate(m_creates.takeFirst());
}

QString ImportRunner::chunkCsv(const QList<ImportRow> &rows)
{
    QString csv = u"username,password,role"_s;
    for (const ImportRow &row : rows)
        csv += u'\n' + row.username + u',' + row.password + u',' + row.role;
    return csv;
}

void ImportRunner::sendChunk(const QList<int> &chunk)
{
    QList<ImportRow> rows;
    rows.reserve(chunk.size());
    for (const int row : chunk)
        rows.append(m_rows.at(row));
    m_chunkInFlight = true;
    m_api.importUsers(chunkCsv(rows)).onFinished(this, [this, chunk](Result<ImportResult> result) {
        m_chunkInFlight = false;
        if (result.ok())
            onChunkAnswered(chunk, *result.value);
        else
            onChunkFailed(chunk, result.error);
        emitProgress();
        launchMore();
        finishIfIdle();
    });
}

void ImportRunner::sendCreate(int row)
{
    ++m_createsInFlight;
    const ImportRow &r = m_rows.at(row);
    m_api.createUser(r.username, Secret::fromString(r.password), r.role)
            .onFinished(this, [this, row](Result<Done> result) {
                --m_createsInFlight;
                onCreateFinished(row, result.error);
                emitProgress();
                launchMore();
                finishIfIdle();
            });
}

void ImportRunner::onChunkAnswered(const QList<int> &chunk, const ImportResult &result)
{
    int unaccounted = 0;
    for (const QString &error : result.parseErrors) {
        const auto lineError = splitLineError(error);
        const int at = lineError ? rowAtLine(lineError->first) : -1;
        if (at >= 0 && at < chunk.size() && !m_settled.at(chunk.at(at)))
            settle(chunk.at(at), Status::Failed, lineError->second);
        else
            ++unaccounted;
    }
    // "<name>: <message>". With a name twice in one chunk the first was created and the later one
    // refused, so the error goes to the last unsettled row of that name; the longest name wins if one
    // name is a prefix of another followed by ": ".
    for (const QString &error : result.creationErrors) {
        int best = -1;
        for (qsizetype i = chunk.size() - 1; i >= 0; --i) {
            const int row = chunk.at(i);
            const QString &name = m_rows.at(row).username;
            if (!m_settled.at(row) && error.startsWith(name + u": "_s)
                && (best < 0 || name.size() > m_rows.at(best).username.size()))
                best = row;
        }
        if (best < 0) {
            ++unaccounted;
            continue;
        }
        const QString message = error.mid(m_rows.at(best).username.size() + 2).trimmed();
        const bool exists = message.contains(u"already exists"_s, Qt::CaseInsensitive);
        settle(best, exists ? Status::AlreadyExisted : Status::Failed, message);
    }
    QList<int> rest;
    for (const int row : chunk) {
        if (!m_settled.at(row))
            rest.append(row);
    }
    // Only when the answer accounts for every row is silence taken to mean "created"; otherwise the
    // user list decides.
    if (unaccounted == 0 && result.successCount == rest.size()) {
        for (const int row : std::as_const(rest))
            settle(row, Status::Created, QString());
    } else if (!rest.isEmpty()) {
        reconcileLater(rest,
                       ApiError{ApiError::Kind::BadResponse,
                                200,
                                tr("The server's answer did not account for every row."),
                                {}});
    }
}

void ImportRunner::onChunkFailed(const QList<int> &chunk, const ApiError &error)
{
    if (isAmbiguous(error)) {
        reconcileLater(chunk, error);
        return;
    }
    // A 400 is the server's verdict on the rows; anything else (signed out, no longer admin, …) is not.
    const bool retryable = error.kind != ApiError::Kind::BadRequest;
    // A 400 comes before the server creates anyone. "No valid users found. Errors: Line 2: …; Line 3: …"
    // still names the lines, so each row gets its own reason where the detail was not cut short.
    if (error.kind == ApiError::Kind::BadRequest) {
        const qsizetype at = error.serverDetail.indexOf(u"Errors: "_s);
        if (at >= 0) {
            const QStringList parts = error.serverDetail.mid(at + 8).split(u"; "_s);
            for (const QString &part : parts) {
                const auto lineError = splitLineError(part);
                const int index = lineError ? rowAtLine(lineError->first) : -1;
                if (index >= 0 && index < chunk.size())
                    settle(chunk.at(index), Status::Failed, lineError->second);
            }
        }
    }
    for (const int row : chunk)
        settle(row, Status::Failed, reasonOf(error), retryable);
}

void ImportRunner::onCreateFinished(int row, const ApiError &error)
{
    if (!error.isError())
        settle(row, Status::Created, QString());
    else if (isAmbiguous(error))
        reconcileLater({row}, error);
    else if (error.kind == ApiError::Kind::BadRequest && error.serverDetail.contains(u"already exists"_s))
        settle(row, Status::AlreadyExisted, error.serverDetail);
    else
        settle(row, Status::Failed, reasonOf(error), error.kind != ApiError::Kind::BadRequest);
}

void ImportRunner::reconcileLater(const QList<int> &rows, const ApiError &cause)
{
    for (const int row : rows)
        m_toReconcile.append(Pending{row, cause});
    startReconcile();
}

void ImportRunner::startReconcile()
{
    if (m_reconciling || m_toReconcile.isEmpty())
        return;
    // Everything lost so far is checked with one list; what is lost meanwhile waits for the next.
    const QList<Pending> batch = std::exchange(m_toReconcile, {});
    m_reconciling = true;
    m_api.listUsers().onFinished(this, [this, batch](Result<QList<User>> result) {
        m_reconciling = false;
        onReconciled(batch, result.ok() ? &*result.value : nullptr, result.error);
        emitProgress();
        startReconcile();
        launchMore();
        finishIfIdle();
    });
}

void ImportRunner::onReconciled(const QList<Pending> &batch, const QList<User> *now, const ApiError &error)
{
    QSet<QString> names;
    if (now) {
        for (const User &user : *now)
            names.insert(user.name);
    }
    for (const Pending &pending : batch) {
        const QString &name = m_rows.at(pending.row).username;
        if (!now) {
            // Retryable: a retry reads the list first and sends only what is still missing.
            settle(pending.row, Status::Failed,
                   tr("%1 Whether the user was created is unknown: the list of users could not be read (%2). "
                      "Refresh before trying again.")
                           .arg(reasonOf(pending.cause), reasonOf(error)),
                   true);
        } else if (names.contains(name)) {
            if (m_before.contains(name))
                settle(pending.row, Status::AlreadyExisted, tr("Already on the server before the import."));
            else
                settle(pending.row, Status::Created, tr("The answer was lost; the list of users shows the user."));
        } else if (pending.cause.kind == ApiError::Kind::Timeout) {
            settle(pending.row, Status::Failed,
                   tr("%1 The user is not on the server and was not sent again; the server may still be working "
                      "on it, so refresh later before trying again.")
                           .arg(reasonOf(pending.cause)),
                   true);
        } else {
            settle(pending.row, Status::Failed,
                   tr("%1 The user is not on the server and was not sent again.").arg(reasonOf(pending.cause)), true);
        }
    }
}

void ImportRunner::settleExisting(int row)
{
    const QString &name = m_rows.at(row).username;
    if (m_earlierSent.contains(name) && !m_earlierBefore.contains(name)) {
        // Not there before the earlier run, there now: that run created it and its answer was lost.
        settle(row, Status::Created, tr("Created by the earlier attempt; the list of users now shows it."));
        return;
    }
    // Neither route updates an existing user; asking would only produce an error line.
    settle(row, Status::AlreadyExisted, tr("Already on the server; left unchanged."));
}

void ImportRunner::settle(int row, Status status, const QString &reason, bool retryable)
{
    if (m_settled.at(row))
        return;
    ImportRow &r = m_rows[row];
    QString text = reason;
    // The server echoes what it was sent in some messages; a password must never reach the report.
    if (r.password.size() >= 4)
        text.replace(r.password, u"\u2022\u2022\u2022"_s);
    m_outcomes[row].status = status;
    m_outcomes[row].reason = text;
    m_outcomes[row].retryable = status == Status::NotSent || (status == Status::Failed && retryable);
    m_settled[row] = true;
    ++m_settledCount;
    // Nothing needs the password once its row is settled; holding it longer only widens exposure.
    r.password.clear();
}

void ImportRunner::emitProgress()
{
    Q_EMIT progress(m_settledCount, total());
}

void ImportRunner::finishIfIdle()
{
    if (m_state != State::Running || m_snapshotting || m_chunkInFlight || m_createsInFlight > 0 || m_reconciling
        || !m_toReconcile.isEmpty())
        return;
    if (!m_cancelled && (!m_chunks.isEmpty() || !m_creates.isEmpty()))
        return;
    const QString reason = m_cancelled ? tr("Not sent: the import was cancelled.") : tr("Not sent.");
    const bool any = m_settledCount < total();
    for (int row = 0; row < m_rows.size(); ++row)
        settle(row, Status::NotSent, reason);
    m_state = State::Finished;
    if (any)
        emitProgress();
    Q_EMIT finished();
}

void ImportRunner::finishLater()
{
    // finished() never comes from inside start() or cancel(): the caller may still be wiring things up.
    QMetaObject::invokeMethod(this, &ImportRunner::finishIfIdle, Qt::QueuedConnection);
}

bool ImportRunner::isAmbiguous(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Canceled:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::TooLarge:
        return true;
    default:
        return false;
    }
}

QString ImportRunner::reasonOf(const ApiError &error)
{
    return error.serverDetail.isEmpty() ? error.message : error.serverDetail;
}

QString ImportRunner::statusText(Status status)
{
    switch (status) {
    case Status::Created:
        return tr("Created");
    case Status::AlreadyExisted:
        return tr("Already existed");
    case Status::Failed:
        return tr("Failed");
    case Status::NotSent:
        break;
    }
    return tr("Not sent");
}

QByteArray ImportRunner::reportCsv(const QList<ImportRowOutcome> &outcomes)
{
    // Column names stay English: scripts read them. The outcome words are for people.
    CsvWriter writer(CsvWriter::Formulas::Neutralise);
    writer.addRecord({u"line"_s, u"username"_s, u"role"_s, u"outcome"_s, u"reason"_s});
    for (const ImportRowOutcome &outcome : outcomes)
        writer.addRecord({QString::number(outcome.line), outcome.username, outcome.role, statusText(outcome.status),
                          outcome.reason});
    return writer.takeData();
}
