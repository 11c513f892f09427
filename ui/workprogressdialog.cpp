// SPDX-License-Identifier: MIT
#include "workprogressdialog.h"

#include <QPushButton>

namespace {
// Quick work finishes before the dialog would show: no flash for two users.
constexpr int ShowAfterMs = 400;
} // namespace

WorkProgressDialog::WorkProgressDialog(const QString &title, const QString &label, int maximum, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, maximum, parent)
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(ShowAfterMs);
    setAutoClose(false);
    setAutoReset(false);
    // QProgressDialog has no layout, so nothing stops it from shrinking below its text.
    setMinimumSize(sizeHint());
    if (auto *cancel = findChild<QPushButton *>())
        cancel->setAccessibleDescription(tr("Stops the work; changes already sent may still be applied"));
}

void WorkProgressDialog::showStopping(const QString &text)
{
    setLabelText(text);
    setMinimumSize(sizeHint());
    // Disabled, not removed: this may run inside the button's own clicked() signal.
    if (auto *button = findChild<QPushButton *>())
        button->setEnabled(false);
    show();
}
