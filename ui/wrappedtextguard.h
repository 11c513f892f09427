// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

/// Keeps a window at least as tall as its word-wrapped text needs at its current width. Qt does not
/// raise a window's minimum height for wrapped labels, so a dialog made narrow (easily at 200%) would
/// squeeze its fields and buttons until their text is cut off.
class WrappedTextGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedTextGuard)

public:
    /// Watches window from now on; the guard belongs to it.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrappedTextGuard(QWidget *window);
};
