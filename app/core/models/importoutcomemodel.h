// SPDX-License-Identifier: MIT
#pragma once

#include "import/importrow.h"

#include <QAbstractTableModel>
#include <QList>

/// Every row of an import with its outcome, read-only, what needs acting on first (failed, not sent,
/// already existed, created; file order within each). Values are made when a view asks for them, so
/// a result of 10,000 rows costs the window nothing up front.
class ImportOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOutcomeModel)

public:
    enum Column { LineColumn, UserColumn, RoleColumn, OutcomeColumn, ReasonColumn, ColumnCount };

    explicit ImportOutcomeModel(const QList<ImportRowOutcome> &outcomes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRowOutcome> m_outcomes; ///< as given
    QList<int> m_order; ///< shown row → index into m_outcomes
};
