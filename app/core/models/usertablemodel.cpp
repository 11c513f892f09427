// SPDX-License-Identifier: MIT
#include "usertablemodel.h"

#include "domain/role.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Index 0 of the string table is the empty string, so a default Row has no role and no type.
constexpr quint16 EmptyString = 0;
constexpr qsizetype MaxStrings = std::numeric_limits<quint16>::max();
struct Label
{
    QLatin1StringView id;
    const char *text;
};
constexpr Label RoleLabels[] = {{"admin"_L1, QT_TRANSLATE_NOOP("UserTableModel", "Admin")},
                                {"user"_L1, QT_TRANSLATE_NOOP("UserTableModel", "User")},
                                {"viewer"_L1, QT_TRANSLATE_NOOP("UserTableModel", "Viewer")}};
constexpr Label TypeLabels[] = {{"basic"_L1, QT_TRANSLATE_NOOP("UserTableModel", "Password")},
                                {"sso"_L1, QT_TRANSLATE_NOOP("UserTableModel", "SSO")},
                                {"sa"_L1, QT_TRANSLATE_NOOP("UserTableModel", "Service account")},
                                {"system"_L1, QT_TRANSLATE_NOOP("UserTableModel", "System")},
                                {"legacy"_L1, QT_TRANSLATE_NOOP("UserTableModel", "Legacy")}};

// Values newer than this client are shown as the server spells them.
template<size_t N>
QString label(const QString &value, const Label (&labels)[N])
{
    for (const Label &l : labels) {
        if (value == l.id)
            return UserTableModel::tr(l.text);
    }
    return value;
}

const QList<int> RoleCellRoles{Qt::DisplayRole, Qt::EditRole, UserTableModel::RoleIdRole, UserTableModel::SortRole,
                               UserTableModel::PendingRole};
} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_strings.append(QString());
    m_stringIds.insert(QString(), EmptyString);
}

UserTableModel::~UserTableModel() = default;

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) - m_gapSize;
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowRef(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::EditRole:
        // The role editor needs the id, not the translated label.
        return index.column() == Role ? QVariant(m_strings.at(row.role)) : displayData(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case UserIdRole:
        return row.id;
    case RoleIdRole:
        return m_strings.at(row.role);
    case SortRole:
        return sortData(row, index.column());
    case InternalRole:
        return (row.flags & Internal) != 0;
    case CreatedAtRole:
        return (row.flags & HasCreatedAt) ? QVariant(row.createdAt) : QVariant();
    case PendingRole:
        return (row.flags & Pending) != 0;
    }
    return {};
}

QVariant UserTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case Role:
        return label(m_strings.at(row.role), RoleLabels);
    case Type:
        return label(m_strings.at(row.userType), TypeLabels);
    case Joined:
        return (row.flags & HasCreatedAt)
                ? QLocale().toString(QDateTime::fromSecsSinceEpoch(row.createdAt), QLocale::ShortFormat)
                : QString();
    }
    return column == Name ? row.name : row.id;
}

QVariant UserTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.toCaseFolded();
    case Role:
        return m_strings.at(row.role);
    case Type:
        return m_strings.at(row.userType);
    case Joined:
        // Unknown dates sort first; always a qint64 so that QVariant comparisons never mix types.
        return (row.flags & HasCreatedAt) ? row.createdAt : std::numeric_limits<qint64>::min();
    }
    return row.id;
}

QString UserTableModel::toolTip(const Row &row, int column) const
{
    QStringList lines;
    if (column == Joined && (row.flags & HasCreatedAt))
        lines.append(QLocale().toString(QDateTime::fromSecsSinceEpoch(row.createdAt), QLocale::LongFormat));
    if (row.flags & Internal)
        lines.append(tr("This is an internal user of the API server; it cannot be changed."));
    return lines.join(u'\n');
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static constexpr const char *Headers[ColumnCount]
            = {QT_TR_NOOP("Name"), QT_TR_NOOP("User ID"), QT_TR_NOOP("Role"), QT_TR_NOOP("Type"), QT_TR_NOOP("Joined")};
    return section >= 0 && section < ColumnCount ? tr(Headers[section]) : QVariant();
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return result;
    result |= Qt::ItemNeverHasChildren;
    // A row with a change in flight stays read-only until the server has answered.
    if (m_editable && index.column() == Role && !(rowRef(index.row()).flags & (Internal | Pending)))
        result |= Qt::ItemIsEditable;
    return result;
}

