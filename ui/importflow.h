// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "import/importrow.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ImportDialog;
class ImportResultDialog;
class ImportRunner;
class WorkProgressDialog;
class QWidget;
class SkyPilotApi;

/// One CSV import from file to result: the preview (ImportDialog), then sending the confirmed rows
/// (ImportRunner) with progress and Cancel, then every row's outcome (ImportResultDialog). Never blocks.
/// The result offers to retry the rows that failed for reasons outside themselves: the retry lists the
/// users first, sends only what is still missing, and the next result again lists every row.
class ImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFlow)

public:
    ImportFlow(SkyPilotApi &api, QWidget *window, QObject *parent = nullptr);
    ~ImportFlow() override;

    /// Opens the preview, with this file already read if path is not empty. current: the users now
    /// on the server, so the preview can say who exists already.
    void start(const QString &path, const QList<User> &current);
    bool isSending() const;
    /// Rows of the last import a retry would send again.
    int retryableCount() const;
    QString describe() const;
    void cancel();
    /// Sends the retryable rows of the last import again (what Retry in the result does).
    void retry();

Q_SIGNALS:
    /// Rows were sent (some may have failed): the table should be read again.
    void imported();

private:
    void send(const QList<ImportRow> &rows);
    void startRunner(const QList<ImportRow> &rows, QWidget *progressParent, bool isRetry);
    void onFinished();
    void showResult();
    /// Passwords are kept only while a retry may still need them.
    void forgetRows();

    SkyPilotApi &m_api;
    QPointer<QWidget> m_window;
    QPointer<ImportDialog> m_dialog;
    QPointer<ImportRunner> m_runner;
    QPointer<WorkProgressDialog> m_progress;
    QPointer<ImportResultDialog> m_result;
    QList<ImportRow> m_rows; ///< the last import's rows; passwords only on rows still retryable
    QList<ImportRowOutcome> m_outcomes; ///< one per m_rows, the latest outcome of each
    QList<int> m_retrying; ///< indexes into m_rows that the running runner sends again
    QSet<QString> m_firstSnapshot; ///< names on the server before the first attempt
    QSet<QString> m_sentNames; ///< names an attempt sent that have not been settled as created
};
