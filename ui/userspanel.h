// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QWidget>

#include <memory>

class QItemSelectionModel;
class QTableView;
class UserFilterProxyModel;
class UserTableModel;

namespace Ui {
class UsersPanel;
}

/// The users table with its filter bar: text and role filters, natural sorting, the role editor,
/// and the selection as users rather than view rows. Column widths, order and sorting are saved with
/// saveState() so the window comes back as it was left.
class UsersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)

public:
    explicit UsersPanel(UserTableModel &model, QWidget *parent = nullptr);
    ~UsersPanel() override;

    QTableView *table() const;
    UserFilterProxyModel &proxy() const { return *m_proxy; }

    /// The selected users, in view order.
    std::vector<User> selectedUsers() const;
    /// Selects these users (those still listed) and makes the first one current.
    void selectUsers(const QStringList &userIds);
    int visibleCount() const;

    /// Moves the keyboard focus to the filter box and selects its text (Ctrl+F).
    void focusFilter();
    /// Starts the role editor on the current row (what F2 does in the role column).
    bool editCurrentRole();
    /// The text shown instead of the table when it is empty: why, and what to do.
    void setEmptyText(const QString &text);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void activated(const User &user);

private:
    void updateEmptyState();
    void holdTopRow();
    void restoreTopRow();

    std::unique_ptr<Ui::UsersPanel> m_ui;
    UserTableModel &m_model;
    UserFilterProxyModel *m_proxy = nullptr;
    QString m_emptyText;
    QStringList m_carriedSelection; ///< user ids selected before a reset
    QString m_topUserId; ///< the user at the top of the view while the rows change; null when none is held
};
