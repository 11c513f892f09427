// SPDX-License-Identifier: MIT
#include "usersortproxymodel.h"

#include "usertablemodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {
constexpr quint32 UnrankedName = std::numeric_limits<quint32>::max();
// Beyond this many new or renamed rows at once, ranking everything again is cheaper than
// comparing the new names one by one with the collator.
constexpr int RerankThreshold = 256;

QLocale collationLocale()
{
    // Qt's collator ignores every setting, numeric mode included, in the C locale (LANG=C.UTF-8
    // on servers and in tests): natural sort must not depend on it.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

UserSortProxyModel::UserSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(UserTableModel::SortRole);
    // Connected before any model above can connect to this one, so the cached order is gone
    // before the layer above reads rows again.
    const auto dropOrder = [this] {
        m_orderCached = false;
        m_order = {};
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, dropOrder);
    connect(this, &QAbstractItemModel::rowsRemoved, this, dropOrder);
    connect(this, &QAbstractItemModel::rowsMoved, this, dropOrder);
    connect(this, &QAbstractItemModel::layoutAboutToBeChanged, this, dropOrder);
    connect(this, &QAbstractItemModel::layoutChanged, this, dropOrder);
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, dropOrder);
    connect(this, &QAbstractItemModel::modelReset, this, dropOrder);
}

UserSortProxyModel::~UserSortProxyModel() = default;

void UserSortProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_users = qobject_cast<const UserTableModel *>(sourceModel);
    dropNameRanks();
    // Connected before the base class connects its own handlers, so the ranks are up to date
    // when it re-sorts after a source change.
    if (m_users) {
        // Every row may have moved or changed: rank again only when the order needs it now.
        const auto rerank = [this] {
            if (sortColumn() == UserTableModel::Name)
                rebuildNameRanks();
            else
                dropNameRanks();
        };
        m_connections.append(connect(m_users, &QObject::destroyed, this, [this] {
            m_users = nullptr;
            dropNameRanks();
        }));
        m_connections.append(connect(m_users, &QAbstractItemModel::modelReset, this, rerank));
        m_connections.append(connect(m_users, &QAbstractItemModel::layoutChanged, this, rerank));
        m_connections.append(
                connect(m_users, &QAbstractItemModel::rowsInserted, this,
                        [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }));
        m_connections.append(connect(m_users, &QAbstractItemModel::rowsRemoved, this,
                                     [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); }));
        m_connections.append(
                connect(m_users, &QAbstractItemModel::dataChanged, this, &UserSortProxyModel::onDataChanged));
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_users && sortColumn() == UserTableModel::Name)
        rebuildNameRanks();
}

void UserSortProxyModel::sort(int column, Qt::SortOrder order)
{
    // The ranks stay once built (4 bytes a row, kept up to date on every source change), so that
    // going back to the name column does not collate every name again.
    if (column == UserTableModel::Name && !m_ranked && m_users)
        rebuildNameRanks();
    QSortFilterProxyModel::sort(column, order);
}

int UserSortProxyModel::sourceRowAt(int row) const
{
    if (m_orderCached)
        return m_order[static_cast<size_t>(row)];
    return mapToSource(index(row, 0)).row();
}

void UserSortProxyModel::cacheOrder()
{
    if (m_orderCached)
        return;
    const int count = rowCount();
    m_order.resize(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row)
        m_order[static_cast<size_t>(row)] = mapToSource(index(row, 0)).row();
    m_orderCached = true;
}

bool UserSortProxyModel::filterAcceptsRow(int, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid();
}

bool UserSortProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (!m_users || sourceLeft.column() != UserTableModel::Name)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int left = sourceLeft.row();
    const int right = sourceRight.row();
    if (m_ranked && m_nameRank[left] != UnrankedName && m_nameRank[right] != UnrankedName)
        return m_nameRank[left] < m_nameRank[right];
    // Equal names are not "less" either way, so the base class's stable sort keeps their source order.
    return m_collator.compare(m_users->nameView(left), m_users->nameView(right)) < 0;
}

void UserSortProxyModel::rebuildNameRanks()
{
    // Collation keys are computed once per row and compared as bytes, which is many times faster
    // than comparing the names n·log(n) times; only the integer ranks are kept.
    const int count = m_users->rowCount();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row)
        keys.push_back(m_collator.sortKey(m_users->nameView(row).toString()));
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a].compare(keys[b]) < 0; });
    m_nameRank.assign(static_cast<size_t>(count), 0);
    quint32 rank = 0;
    for (int i = 1; i < count; ++i) {
        if (keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++rank;
        m_nameRank[order[i]] = rank;
    }
    m_ranked = true;
}

void UserSortProxyModel::dropNameRanks()
{
    m_ranked = false;
    m_nameRank = {};
}

void UserSortProxyModel::onRowsInserted(int first, int last)
{
    if (!m_ranked)
        return;
    if (last - first >= RerankThreshold) {
        rebuildNameRanks();
        return;
    }
    m_nameRank.insert(m_nameRank.begin() + first, static_cast<size_t>(last - first + 1), UnrankedName);
}

void UserSortProxyModel::onRowsRemoved(int first, int last)
{
    // Ranks of the remaining rows still compare correctly, gaps do not matter.
    if (m_ranked)
        m_nameRank.erase(m_nameRank.begin() + first, m_nameRank.begin() + last + 1);
}

void UserSortProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!m_ranked || topLeft.column() > UserTableModel::Name || bottomRight.column() < UserTableModel::Name
        || !(roles.isEmpty() || roles.contains(Qt::DisplayRole)))
        return;
    if (bottomRight.row() - topLeft.row() >= RerankThreshold) {
        rebuildNameRanks();
        return;
    }
    std::fill(m_nameRank.begin() + topLeft.row(), m_nameRank.begin() + bottomRight.row() + 1, UnrankedName);
}
