// SPDX-License-Identifier: MIT
#include "importoutcomemodel.h"

#include "import/importrunner.h"

#include <algorithm>
#include <numeric>

using Status = ImportRowOutcome::Status;

namespace {
// What the person has to act on comes first.
int order(Status status)
{
    switch (status) {
    case Status::Failed:
        return 0;
    case Status::NotSent:
        return 1;
    case Status::AlreadyExisted:
        return 2;
    case Status::Created:
        break;
    }
    return 3;
}
} // namespace

ImportOutcomeModel::ImportOutcomeModel(const QList<ImportRowOutcome> &outcomes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outcomes(outcomes)
{
    // Sorting row numbers, not the outcomes themselves: the list stays shared with the caller's.
    m_order.resize(m_outcomes.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return order(m_outcomes.at(a).status) < order(m_outcomes.at(b).status); });
}

int ImportOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int ImportOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRowOutcome &outcome = m_outcomes.at(m_order.at(index.row()));
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return outcome.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case LineColumn:
        return QString::number(outcome.line);
    case UserColumn:
        return outcome.username;
    case RoleColumn:
        return outcome.role;
    case OutcomeColumn:
        return ImportRunner::statusText(outcome.status);
    case ReasonColumn:
        return outcome.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}
