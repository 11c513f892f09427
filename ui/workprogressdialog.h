// SPDX-License-Identifier: MIT
#pragma once

#include <QProgressDialog>

/// The progress dialog of long work with Cancel (bulk actions, imports): window-modal without
/// blocking the event loop, shown only if the work lasts, never closing or resetting by itself.
class WorkProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkProgressDialog)

public:
    WorkProgressDialog(const QString &title, const QString &label, int maximum, QWidget *parent);

    /// After Cancel: requests already sent cannot be called back, so say so while they finish.
    void showStopping(const QString &text);
};
