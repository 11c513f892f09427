// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "stringtable.h"
#include "userrows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

/// The users of one server as a flat table. Rows keep their order across refreshes so that views
/// keep selection and scroll position; sorting and filtering belong to UserFilterProxyModel.
/// A role change is only requested here (roleChangeRequested); the server's answer applies it.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { Name, UserId, Role, Type, Joined, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        UserIdRole = Qt::UserRole + 1, ///< QString, any column
        RoleIdRole, ///< QString role id as the server spells it ("" for none)
        SortRole, ///< raw sortable value of the cell's column
        InternalRole, ///< bool: the server refuses to change this user (the UI greys it)
        CreatedAtRole, ///< qint64 Unix seconds, or an invalid QVariant when unknown
        PendingRole, ///< bool: a role change was requested and the server has not answered yet
    };
    Q_ENUM(Roles)

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    /// Checks bounds without the base class's virtual rowCount()/columnCount() calls: the
    /// proxy asks for two indexes per comparison when it sorts.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Admins may change roles; everybody else gets a read-only table.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// Replaces everything with a model reset when the table is empty, otherwise behaves like refresh().
    void setUsers(std::vector<User> users);
    /// Applies a new server listing with fine-grained remove, change and insert signals.
    void refresh(std::vector<User> fresh);

    /// The server accepted a role change (or reported one): sets the role and clears the pending mark.
    bool applyRole(const QString &userId, const QString &role);
    /// The server refused a role change: the row shows its old role again.
    bool clearPending(const QString &userId);

    User userAt(int row) const;
    /// The row of a user, or -1; constant time.
    int rowOf(const QString &userId) const;
    std::vector<User> users() const;

    /// Copies of the id and name; the proxy reads the views below, which do not allocate.
    QString idAt(int row) const { return idView(row).toString(); }
    QString nameAt(int row) const { return nameView(row).toString(); }
    /// Cheap accessors for the proxy, which reads them for every row on each keystroke. A view
    /// is valid until the model next changes.
    QStringView idView(int row) const { return m_rows.id(rowRef(row)); }
    QStringView nameView(int row) const { return m_rows.name(rowRef(row)); }
    const QString &roleAt(int row) const { return m_strings.at(rowRef(row).role); }
    bool isPending(int row) const { return (rowRef(row).flags & Pending) != 0; }

Q_SIGNALS:
    void roleChangeRequested(const QString &userId, const QString &oldRole, const QString &newRole);

private:
    using Row = UserRows::Row;
    enum RowFlag : quint8 { HasCreatedAt = 0x1, Internal = 0x2, Pending = 0x4 };

    /// Appends a user unless the id is already listed; false for a duplicate.
    bool append(User &&user);
    /// Ends a pending change: with the server's role, or (role == nullptr) back to the old one.
    bool settle(const QString &userId, const QString *role);
    /// Copies what changed; returns the first changed column (-1 for none) and the last in *lastColumn.
    int update(Row &row, User &&fresh, int *lastColumn);
    /// Removes rows whose entry in `freshOf` (by physical index) is negative.
    void removeVanished(const std::vector<int> &freshOf);
    const Row &rowRef(int row) const { return m_rows[physical(row)]; }
    int physical(int row) const { return row < m_gapStart ? row : row + m_gapSize; }
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;

    UserRows m_rows;
    /// While refresh() removes rows, the removed slots form a gap in m_rows so every row moves
    /// only once; outside refresh() the gap is empty.
    int m_gapStart = 0;
    int m_gapSize = 0;
    /// Role and user type of every row.
    StringTable m_strings;
    /// Requested role of each pending row, by user id; pending rows are few.
    QHash<QString, QString> m_pendingRoles;
    bool m_editable = false;
};
