// SPDX-License-Identifier: MIT
#include "bulkprogress.h"

#include "bulkresultdialog.h"
#include "workprogressdialog.h"

BulkProgress::BulkProgress(const QString &title, const QString &label, QWidget *window, std::function<void()> cancel,
                           std::function<const BulkOutcome &()> outcome)
    : QObject(window)
    , m_title(title)
    , m_window(window)
    , m_dialog(new WorkProgressDialog(title, label, 0, window))
    , m_cancel(std::move(cancel))
    , m_outcome(std::move(outcome))
{
    connect(m_dialog, &QProgressDialog::canceled, this, &BulkProgress::cancel);
}

QString BulkProgress::describe() const
{
    return tr("%1: %2 of %3 done.").arg(m_title).arg(m_done).arg(m_total);
}

void BulkProgress::cancel()
{
    m_dialog->showStopping(tr("Stopping: waiting for the requests already sent\u2026"));
    m_cancel();
}

void BulkProgress::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
}

void BulkProgress::onFinished()
{
    m_dialog->hide();
    m_dialog->deleteLater();
    const BulkOutcome &outcome = m_outcome();
    const bool allWent
            = outcome.count(UserOutcome::Status::Failed) == 0 && outcome.count(UserOutcome::Status::NotAttempted) == 0;
    if (!allWent && m_window) {
        auto *result = new BulkResultDialog(m_title, outcome, m_window);
        result->setAttribute(Qt::WA_DeleteOnClose);
        result->open();
    }
    Q_EMIT finished(outcome);
    deleteLater();
}
