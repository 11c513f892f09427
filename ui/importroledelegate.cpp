// SPDX-License-Identifier: MIT
#include "importroledelegate.h"

#include "domain/role.h"
#include "models/importpreviewmodel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

ImportRoleDelegate::ImportRoleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *ImportRoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() != ImportPreviewModel::RoleColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Role for this row"));
    combo->setAccessibleDescription(
            tr("The role this row's user gets, or what to do with a role the server does not know"));
    combo->setPlaceholderText(tr("Choose\u2026"));
    combo->addItem(tr("Skip this row"), QString(u""_s));
    for (const QString &role : Role::all())
        combo->addItem(role, role);
    // One choice is one decision: commit at once rather than when focus moves on.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ImportRoleDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void ImportRoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != ImportPreviewModel::RoleColumn) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant current = index.data(Qt::EditRole);
    // Undecided rows show the placeholder: no role is ever preselected for the admin.
    combo->setCurrentIndex(current.isValid() ? combo->findData(current.toString()) : -1);
}

void ImportRoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != ImportPreviewModel::RoleColumn) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() < 0)
        return;
    const QVariant current = index.data(Qt::EditRole);
    const QString chosen = combo->currentData().toString();
    if (!current.isValid() || current.toString() != chosen)
        model->setData(index, chosen, Qt::EditRole);
}
