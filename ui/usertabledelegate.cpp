// SPDX-License-Identifier: MIT
#include "usertabledelegate.h"

#include "domain/role.h"
#include "models/usertablemodel.h"

#include <QComboBox>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

UserTableDelegate::UserTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString UserTableDelegate::roleLabel(const QString &roleId)
{
    // The same source strings and context as the table's Role column, so both read alike in every language.
    if (roleId == Role::Admin)
        return QCoreApplication::translate("UserTableModel", "Admin");
    if (roleId == Role::User)
        return QCoreApplication::translate("UserTableModel", "User");
    if (roleId == Role::Viewer)
        return QCoreApplication::translate("UserTableModel", "Viewer");
    return roleId;
}

QWidget *UserTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != UserTableModel::Role)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Role"));
    combo->setAccessibleDescription(
            tr("Choosing a role sends the change to the server at once; Escape keeps the role"));
    for (const QString &role : Role::all())
        combo->addItem(roleLabel(role), role);
    // One choice is one change: commit as soon as a role is picked rather than when focus moves on.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<UserTableDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void UserTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != UserTableModel::Role) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    combo->setCurrentIndex(combo->findData(index.data(UserTableModel::RoleIdRole).toString()));
}

void UserTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != UserTableModel::Role) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QString chosen = combo->currentData().toString();
    // Re-choosing the current role is not a change; the model would refuse it anyway.
    if (!chosen.isEmpty() && chosen != index.data(UserTableModel::RoleIdRole).toString())
        model->setData(index, chosen, Qt::EditRole);
}

void UserTableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(UserTableModel::InternalRole).toBool()) {
        // Dimmed, not disabled: a style's disabled text can fall to 1.9:1 (Fusion's #bebebe on white)
        // and its disabled selection can hardly be told from no selection. Text blended towards the
        // background stays at least 4:1 in light and dark palettes, and a selected row still shows.
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            const QColor text = option->palette.color(group, QPalette::Text);
            const QColor base = option->palette.color(group, QPalette::Base);
            option->palette.setColor(group, QPalette::Text,
                                     QColor::fromRgbF(0.6f * text.redF() + 0.4f * base.redF(),
                                                      0.6f * text.greenF() + 0.4f * base.greenF(),
                                                      0.6f * text.blueF() + 0.4f * base.blueF()));
        }
    }
    if (index.column() == UserTableModel::Role && index.data(UserTableModel::PendingRole).toBool()) {
        option->font.setItalic(true);
        option->text = tr("%1 (saving\u2026)").arg(option->text);
    }
}
