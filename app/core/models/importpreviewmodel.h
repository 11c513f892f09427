// SPDX-License-Identifier: MIT
#pragma once

#include "import/importplan.h"

#include <QAbstractTableModel>

/// The import preview: one line per record of the file, with what will happen to it and why. Passwords
/// are never shown, only whether the field holds a password or a hash. The role of a row whose role was
/// unknown is edited here (EditRole: admin, user, viewer, or an empty string to skip the row).
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column {
        LineColumn,
        UsernameColumn,
        PasswordColumn,
        RoleColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount,
    };
    enum Roles {
        StatusRole = Qt::UserRole, ///< ImportPlanEntry::Status as int
        RoleIdRole, ///< the role it will be created with; empty when none (yet)
        DecidableRole, ///< bool: the admin chooses this row's role
        SortRole,
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }
    void setPlan(const ImportPlan &plan);
    /// Role for every row whose role was unknown; an empty role skips them all.
    void decideAllUnknown(const QString &role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString statusText(ImportPlanEntry::Status status);

Q_SIGNALS:
    /// A decision changed the plan (counts, readiness); not emitted by setPlan().
    void decisionsChanged();

private:
    QString passwordText(const ImportPlanEntry &entry) const;
    QString roleText(const ImportPlanEntry &entry) const;
    void rowsChanged(const QList<qsizetype> &rows);

    ImportPlan m_plan;
};
