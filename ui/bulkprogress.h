// SPDX-License-Identifier: MIT
#pragma once

#include "actions/bulkoutcome.h"

#include <QObject>
#include <QPointer>

#include <functional>

class WorkProgressDialog;
class QWidget;

/// Shows a bulk action (BulkDelete, BulkRoleChange) while it runs: a window-modal progress dialog
/// with Cancel that never blocks the event loop, then the outcome per user when anything did not
/// go through. Deletes itself (and the runner) when the action has finished.
class BulkProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkProgress)

public:
    /// Starts the runner and follows it. title names the action ("Delete users").
    template<typename Runner>
    static BulkProgress *run(Runner *runner, const QString &title, const QString &label, QWidget *window)
    {
        auto *progress = new BulkProgress(
                title, label, window, [runner] { runner->cancel(); },
                [runner]() -> const BulkOutcome & { return runner->outcome(); });
        runner->setParent(progress);
        connect(runner, &Runner::progress, progress, &BulkProgress::onProgress);
        connect(runner, &Runner::finished, progress, &BulkProgress::onFinished);
        runner->start();
        return progress;
    }

    /// What is running, for the question asked when the window closes.
    QString describe() const;
    void cancel();

Q_SIGNALS:
    /// The action is over; outcome lives as long as the signal is being delivered.
    void finished(const BulkOutcome &outcome);

private:
    BulkProgress(const QString &title, const QString &label, QWidget *window, std::function<void()> cancel,
                 std::function<const BulkOutcome &()> outcome);
    void onProgress(int done, int total);
    void onFinished();

    QString m_title;
    QPointer<QWidget> m_window;
    WorkProgressDialog *m_dialog = nullptr;
    std::function<void()> m_cancel;
    std::function<const BulkOutcome &()> m_outcome;
    int m_done = 0;
    int m_total = 0;
};
