// SPDX-License-Identifier: MIT
#pragma once

#include "import/importrow.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <memory>

class ImportPlan;
class ImportPreviewLoader;
class ImportPreviewModel;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class SkyPilotApi;
struct User;

namespace Ui {
class ImportDialog;
}

/// The import preview, which is the dry run: a file is read and every record shown with what would
/// happen to it, before anything is sent. Rows with an unknown role wait for the admin's choice, and
/// Import stays disabled until the admin confirms the counts. Import hands the rows over through
/// importRequested() and the dialog stays open; whoever sends them locks it with setSending().
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(SkyPilotApi &api, const QList<User> &current, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Starts reading the file into the preview, on a worker thread: the call returns at once and
    /// fileRead() tells when it is done. On failure the error is shown inline and the previous preview,
    /// with the choices made in it, stays as it was. False if nothing was started (while sending).
    bool openFile(const QString &path);
    bool isLoading() const;
    /// Stops reading the file being opened; the previous preview stays.
    void stopLoading();
    /// While rows are being sent nothing may change: no other file, no decisions, no second Import.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    /// The confirmed rows, exactly as the preview settled them.
    void importRequested(const QList<ImportRow> &rows);
    /// A file opened with openFile() was read (ok) or refused (the error is on screen). Not emitted
    /// for a read that was stopped or replaced by another file.
    void fileRead(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void onLoaded(const QString &path, const ImportPlan &plan);
    void onLoadFailed(const QString &path, const QString &message);
    void onLoadProgress(int records);
    void applyToAllUnknown();
    void requestImport();
    void onDecisionsChanged();
    void updateState();
    void showInFileOrder();
    void showError(const QString &text);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    [[maybe_unused]] SkyPilotApi &m_api; // for the sender the lead wires in; the preview itself never calls out
    QSet<QString> m_existingNames;
    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ImportPreviewLoader *m_loader = nullptr;
    QTimer *m_loadingDelay = nullptr; ///< shows the loading row only for reads long enough to notice
    QPushButton *m_importButton = nullptr;
    QString m_path;
    bool m_sending = false;
};