bool UserTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString newRole = value.toString();
    Row &row = m_rows[physical(index.row())];
    const QString oldRole = m_strings.at(row.role);
    if (!Role::isKnown(newRole) || newRole == oldRole)
        return false;
    // The role itself changes only when the server agrees (applyRole); until then the row is pending.
    row.flags |= Pending;
    const QString userId = row.id; // slots may change the model and invalidate `row`
    m_pendingRoles.insert(userId, newRole);
    Q_EMIT dataChanged(index, index, RoleCellRoles);
    Q_EMIT roleChangeRequested(userId, oldRole, newRole);
    return true;
}

void UserTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    // Flags are not data: there is no signal for them, so repaint the role column.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Role), index(rowCount() - 1, Role), {Qt::DisplayRole});
}

bool UserTableModel::applyRole(const QString &userId, const QString &role)
{
    return settle(userId, &role);
}

bool UserTableModel::clearPending(const QString &userId)
{
    return settle(userId, nullptr);
}

bool UserTableModel::settle(const QString &userId, const QString *role)
{
    const int row = rowOf(userId);
    if (row < 0)
        return false;
    Row &r = m_rows[physical(row)];
    const quint16 roleId = role ? intern(*role) : r.role;
    if (r.role == roleId && !(r.flags & Pending))
        return role != nullptr; // applying the current role is fine; reverting nothing is not
    r.role = roleId;
    r.flags &= static_cast<quint8>(~Pending);
    m_pendingRoles.remove(userId);
    Q_EMIT dataChanged(index(row, Role), index(row, Role), RoleCellRoles);
    return true;
}

User UserTableModel::userAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &r = rowRef(row);
    const auto createdAt = (r.flags & HasCreatedAt) ? std::optional<qint64>(r.createdAt) : std::nullopt;
    return User{r.id, r.name, createdAt, m_strings.at(r.role), m_strings.at(r.userType)};
}

int UserTableModel::rowOf(const QString &userId) const
{
    const auto it = m_index.constFind(userId);
    if (it == m_index.cend())
        return -1;
    // Only kept rows are indexed, so a physical index is never inside the gap.
    return it.value() < m_gapStart ? it.value() : it.value() - m_gapSize;
}

