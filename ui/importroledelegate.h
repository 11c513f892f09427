// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/// The role editor of the import preview, for rows whose role was unknown: Skip or one of the server's
/// roles, carried as item data (an empty string for Skip) so translations never reach the model.
class ImportRoleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRoleDelegate)

public:
    explicit ImportRoleDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
