// SPDX-License-Identifier: MIT
#pragma once

#include <QProgressDialog>

class QProgressBar;

/// The progress dialog of long work with Cancel (bulk actions, imports): window-modal without
/// blocking the event loop, shown only if the work lasts, never closing or resetting by itself.
class WorkProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkProgressDialog)

public:
    WorkProgressDialog(const QString &title, const QString &label, int maximum, QWidget *parent);

    /// Hides QProgressDialog::setValue(), which runs QCoreApplication::processEvents() on every call
    /// once a window-modal dialog is shown: a nested event loop inside the network answer that
    /// reported the progress, where another answer could run half-way through the first.
    void setValue(int progress);

    /// After Cancel: requests already sent cannot be called back, so say so while they finish.
    void showStopping(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QProgressBar *m_bar;
    bool m_shown = false;
};
