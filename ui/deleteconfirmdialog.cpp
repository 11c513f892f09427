// SPDX-License-Identifier: MIT
#include "deleteconfirmdialog.h"

#include "domain/role.h"
#include "errortext.h"
#include "mnemonictext.h"
#include "ui_deleteconfirmdialog.h"
#include "wrappedtextguard.h"

#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

DeleteConfirmDialog::DeleteConfirmDialog(const QList<User> &users, const QString &currentUserId, int adminCount,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteConfirmDialog>())
    , m_users(users)
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
    ErrorText::apply(m_ui->reasonLabel);
    // Names come from the server and may hold markup; Qt must never guess rich text.
    for (QLabel *label : {m_ui->summaryLabel, m_ui->listLabel, m_ui->reasonLabel, m_ui->confirmLabel})
        label->setTextFormat(Qt::PlainText);

    const auto count = int(users.size());
    m_includesSelf = !currentUserId.isEmpty()
            && std::any_of(users.cbegin(), users.cend(), [&](const User &u) { return u.id == currentUserId; });
    const auto admins
            = int(std::count_if(users.cbegin(), users.cend(), [](const User &u) { return u.role == Role::Admin; }));
    m_removesLastAdmin = admins > 0 && admins >= adminCount;

    setWindowTitle(count == 1 ? tr("Delete User") : tr("Delete %n Users", nullptr, count));
    m_ui->summaryLabel->setText(
            count == 1 ? tr("Delete \u201c%1\u201d? This cannot be undone.").arg(displayName(users.first()))
                       : tr("Delete these %n users? This cannot be undone.", nullptr, count));
    QStringList lines;
    for (const User &user : users.first(std::min(count, MaxListed)))
        lines << (user.role.isEmpty() ? displayName(user) : tr("%1 (%2)").arg(displayName(user), user.role));
    if (count > MaxListed)
        lines << tr("…and %n more", nullptr, count - MaxListed);
    m_ui->listLabel->setText(lines.join(u'\n'));
    m_ui->listLabel->setVisible(count > 1);

    QStringList reasons;
    if (m_includesSelf)
        reasons << tr("This includes you: you will be signed out and cannot sign in with this account again.");
    if (m_removesLastAdmin)
        reasons << tr("This removes the last admin: nobody will be able to manage users on this server any more.");
    m_ui->reasonLabel->setText(reasons.join(u'\n'));
    m_ui->reasonLabel->setVisible(!reasons.isEmpty());
    if (!reasons.isEmpty()) {
        m_required = count == 1 ? displayName(users.first()) : QString::number(count);
        // The label is the field's buddy, so an "&" in a name would turn into a mnemonic: double it.
        const QString shown = escapedMnemonics(m_required);
        m_ui->confirmLabel->setText(count == 1 ? tr("To confirm, type the user name, %1:").arg(shown)
                                               : tr("To confirm, type the number of users, %1:").arg(shown));
    }
    m_ui->confirmPanel->setVisible(!m_required.isEmpty());

    m_deleteButton = m_ui->buttonBox->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_deleteButton->setAccessibleDescription(tr("Deletes the listed users from the server"));
    m_deleteButton->setStyleSheet(u"QPushButton:enabled { color: white; background-color: #b91c1c; }"_s);
    // Return alone must never delete: Cancel is the default, Delete needs a click or its shortcut.
    m_deleteButton->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeleteConfirmDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeleteConfirmDialog::reject);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, [this] { m_deleteButton->setEnabled(confirmed()); });
    m_deleteButton->setEnabled(confirmed());
    if (m_required.isEmpty())
        cancel->setFocus();
    else
        m_ui->confirmEdit->setFocus();
}

DeleteConfirmDialog::~DeleteConfirmDialog() = default;

QStringList DeleteConfirmDialog::userIds() const
{
    QStringList ids;
    for (const User &user : m_users)
        ids << user.id;
    return ids;
}

QString DeleteConfirmDialog::displayName(const User &user)
{
    return user.name.isEmpty() ? user.id : user.name;
}

bool DeleteConfirmDialog::confirmed() const
{
    // Exact, not trimmed: the name is compared as the server stores it.
    return !m_users.isEmpty() && (m_required.isEmpty() || m_ui->confirmEdit->text() == m_required);
}

void DeleteConfirmDialog::accept()
{
    if (confirmed())
        QDialog::accept();
}
