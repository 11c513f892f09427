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
{
    QSortFilterProxyModel::setSourceModel(m_sorter);
}

UserFilterProxyModel::~UserFilterProxyModel() = default;

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_usersConnections))
        disconnect(connection);
    m_usersConnections.clear();
    m_acceptedValid = false;
    m_users = qobject_cast<const UserTableModel *>(sourceModel);
    if (m_users) {
        // Connected before the sorting layer connects, so no layer reads a stale m_accepted.
        const auto dropAccepted = [this] { m_acceptedValid = false; };
        m_usersConnections = {
                connect(m_users, &QObject::destroyed, this, [this] { m_users = nullptr; }),
                connect(m_users, &QAbstractItemModel::rowsInserted, this, dropAccepted),
                connect(m_users, &QAbstractItemModel::rowsRemoved, this, dropAccepted),
                connect(m_users, &QAbstractItemModel::rowsMoved, this, dropAccepted),
                connect(m_users, &QAbstractItemModel::dataChanged, this, dropAccepted),
                connect(m_users, &QAbstractItemModel::layoutChanged, this, dropAccepted),
                connect(m_users, &QAbstractItemModel::modelReset, this, dropAccepted),
        };
    }
    m_sorter->setSourceModel(sourceModel);
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sorter->sort(column, order);
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
    if (text == m_matcher.needle())
        return;
    const CaseInsensitiveMatcher oldMatcher = std::exchange(m_matcher, CaseInsensitiveMatcher(text));
    refilter(oldMatcher, m_role);
}

void UserFilterProxyModel::setRoleFilter(const QString &roleId)
{
    if (roleId == m_role)
        return;
    const QString oldRole = std::exchange(m_role, roleId);
    refilter(m_matcher, oldRole);
}

void UserFilterProxyModel::refilter(const CaseInsensitiveMatcher &oldMatcher, const QString &oldRole)
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
    const std::vector<quint8> before = m_acceptedValid ? std::move(m_accepted) : acceptAll(oldMatcher, oldRole);
    m_accepted = acceptAll(m_matcher, m_role);
    m_acceptedValid = true;
    m_sorter->cacheOrder();
    const int count = m_sorter->rowCount();
    int blocks = 0;
    bool inBlock = false;
    for (int row = 0; row < count && blocks <= FineGrainedRefilterBlocks; ++row) {
        const auto user = static_cast<size_t>(m_sorter->sourceRowAt(row));
        const bool changed = before[user] != m_accepted[user];
        blocks += changed && !inBlock;
        inBlock = changed;
    }
    if (blocks == 0)
        return;
    m_refiltering = true;
    if (blocks <= FineGrainedRefilterBlocks) {
        invalidateFilter();
    } else {
        invalidate();
        // The base class rebuilds its rows lazily; do it now, while m_accepted answers.
        rowCount();
    }
    m_refiltering = false;
}

bool UserFilterProxyModel::accepts(int userRow, const CaseInsensitiveMatcher &matcher, const QString &role) const
{
    if (!role.isEmpty() && m_users->roleAt(userRow) != role)
        return false;
    return matcher.isIn(m_users->nameView(userRow)) || matcher.isIn(m_users->idView(userRow));
}

std::vector<quint8> UserFilterProxyModel::acceptAll(const CaseInsensitiveMatcher &matcher, const QString &role) const
{
    const int count = m_users->rowCount();
    std::vector<quint8> result(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row)
        result[static_cast<size_t>(row)] = accepts(row, matcher, role);
    return result;
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_users) {
        const QModelIndex row = m_sorter->index(sourceRow, UserTableModel::Name);
        return (m_role.isEmpty() || row.data(UserTableModel::RoleIdRole).toString() == m_role)
                && (m_matcher.isIn(row.data().toString())
                    || m_matcher.isIn(row.data(UserTableModel::UserIdRole).toString()));
    }
    const int user = m_sorter->sourceRowAt(sourceRow);
    if (m_refiltering)
        return m_accepted[static_cast<size_t>(user)] != 0;
    return accepts(user, m_matcher, m_role);
}
