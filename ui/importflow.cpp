// SPDX-License-Identifier: MIT
#include "importflow.h"

#include "import/importrunner.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "workprogressdialog.h"

ImportFlow::ImportFlow(SkyPilotApi &api, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_window(window)
{ }

ImportFlow::~ImportFlow() = default;

void ImportFlow::start(const QString &path, const QList<User> &current)
{
    if (m_dialog) {
        // One import at a time: bring the open one forward (with the new file, unless it is sending).
        if (!path.isEmpty() && !isSending())
            m_dialog->openFile(path);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ImportDialog(m_api, current, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::importRequested, this, &ImportFlow::send);
    m_dialog->open();
    if (!path.isEmpty())
        m_dialog->openFile(path);
}

bool ImportFlow::isSending() const
{
    return m_runner && m_runner->isRunning();
}

int ImportFlow::retryableCount() const
{
    return ImportRowOutcome::countRetryable(m_outcomes);
}

QString ImportFlow::describe() const
{
    return isSending()
            ? tr("Importing users: %1 of %n row(s) done.", nullptr, m_runner->total()).arg(m_runner->settledCount())
            : QString();
}

void ImportFlow::cancel()
{
    if (!isSending())
        return;
    if (m_progress)
        m_progress->showStopping(tr("Stopping: waiting for the rows already sent\u2026"));
    m_runner->cancel();
}

void ImportFlow::send(const QList<ImportRow> &rows)
{
    if (isSending() || rows.isEmpty())
        return;
    m_dialog->setSending(true);
    m_rows = rows;
    m_outcomes.clear();
    m_retrying.clear();
    m_firstSnapshot.clear();
    m_sentNames.clear();
    startRunner(rows, m_dialog ? static_cast<QWidget *>(m_dialog) : m_window.data(), false);
}

void ImportFlow::retry()
{
    if (isSending() || retryableCount() == 0)
        return;
    QList<ImportRow> rows;
    m_retrying.clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).retryable) {
            m_retrying.append(i);
            rows.append(m_rows.at(i));
            // Failed (not NotSent) means it went out: it may exist now without a word back.
            if (m_outcomes.at(i).status == ImportRowOutcome::Status::Failed)
                m_sentNames.insert(m_rows.at(i).username);
        }
    }
    startRunner(rows, m_window, true);
    if (m_result)
        m_result->close(); // after the start: closing without a retry running forgets the passwords
}

void ImportFlow::startRunner(const QList<ImportRow> &rows, QWidget *progressParent, bool isRetry)
{
    m_runner = new ImportRunner(m_api, rows, this);
    // A row an earlier attempt created without a word back shows up in the list the retry reads first.
    if (isRetry)
        m_runner->setEarlierAttempt(m_firstSnapshot, m_sentNames);
    m_progress = new WorkProgressDialog(tr("Import Users"), tr("Importing %n user(s)\u2026", nullptr, int(rows.size())),
                                        int(rows.size()), progressParent);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportFlow::cancel);
    connect(m_runner, &ImportRunner::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportFlow::onFinished);
    m_runner->start();
}

void ImportFlow::onFinished()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QList<ImportRowOutcome> outcomes = m_runner->outcomes();
    if (m_retrying.isEmpty()) {
        m_outcomes = outcomes;
        m_firstSnapshot = m_runner->namesBefore();
    } else {
        for (int i = 0; i < m_retrying.size(); ++i)
            m_outcomes[m_retrying.at(i)] = outcomes.at(i);
        m_retrying.clear();
    }
    m_runner->deleteLater();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_outcomes.at(i).retryable)
            m_rows[i].password.clear();
    }
    if (m_dialog) {
        m_dialog->setSending(false);
        m_dialog->close();
    }
    showResult();
    Q_EMIT imported();
}

void ImportFlow::showResult()
{
    m_result = new ImportResultDialog(m_outcomes, m_window);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_result, &ImportResultDialog::retryRequested, this, &ImportFlow::retry);
    connect(m_result, &QDialog::finished, this, [this] {
        // Closed without a retry: nothing needs the passwords any more.
        if (!isSending())
            forgetRows();
    });
    m_result->open();
}

void ImportFlow::forgetRows()
{
    m_rows.clear();
    m_outcomes.clear();
    m_firstSnapshot.clear();
    m_sentNames.clear();
}
