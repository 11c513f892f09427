// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/// Draws the users table and edits its role column. Internal users are drawn dimmed in every column
/// (the model's tooltip says why); a role change the server has not answered yet is drawn in
/// italics with an ellipsis. The role editor is a combo box of the server's roles whose items carry
/// the role id as data, so translations never reach the server.
class UserTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableDelegate)

public:
    explicit UserTableDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /// The label the table shows for a role id, from the model's translations.
    static QString roleLabel(const QString &roleId);

protected:
    friend class TestUserTableDelegate; // checks what a row looks like without comparing pixels
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
