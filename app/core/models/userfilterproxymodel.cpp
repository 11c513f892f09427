// SPDX-License-Identifier: MIT
#include "userfilterproxymodel.h"

#include "usersortproxymodel.h"
#include "usertablemodel.h"

#include <utility>

namespace {
// More blocks of rows appearing or disappearing than this, and a filter change becomes a layout change.
constexpr int FineGrainedRefilterBlocks = 16;
} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sorter(new UserSortProxyModel(this))
    , m_matcher(QString(), Qt::CaseInsensitive)
{
    QSortFilterProxyModel::setSourceModel(m_sorter);
}

UserFilterProxyModel::~UserFilterProxyModel() = default;

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    disconnect(m_usersDestroyed);
    m_users = qobject_cast<const UserTableModel *>(sourceModel);
    if (m_users)
        m_usersDestroyed = connect(m_users, &QObject::destroyed, this, [this] { m_users = nullptr; });
    m_sorter->setSourceModel(sourceModel);
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sorter->sort(column, order);
}

int UserFilterProxyModel::sortedColumn() const
{
    return m_sorter->sortColumn();
}

Qt::SortOrder UserFilterProxyModel::sortedOrder() const
{
    return m_sorter->sortOrder();
}

QModelIndex UserFilterProxyModel::mapToUsers(const QModelIndex &proxyIndex) const
{
    return m_sorter->mapToSource(mapToSource(proxyIndex));
}

QModelIndex UserFilterProxyModel::mapFromUsers(const QModelIndex &userIndex) const
{
    return mapFromSource(m_sorter->mapFromSource(userIndex));
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
    // views get fine-grained insert and remove signals and keep their scroll position. The rows
    // come from the sorting layer already in order, so blocks are blocks on screen too.
    if (!m_users) {
        invalidateFilter();
        return;
    }
    m_sorter->cacheOrder();
    const int count = m_sorter->rowCount();
    int blocks = 0;
    bool inBlock = false;
    for (int row = 0; row < count && blocks <= FineGrainedRefilterBlocks; ++row) {
        const bool changed
                = accepts(row, oldMatcher, oldTextEmpty, oldRole) != accepts(row, m_matcher, m_text.isEmpty(), m_role);
        blocks += changed && !inBlock;
        inBlock = changed;
    }
    if (blocks == 0)
        return;
    if (blocks <= FineGrainedRefilterBlocks)
        invalidateFilter();
    else
        invalidate();
}

bool UserFilterProxyModel::accepts(int sortedRow, const QStringMatcher &matcher, bool textEmpty,
                                   const QString &role) const
{
    const int row = m_sorter->sourceRowAt(sortedRow);
    if (!role.isEmpty() && m_users->roleAt(row) != role)
        return false;
    return textEmpty || matcher.indexIn(m_users->nameView(row)) >= 0 || matcher.indexIn(m_users->idView(row)) >= 0;
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_users) {
        const QModelIndex row = m_sorter->index(sourceRow, UserTableModel::Name);
        return (m_role.isEmpty() || row.data(UserTableModel::RoleIdRole).toString() == m_role)
                && (m_text.isEmpty() || m_matcher.indexIn(row.data().toString()) >= 0
                    || m_matcher.indexIn(row.data(UserTableModel::UserIdRole).toString()) >= 0);
    }
    // Reads the rows directly: this runs for every row on every keystroke.
    return accepts(sourceRow, m_matcher, m_text.isEmpty(), m_role);
}