std::vector<User> UserTableModel::users() const
{
    std::vector<User> result;
    result.reserve(static_cast<size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        result.push_back(userAt(row));
    return result;
}

UserTableModel::Row UserTableModel::makeRow(User &&user)
{
    Row row;
    if (user.isInternal())
        row.flags |= Internal;
    if (user.createdAt) {
        row.createdAt = *user.createdAt;
        row.flags |= HasCreatedAt;
    }
    row.role = intern(user.role);
    row.userType = intern(user.userType);
    row.id = std::move(user.id);
    row.name = std::move(user.name);
    return row;
}

quint16 UserTableModel::intern(const QString &value)
{
    const auto it = m_stringIds.constFind(value);
    if (it != m_stringIds.cend())
        return it.value();
    // Roles and types take a handful of values; only a hostile server could list 65,535 of them.
    if (m_strings.size() >= MaxStrings)
        return EmptyString;
    const auto id = static_cast<quint16>(m_strings.size());
    m_strings.append(value);
    m_stringIds.insert(value, id);
    return id;
}

void UserTableModel::setUsers(std::vector<User> users)
{
    if (!m_rows.empty()) {
        refresh(std::move(users));
        return;
    }
    beginResetModel();
    m_pendingRoles.clear();
    m_rows.reserve(users.size());
    m_index.reserve(static_cast<qsizetype>(users.size()));
    for (User &user : users) {
        // The server can list one id twice (an SSO login next to a legacy record); the first wins.
        const qsizetype before = m_index.size();
        int &slot = m_index[user.id];
        if (m_index.size() == before)
            continue;
        slot = static_cast<int>(m_rows.size());
        m_rows.push_back(makeRow(std::move(user)));
    }
    endResetModel();
}

void UserTableModel::refresh(std::vector<User> fresh)
{
    // Usual case: the server lists the same users in the same order, perhaps with new ones at the
    // end. Rows then pair up by position, without a lookup table over the whole listing.
    const bool sameOrder = fresh.size() >= m_rows.size()
            && std::equal(m_rows.cbegin(), m_rows.cend(), fresh.cbegin(),
                          [](const Row &row, const User &user) { return row.id == user.id; });
    // Otherwise: id → position of its first occurrence; later duplicates are ignored as in setUsers().
    QHash<QString, int> freshIndex;
    std::vector<int> added;
    QSet<QString> addedIds;
    for (int i = sameOrder ? rowCount() : 0; i < static_cast<int>(fresh.size()); ++i) {
        const QString &id = fresh[i].id;
        if (!sameOrder) {
            const qsizetype before = freshIndex.size();
            int &slot = freshIndex[id];
            if (freshIndex.size() == before)
                continue;
            slot = i;
        } else if (addedIds.contains(id)) {
            continue;
        }
        if (!m_index.contains(id)) {
            added.push_back(i);
            addedIds.insert(id);
        }
    }
    if (!sameOrder)
        removeVanished(freshIndex);

    // Kept rows keep their place; each changed row is signalled for the columns that changed.
    for (int r = 0; r < rowCount(); ++r) {
        int lastColumn = 0;
        const int at = sameOrder ? r : freshIndex.value(m_rows[r].id);
        const int firstColumn = update(m_rows[r], std::move(fresh[at]), &lastColumn);
        if (firstColumn >= 0)
            Q_EMIT dataChanged(index(r, firstColumn), index(r, lastColumn));
    }

    if (added.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (const int i : added) {
        m_index.insert(fresh[i].id, static_cast<int>(m_rows.size()));
        m_rows.push_back(makeRow(std::move(fresh[i])));
    }
    endInsertRows();
}

int UserTableModel::update(Row &row, User &&fresh, int *lastColumn)
{
    int first = -1;
    const auto touch = [&](int column) {
        if (first < 0)
            first = column;
        *lastColumn = column;
    };
    if (row.name != fresh.name) {
        row.name = std::move(fresh.name);
        touch(Name);
    }
    if (m_strings.at(row.role) != fresh.role) {
        row.role = intern(fresh.role);
        touch(Role);
    }
    // A pending change the server now shows was made (by this client or anybody else): done.
    if ((row.flags & Pending) && m_pendingRoles.value(row.id) == fresh.role) {
        row.flags &= static_cast<quint8>(~Pending);
        m_pendingRoles.remove(row.id);
        touch(Role);
    }
    if (m_strings.at(row.userType) != fresh.userType) {
        row.userType = intern(fresh.userType);
        touch(Type);
    }
    const bool hasCreatedAt = fresh.createdAt.has_value();
    if (hasCreatedAt != bool(row.flags & HasCreatedAt) || (hasCreatedAt && *fresh.createdAt != row.createdAt)) {
        row.createdAt = fresh.createdAt.value_or(0);
        row.flags = static_cast<quint8>(hasCreatedAt ? row.flags | HasCreatedAt : row.flags & ~HasCreatedAt);
        touch(Joined);
    }
    // Internal-ness shows in every column (tooltip, greying).
    const bool internal = fresh.isInternal();
    if (internal != bool(row.flags & Internal)) {
        row.flags = static_cast<quint8>(internal ? row.flags | Internal : row.flags & ~Internal);
        first = 0;
        *lastColumn = ColumnCount - 1;
    }
    return first;
}

void UserTableModel::removeVanished(const QHash<QString, int> &freshIndex)
{
    // Blocks go from the bottom up. Rows between a block and the gap slide down to the gap's far
    // end, so each row moves at most once however scattered the removals are.
    m_gapStart = static_cast<int>(m_rows.size());
    m_gapSize = 0;
    const auto vanished = [&](int r) { return !freshIndex.contains(m_rows[r].id); };
    for (int last = m_gapStart - 1; last >= 0; --last) {
        if (!vanished(last))
            continue;
        int first = last;
        while (first > 0 && vanished(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            Row &gone = m_rows[r];
            m_index.remove(gone.id);
            m_pendingRoles.remove(gone.id);
            gone = Row();
        }
        const int tailStart = m_gapStart + m_gapSize;
        const int moving = m_gapStart - (last + 1);
        std::move_backward(m_rows.begin() + last + 1, m_rows.begin() + m_gapStart, m_rows.begin() + tailStart);
        for (int p = tailStart - moving; p < tailStart; ++p)
            m_index[m_rows[p].id] = p;
        m_gapSize += last - first + 1;
        m_gapStart = first;
        endRemoveRows();
        last = first;
    }
    if (m_gapSize > 0) {
        m_rows.erase(m_rows.begin() + m_gapStart, m_rows.begin() + m_gapStart + m_gapSize);
        for (int p = m_gapStart; p < static_cast<int>(m_rows.size()); ++p)
            m_index[m_rows[p].id] = p;
    }
    m_gapStart = 0;
    m_gapSize = 0;
}
