// SPDX-License-Identifier: MIT
#pragma once

#include "import/importrow.h"

#include <QDialog>

class QTreeWidget;

/// Every row of an import with its outcome and reason, not only counts and not only the first few:
/// a summary on top, one line per row (failures first), and Save Report… for a CSV without passwords
/// or hashes (ImportRunner::reportCsv).
class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    explicit ImportResultDialog(const QList<ImportRowOutcome> &outcomes, QWidget *parent = nullptr);

    /// "Created 5, already existed 1, failed 2, not sent 0."
    QString summary() const;
    int rowCount() const;
    /// Writes the report atomically; what Save Report… does once a file is chosen.
    bool saveReport(const QString &path, QString *error) const;

private:
    void chooseAndSave();

    QList<ImportRowOutcome> m_outcomes;
    QTreeWidget *m_list = nullptr;
    QString m_summary;
};
