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
{ }

UserTableModel::~UserTableModel() = default;

QModelIndex UserTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() - m_gapSize || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size() - m_gapSize;
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
        return m_rows.id(row).toString();
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
    return (column == Name ? m_rows.name(row) : m_rows.id(row)).toString();
}

QVariant UserTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return m_rows.name(row).toString().toCaseFolded();
    case Role:
        return m_strings.at(row.role);
    case Type:
        return m_strings.at(row.userType);
    case Joined:
        // Unknown dates sort first; always a qint64 so that QVariant comparisons never mix types.
        return (row.flags & HasCreatedAt) ? row.createdAt : std::numeric_limits<qint64>::min();
    }
    return m_rows.id(row).toString();
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
    const QString userId = m_rows.id(row).toString(); // slots may change the model and invalidate `row`
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
    const quint16 roleId = role ? m_strings.intern(*role) : r.role;
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
    return User{m_rows.id(r).toString(), m_rows.name(r).toString(), createdAt, m_strings.at(r.role),
                m_strings.at(r.userType)};
}

int UserTableModel::rowOf(const QString &userId) const
{
    const int p = m_rows.find(userId);
    if (p < 0)
        return -1;
    // Only kept rows are indexed, so a physical index is never inside the gap.
    return p < m_gapStart ? p : p - m_gapSize;
}

std::vector<User> UserTableModel::users() const
{
    std::vector<User> result;
    result.reserve(static_cast<size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        result.push_back(userAt(row));
    return result;
}

bool UserTableModel::append(User &&user)
{
    Row row;
    if (user.isInternal())
        row.flags |= Internal;
    if (user.createdAt) {
        row.createdAt = *user.createdAt;
        row.flags |= HasCreatedAt;
    }
    row.role = m_strings.intern(user.role);
    row.userType = m_strings.intern(user.userType);
    return m_rows.append(row, user.id, user.name);
}

void UserTableModel::setUsers(std::vector<User> users)
{
    if (!m_rows.isEmpty()) {
        refresh(std::move(users));
        return;
    }
    beginResetModel();
    m_pendingRoles.clear();
    qsizetype characters = 0;
    for (const User &user : users)
        characters += user.id.size() + user.name.size();
    m_rows.reserve(static_cast<qsizetype>(users.size()), characters);
    // The server can list one id twice (an SSO login next to a legacy record); the first wins.
    for (User &user : users)
        append(std::move(user));
    endResetModel();
}

void UserTableModel::refresh(std::vector<User> fresh)
{
    // Usual case: the server lists the same users in the same order, perhaps with some gone or new
    // ones in between. Each user is first looked for right after the previous match, so rows pair
    // up by one comparison; only users out of that order cost a lookup.
    const int rows = rowCount();
    // Position in `fresh` of each row's user (by physical index), -1 when it vanished; later
    // duplicates are ignored as in setUsers().
    std::vector<int> freshOf(static_cast<size_t>(rows), -1);
    std::vector<int> added;
    QSet<QString> addedIds;
    int matched = 0;
    int expected = 0;
    for (int i = 0; i < static_cast<int>(fresh.size()); ++i) {
        const QString &id = fresh[static_cast<size_t>(i)].id;
        const int p = expected < rows && m_rows.id(m_rows[expected]) == id ? expected : m_rows.find(id);
        if (p >= 0) {
            if (freshOf[static_cast<size_t>(p)] < 0) {
                freshOf[static_cast<size_t>(p)] = i;
                ++matched;
                expected = p + 1;
            }
        } else if (!addedIds.contains(id)) {
            added.push_back(i);
            addedIds.insert(id);
        }
    }
    if (matched < rows) {
        removeVanished(freshOf);
        // Removal keeps the order of the rows that stay: their users, in row order.
        std::erase(freshOf, -1);
    }

    // Kept rows keep their place; each changed row is signalled for the columns that changed.
    for (int r = 0; r < rowCount(); ++r) {
        int lastColumn = 0;
        const int at = freshOf[static_cast<size_t>(r)];
        const int firstColumn = update(m_rows[r], std::move(fresh[static_cast<size_t>(at)]), &lastColumn);
        if (firstColumn >= 0)
            Q_EMIT dataChanged(index(r, firstColumn), index(r, lastColumn));
    }
    m_rows.compactIfWasteful();

    if (added.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (const int i : added)
        append(std::move(fresh[static_cast<size_t>(i)]));
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
    if (m_rows.name(row) != fresh.name) {
        m_rows.setName(row, fresh.name);
        touch(Name);
    }
    if (m_strings.at(row.role) != fresh.role) {
        row.role = m_strings.intern(fresh.role);
        touch(Role);
    }
    // A pending change the server now shows was made (by this client or anybody else): done.
    if (row.flags & Pending) {
        const QString id = m_rows.id(row).toString();
        if (m_pendingRoles.value(id) == fresh.role) {
            row.flags &= static_cast<quint8>(~Pending);
            m_pendingRoles.remove(id);
            touch(Role);
        }
    }
    if (m_strings.at(row.userType) != fresh.userType) {
        row.userType = m_strings.intern(fresh.userType);
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

void UserTableModel::removeVanished(const std::vector<int> &freshOf)
{
    // Blocks go from the bottom up. Rows between a block and the gap slide down to the gap's far
    // end, so each row moves at most once however scattered the removals are. `freshOf` is read
    // only below the current block, where no row has moved yet.
    m_gapStart = m_rows.size();
    m_gapSize = 0;
    const auto vanished = [&](int r) { return freshOf[static_cast<size_t>(r)] < 0; };
    for (int last = m_gapStart - 1; last >= 0; --last) {
        if (!vanished(last))
            continue;
        int first = last;
        while (first > 0 && vanished(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            if (m_rows[r].flags & Pending)
                m_pendingRoles.remove(m_rows.id(m_rows[r]).toString());
            m_rows.unindex(r);
        }
        const int moving = m_gapStart - (last + 1);
        m_rows.move(last + 1, m_gapStart - 1, m_gapStart + m_gapSize - moving);
        m_gapSize += last - first + 1;
        m_gapStart = first;
        endRemoveRows();
        last = first;
    }
    m_rows.erase(m_gapStart, m_gapSize);
    m_gapStart = 0;
    m_gapSize = 0;
}
