// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class DeleteConfirmDialog;
}

/// Asks before users are deleted; it sends nothing itself. A plain confirmation normally; when the
/// selection includes the signed-in user or every remaining admin (a lock-out, checklist item 60), Delete
/// stays disabled until the user's name (one user) or the number of users (several) is typed. Delete is
/// styled as destructive and is never the default button, so Return alone cannot delete.
class DeleteConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfirmDialog)

public:
    /// users: id, name and role of each user to delete. adminCount: admins on the server that can sign
    /// in (leave out the internal skypilot-system users), used to spot the removal of the last one.
    DeleteConfirmDialog(const QList<User> &users, const QString &currentUserId, int adminCount,
                        QWidget *parent = nullptr);
    ~DeleteConfirmDialog() override;

    QStringList userIds() const;
    bool includesCurrentUser() const { return m_includesSelf; }
    bool removesLastAdmin() const { return m_removesLastAdmin; }
    /// What must be typed before Delete is enabled; empty when a plain confirmation is enough.
    const QString &requiredConfirmation() const { return m_required; }

    /// How many names the list shows before "and N more".
    static constexpr int MaxListed = 10;

    void accept() override;

private:
    bool confirmed() const;
    static QString displayName(const User &user);

    std::unique_ptr<Ui::DeleteConfirmDialog> m_ui;
    QList<User> m_users;
    QPushButton *m_deleteButton = nullptr;
    bool m_includesSelf = false;
    bool m_removesLastAdmin = false;
    QString m_required;
};
