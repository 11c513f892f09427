// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class BulkOutcome;
class QTreeWidget;

/// Every user of a bulk action with what happened to them and why, not just counts: the summary on
/// top, then one line per user (failures first), and a button that copies the list as text.
class BulkResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultDialog)

public:
    BulkResultDialog(const QString &title, const BulkOutcome &outcome, QWidget *parent = nullptr);

    /// The list as plain text, one "name<TAB>outcome<TAB>reason" line per user.
    QString reportText() const;

private:
    QTreeWidget *m_list = nullptr;
};
