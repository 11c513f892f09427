// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>

#include <vector>

class UserTableModel;

/// The sorting layer under UserFilterProxyModel: sorts a UserTableModel, names naturally ("user2"
/// before "user10"), and filters nothing. Filtering happens in a separate layer above it so that
/// a filter keystroke walks rows already in order instead of sorting up to 100,000 rows again.
class UserSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSortProxyModel)

public:
    explicit UserSortProxyModel(QObject *parent = nullptr);
    ~UserSortProxyModel() override;

    /// The fast paths need a UserTableModel; any other model is sorted by its SortRole.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The source row shown at `row`, for the filter layer, which asks for every row on a keystroke.
    int sourceRowAt(int row) const;
    /// Makes sourceRowAt() a plain array read until the order next changes.
    void cacheOrder();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    void rebuildNameRanks();
    void dropNameRanks();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const UserTableModel *m_users = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QCollator m_collator;
    /// Position of each source row's name in collation order (equal names share one), so a sort
    /// compares integers; UnrankedName marks rows added or renamed since, compared with m_collator.
    /// Kept once sorted by name, and up to date on every source change.
    std::vector<quint32> m_nameRank;
    bool m_ranked = false;
    /// Source row of each row while m_orderCached; any change of this model's rows drops it.
    std::vector<int> m_order;
    bool m_orderCached = false;
};
