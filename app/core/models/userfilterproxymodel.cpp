// SPDX-License-Identifier: MIT
#include "userfilterproxymodel.h"

#include "usertablemodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace {
constexpr quint32 UnrankedName = std::numeric_limits<quint32>::max();
// Beyond this many new or renamed rows at once, ranking everything again is cheaper than
// comparing the new names one by one with the collator.
constexpr int RerankThreshold = 256;
// More blocks of rows appearing or disappearing than this, and a filter change becomes a layout change.
constexpr int FineGrainedRefilterBlocks = 16;

QLocale collationLocale()
{
    // Qt's collator ignores every setting, numeric mode included, in the C locale (LANG=C.UTF-8
    // on servers and in tests): natural sort must not depend on it.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_matcher(QString(), Qt::CaseInsensitive)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(UserTableModel::SortRole);
}

UserFilterProxyModel::~UserFilterProxyModel() = default;

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_users = qobject_cast<const UserTableModel *>(sourceModel);
    dropNameRanks();
    // Connected before the base class connects its own handlers, so the ranks are up to date
    // when it re-sorts after a source change.
    if (m_users) {
        const auto rerank = [this] {
            if (sortColumn() == UserTableModel::Name)
                rebuildNameRanks();
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
                connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilterProxyModel::onDataChanged));
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_users && sortColumn() == UserTableModel::Name)
        rebuildNameRanks();
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The ranks stay once built (4 bytes a row, kept up to date on every source change), so that
    // going back to the name column does not collate every name again.
    if (column == UserTableModel::Name && !m_ranked && m_users)
        rebuildNameRanks();
    QSortFilterProxyModel::sort(column, order);
}

void UserFilterProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    const QString oldText = std::exchange(m_text, text);
    const QStringMatcher oldMatcher = std::exchange(m_matcher, QStringMatcher(text, Qt::CaseInsensitive));
    refilter(oldMatcher, oldText.isEmpty(), m_role);
}

void UserFilterProxyModel::setRoleFilter(const QString &roleId)
{
    if (roleId == m_role)
        return;
    const QString oldRole = std::exchange(m_role, roleId);
    refilter(m_matcher, m_text.isEmpty(), oldRole);
}

void UserFilterProxyModel::refilter(const QStringMatcher &oldMatcher, bool oldTextEmpty, const QString &oldRole)
{
    // QSortFilterProxyModel::invalidateFilter() rebuilds its whole source-to-proxy table once per
    // contiguous block of rows that appear or disappear: a keystroke that hides thousands of
    // scattered rows costs thousands of passes over 100,000 rows. Past a few blocks, one
    // layout change (persistent indexes are kept or dropped per row) is far cheaper; below it,
    // views get fine-grained insert and remove signals and keep their scroll position.
    if (!m_users) {
        invalidateFilter();
        return;
    }
    const int count = m_users->rowCount();
    // Sorted, neighbours in the source are rarely neighbours in the proxy: count rows, not blocks.
    const bool sorted = sortColumn() >= 0;
    int blocks = 0;
    bool inBlock = false;
    for (int row = 0; row < count && blocks <= FineGrainedRefilterBlocks; ++row) {
        const bool changed
                = accepts(row, oldMatcher, oldTextEmpty, oldRole) != accepts(row, m_matcher, m_text.isEmpty(), m_role);
        blocks += changed && (sorted || !inBlock);
        inBlock = changed;
    }
    if (blocks == 0)
        return;
    if (blocks <= FineGrainedRefilterBlocks)
        invalidateFilter();
    else
        invalidate();
}

bool UserFilterProxyModel::accepts(int sourceRow, const QStringMatcher &matcher, bool textEmpty,
                                   const QString &role) const
{
    if (!role.isEmpty() && m_users->roleAt(sourceRow) != role)
        return false;
    return textEmpty || matcher.indexIn(m_users->nameView(sourceRow)) >= 0
            || matcher.indexIn(m_users->idView(sourceRow)) >= 0;
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_users) {
        const QModelIndex row = sourceModel()->index(sourceRow, UserTableModel::Name);
        return (m_role.isEmpty() || row.data(UserTableModel::RoleIdRole).toString() == m_role)
                && (m_text.isEmpty() || m_matcher.indexIn(row.data().toString()) >= 0
                    || m_matcher.indexIn(row.data(UserTableModel::UserIdRole).toString()) >= 0);
    }
    // Reads the rows directly: this runs for every row on every keystroke.
    return accepts(sourceRow, m_matcher, m_text.isEmpty(), m_role);
}

bool UserFilterProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
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

void UserFilterProxyModel::rebuildNameRanks()
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

void UserFilterProxyModel::dropNameRanks()
{
    m_ranked = false;
    m_nameRank = {};
}

void UserFilterProxyModel::onRowsInserted(int first, int last)
{
    if (!m_ranked)
        return;
    if (last - first >= RerankThreshold) {
        rebuildNameRanks();
        return;
    }
    m_nameRank.insert(m_nameRank.begin() + first, static_cast<size_t>(last - first + 1), UnrankedName);
}

void UserFilterProxyModel::onRowsRemoved(int first, int last)
{
    // Ranks of the remaining rows still compare correctly, gaps do not matter.
    if (m_ranked)
        m_nameRank.erase(m_nameRank.begin() + first, m_nameRank.begin() + last + 1);
}

void UserFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
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
