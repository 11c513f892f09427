// SPDX-License-Identifier: MIT
#include "workprogressdialog.h"

#include <QProgressBar>
#include <QPushButton>

namespace {
// Quick work finishes before the dialog would show: no flash for two users.
constexpr int ShowAfterMs = 400;
} // namespace

WorkProgressDialog::WorkProgressDialog(const QString &title, const QString &label, int maximum, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, maximum, parent)
    , m_bar(new QProgressBar(this))
{
    // Our own bar, so that setValue() can move it without the base class's event processing.
    setBar(m_bar);
    setRange(0, maximum);
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

void WorkProgressDialog::setValue(int progress)
{
    // Before it is shown the base class only decides whether the work lasts long enough to show
    // the dialog; it processes events only once shown, so from then on the bar is moved directly.
    if (m_shown)
        m_bar->setValue(progress);
    else
        QProgressDialog::setValue(progress);
}

void WorkProgressDialog::showEvent(QShowEvent *event)
{
    m_shown = true;
    QProgressDialog::showEvent(event);
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
