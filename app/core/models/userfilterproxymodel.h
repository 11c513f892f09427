// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringMatcher>

#include <vector>

class UserTableModel;

/// Filters a UserTableModel by text and role and sorts it; names sort naturally ("user2" before
/// "user10"). Views must map indexes to the source (mapToSource) before acting on a user.
class UserFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxyModel)

public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);
    ~UserFilterProxyModel() override;

    /// The fast paths need a UserTableModel; any other model is filtered and sorted by its roles.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Case-insensitive substring of the name or the user id; empty shows everybody.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    /// Only users with this role id ("admin", "user", "viewer"); empty shows every role.
    void setRoleFilter(const QString &roleId);
    QString roleFilter() const { return m_role; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    /// Applies a changed filter, fine-grained when few blocks of rows change, else as one layout change.
    void refilter(const QStringMatcher &oldMatcher, bool oldTextEmpty, const QString &oldRole);
    bool accepts(int sourceRow, const QStringMatcher &matcher, bool textEmpty, const QString &role) const;
    void rebuildNameRanks();
    void dropNameRanks();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const UserTableModel *m_users = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    QStringMatcher m_matcher;
    QString m_role;
    QCollator m_collator;
    /// Position of each source row's name in collation order (equal names share one), so a sort
    /// compares integers; UnrankedName marks rows added or renamed since, compared with m_collator.
    /// Kept only while sorting by name.
    std::vector<quint32> m_nameRank;
    bool m_ranked = false;
};
