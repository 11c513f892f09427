// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

#include <memory>

class QPushButton;
class SkyPilotApi;

namespace Ui {
class ExportDialog;
}

/*!
    Exports users to a CSV file. Spreadsheet: name, id, role, type, joined for all users, the current
    filter or the selection, with formulas neutralised and no passwords. Backup: the server's
    /users/export (always every user, password hashes included) written 0600 for a later re-import,
    with a warning about the hashes and about names the format cannot carry.

    Export does not close the dialog: errors and the result show inline, so the person sees where the
    file went. The backup waits for the server asynchronously; the dialog stays responsive.
*/
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Kind { Spreadsheet, Backup };
    enum class Scope { All, Filtered, Selected };

    /// api must outlive the dialog.
    ExportDialog(SkyPilotApi &api, const QList<User> &all, const QList<User> &filtered, const QList<User> &selected,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    Scope scope() const;
    void setScope(Scope scope);
    QString path() const;
    void setPath(const QString &path);
    /// Whether a backup is waiting for the server.
    bool isBusy() const { return m_busy; }
    /// The last error or success message shown under the form.
    QString message() const;

    /// What the Export button does.
    void exportNow();

Q_SIGNALS:
    /// A file was written; count is the number of users in it.
    void exported(const QString &path, int count);

private:
    void updateForKind();
    void browse();
    void exportSpreadsheet(const QString &path);
    void exportBackup(const QString &path);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    QString defaultName() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    SkyPilotApi &m_api;
    QList<User> m_all;
    QList<User> m_filtered;
    QList<User> m_selected;
    QPushButton *m_exportButton = nullptr;
    QString m_suggestedPath; ///< the default last put into the path field, replaced while untouched
    bool m_busy = false;
};
