// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringMatcher>

class UserSortProxyModel;
class UserTableModel;

/// What the users table shows: a UserTableModel filtered by text and role, and sorted (names
/// naturally, "user2" before "user10"). Sorting happens in a UserSortProxyModel this model sits
/// on, so a filter keystroke keeps the order instead of sorting every shown row again.
///
/// Because of that inner layer, mapToSource() leads to the sorting layer, not to the users:
/// views and actions must use mapToUsers() and mapFromUsers().
class UserFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxyModel)

public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);
    ~UserFilterProxyModel() override;

    /// Sets the users (or any model with the same roles) under the sorting layer.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    /// Sorting is the inner layer's job; this model itself never sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order set with sort(), -1 when unsorted.
    int sortedColumn() const;
    Qt::SortOrder sortedOrder() const;

    /// The index in the users model shown at `proxyIndex`, or an invalid one.
    QModelIndex mapToUsers(const QModelIndex &proxyIndex) const;
    /// Where a users model index is shown, or an invalid index when it is filtered out.
    QModelIndex mapFromUsers(const QModelIndex &userIndex) const;

    /// Case-insensitive substring of the name or the user id; empty shows everybody.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    /// Only users with this role id ("admin", "user", "viewer"); empty shows every role.
    void setRoleFilter(const QString &roleId);
    QString roleFilter() const { return m_role; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Applies a changed filter, fine-grained when few blocks of rows change, else as one layout change.
    void refilter(const QStringMatcher &oldMatcher, bool oldTextEmpty, const QString &oldRole);
    bool accepts(int sortedRow, const QStringMatcher &matcher, bool textEmpty, const QString &role) const;

    UserSortProxyModel *m_sorter;
    const UserTableModel *m_users = nullptr;
    QMetaObject::Connection m_usersDestroyed;
    QString m_text;
    QStringMatcher m_matcher;
    QString m_role;
};
