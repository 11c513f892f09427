// SPDX-License-Identifier: MIT
#include "bulkresultdialog.h"

#include "actions/bulkoutcome.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString statusText(UserOutcome::Status status)
{
    switch (status) {
    case UserOutcome::Status::Succeeded:
        return BulkResultDialog::tr("Done");
    case UserOutcome::Status::Failed:
        return BulkResultDialog::tr("Failed");
    case UserOutcome::Status::Skipped:
        return BulkResultDialog::tr("Skipped");
    case UserOutcome::Status::NotAttempted:
        return BulkResultDialog::tr("Not sent");
    case UserOutcome::Status::Pending:
        break;
    }
    return BulkResultDialog::tr("Unknown");
}

// Failures first: they are what the person has to act on.
int order(UserOutcome::Status status)
{
    switch (status) {
    case UserOutcome::Status::Failed:
        return 0;
    case UserOutcome::Status::NotAttempted:
        return 1;
    case UserOutcome::Status::Skipped:
        return 2;
    default:
        return 3;
    }
}
} // namespace

BulkResultDialog::BulkResultDialog(const QString &title, const BulkOutcome &outcome, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    auto *summary = new QLabel(outcome.summary(), this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setHeaderLabels({tr("User"), tr("Outcome"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Outcome per user"));
    m_list->setAccessibleDescription(tr("User, outcome and reason for every user, failures first"));
    QList<UserOutcome> users = outcome.users();
    std::stable_sort(users.begin(), users.end(),
                     [](const UserOutcome &a, const UserOutcome &b) { return order(a.status) < order(b.status); });
    for (const UserOutcome &user : std::as_const(users)) {
        auto *item = new QTreeWidgetItem(m_list, {user.displayName(), statusText(user.status), user.reason});
        item->setToolTip(2, user.reason);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setAccessibleDescription(tr("Copies the list to the clipboard as text"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString BulkResultDialog::reportText() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        lines << item->text(0) + u'\t' + item->text(1) + u'\t' + item->text(2);
    }
    return lines.join(u'\n');
}
