// SPDX-License-Identifier: MIT
#pragma once

#include "import/importrow.h"

#include <QDialog>

class QTreeView;

/// Every row of an import with its outcome and reason, not only counts and not only the first few:
/// a summary on top, one line per row (failures first), and Save Report… for a CSV without passwords
/// or hashes (ImportRunner::reportCsv). When rows failed for reasons outside themselves (a lost answer,
/// the connection) or were never sent, Retry offers to send exactly those again.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    explicit ImportResultDialog(const QList<ImportRowOutcome> &outcomes, QWidget *parent = nullptr);

    /// "Created 5, already existed 1, failed 2, not sent 0."
    QString summary() const;
    int rowCount() const;
    /// Rows Retry would send again; the button shows only when there are any.
    int retryableCount() const { return m_retryable; }
    /// Writes the report atomically; what Save Report… does once a file is chosen.
    bool saveReport(const QString &path, QString *error) const;

Q_SIGNALS:
    /// Retry was pressed; whoever sent the rows sends the retryable ones again (and closes this).
    void retryRequested();

private:
    void chooseAndSave();

    QList<ImportRowOutcome> m_outcomes;
    QTreeView *m_list = nullptr;
    QString m_summary;
    int m_retryable = 0;
};
