// SPDX-License-Identifier: MIT
#pragma once

#include "caseinsensitivematcher.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

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

    /// The index in the users model shown at `proxyIndex`, or an invalid one.
    QModelIndex mapToUsers(const QModelIndex &proxyIndex) const;
    /// Where a users model index is shown, or an invalid index when it is filtered out.
    QModelIndex mapFromUsers(const QModelIndex &userIndex) const;

    /// Case-insensitive substring of the name or the user id; empty shows everybody.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_matcher.needle(); }
    /// Only users with this role id ("admin", "user", "viewer"); empty shows every role.
    void setRoleFilter(const QString &roleId);
    QString roleFilter() const { return m_role; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Applies a changed filter, fine-grained when few blocks of rows change, else as one layout change.
    void refilter(const CaseInsensitiveMatcher &oldMatcher, const QString &oldRole);
    /// Whether the filter shows the user at `userRow` of the users model.
    bool accepts(int userRow, const CaseInsensitiveMatcher &matcher, const QString &role) const;
    /// accepts() for every user, in the users model's order: reading the rows in memory order
    /// is several times faster than in sorted order.
    std::vector<quint8> acceptAll(const CaseInsensitiveMatcher &matcher, const QString &role) const;

    UserSortProxyModel *m_sorter;
    const UserTableModel *m_users = nullptr;
    QList<QMetaObject::Connection> m_usersConnections;
    /// What the filter shows, by users model row, as of the last refilter; dropped on any change
    /// of the users. While m_refiltering, filterAcceptsRow() reads it instead of the rows.
    std::vector<quint8> m_accepted;
    bool m_acceptedValid = false;
    bool m_refiltering = false;
    CaseInsensitiveMatcher m_matcher;
    QString m_role;
};
