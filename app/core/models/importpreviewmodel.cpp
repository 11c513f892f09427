// SPDX-License-Identifier: MIT
#include "importpreviewmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Names from a file may hold control or invisible characters (that is why they are invalid); shown raw
// they could reorder or hide the text around them.
QString visible(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void ImportPreviewModel::decideAllUnknown(const QString &role)
{
    rowsChanged(role.isEmpty() ? m_plan.skipAllUnknown() : m_plan.chooseRoleForAllUnknown(role));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::statusText(ImportPlanEntry::Status status)
{
    using S = ImportPlanEntry::Status;
    switch (status) {
    case S::New:
        return tr("New");
    case S::AlreadyExists:
        return tr("Already on the server");
    case S::Duplicate:
        return tr("Duplicate in the file");
    case S::Invalid:
        return tr("Invalid");
    case S::NeedsRole:
        return tr("Unknown role: choose");
    case S::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ImportPreviewModel::passwordText(const ImportPlanEntry &entry) const
{
    if (entry.password.isEmpty())
        return {};
    if (entry.passwordIsHash) {
        return entry.flags.testFlag(ImportPlanEntry::WeakHash) ? tr("hash (%1, weak)").arg(entry.hashScheme)
                                                               : tr("hash (%1)").arg(entry.hashScheme);
    }
    if (entry.flags.testFlag(ImportPlanEntry::LookAlikePassword))
        return tr("password (looks like %1)").arg(entry.hashScheme);
    return tr("password");
}

QString ImportPreviewModel::roleText(const ImportPlanEntry &entry) const
{
    if (!entry.roleUnknown)
        return visible(entry.writtenRole);
    switch (entry.status) {
    case ImportPlanEntry::Status::NeedsRole:
        return tr("Choose\u2026");
    case ImportPlanEntry::Status::Skipped:
        return tr("Skip");
    case ImportPlanEntry::Status::New:
        return entry.role;
    default:
        return visible(entry.writtenRole);
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPlanEntry &entry = m_plan.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return entry.line;
        case UsernameColumn:
            return visible(entry.username);
        case PasswordColumn:
            return passwordText(entry);
        case RoleColumn:
            return roleText(entry);
        case StatusColumn:
            return statusText(entry.status);
        case ReasonColumn:
            return entry.problem.isEmpty() || entry.notes.isEmpty() ? entry.problem + entry.notes
                                                                    : entry.problem + u' ' + entry.notes;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == RoleColumn && m_plan.isDecidable(index.row())) {
            if (entry.status == ImportPlanEntry::Status::NeedsRole)
                return {};
            return entry.role; // empty for a skipped row
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? data(index, Qt::DisplayRole) : QVariant();
    case StatusRole:
        return int(entry.status);
    case RoleIdRole:
        return entry.role;
    case DecidableRole:
        return m_plan.isDecidable(index.row());
    case SortRole:
        if (index.column() == LineColumn)
            return entry.line;
        if (index.column() == StatusColumn)
            return int(entry.status);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UsernameColumn:
        return tr("User name");
    case PasswordColumn:
        return tr("Password");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Details");
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == RoleColumn && m_plan.isDecidable(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != RoleColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString choice = value.toString();
    const bool changed = choice.isEmpty() ? m_plan.skip(index.row()) : m_plan.chooseRole(index.row(), choice);
    if (changed)
        rowsChanged({index.row()});
    return changed;
}

void ImportPreviewModel::rowsChanged(const QList<qsizetype> &rows)
{
    if (rows.isEmpty())
        return;
    // A decision changes the role, the status and the reason; one signal for the span keeps views cheap.
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    Q_EMIT dataChanged(index(int(*first), RoleColumn), index(int(*last), ReasonColumn));
    Q_EMIT decisionsChanged();
}
