// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QObject>
#include <QPointer>

class ImportDialog;
class ImportRunner;
class WorkProgressDialog;
class QWidget;
class SkyPilotApi;
struct ImportRow;

/// One CSV import from file to result: the preview (ImportDialog), then sending the confirmed rows
/// (ImportRunner) with progress and Cancel, then every row's outcome (ImportResultDialog). Never blocks.
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
    QString describe() const;
    void cancel();

Q_SIGNALS:
    /// Rows were sent (some may have failed): the table should be read again.
    void imported();

private:
    void send(const QList<ImportRow> &rows);
    void onFinished();

    SkyPilotApi &m_api;
    QPointer<QWidget> m_window;
    QPointer<ImportDialog> m_dialog;
    QPointer<ImportRunner> m_runner;
    QPointer<WorkProgressDialog> m_progress;
};
