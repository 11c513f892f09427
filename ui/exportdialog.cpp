// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "errortext.h"
#include "export/backupexport.h"
#include "export/spreadsheetexport.h"
#include "net/skypilotapi.h"
#include "ui_exportdialog.h"
#include "wrappedtextguard.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(SkyPilotApi &api, const QList<User> &all, const QList<User> &filtered,
                           const QList<User> &selected, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_api(api)
    , m_all(all)
    , m_filtered(filtered)
    , m_selected(selected)
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
    ErrorText::apply(m_ui->backupWarningLabel);
    m_ui->scopeAllRadio->setText(tr("&All users (%n)", nullptr, int(all.size())));
    m_ui->scopeFilterRadio->setText(tr("Users in the current &filter (%n)", nullptr, int(filtered.size())));
    m_ui->scopeSelectionRadio->setText(tr("Selected &users (%n)", nullptr, int(selected.size())));
    m_ui->scopeFilterRadio->setEnabled(!filtered.isEmpty());
    m_ui->scopeSelectionRadio->setEnabled(!selected.isEmpty());
    // A selection of more than one user is what the person most likely means to export.
    if (selected.size() > 1)
        m_ui->scopeSelectionRadio->setChecked(true);
    m_ui->messageLabel->hide();

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setAccessibleDescription(tr("Writes the chosen users to the file"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->backupRadio, &QRadioButton::toggled, this, &ExportDialog::updateForKind);
    updateForKind();
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Kind ExportDialog::kind() const
{
    return m_ui->backupRadio->isChecked() ? Kind::Backup : Kind::Spreadsheet;
}

void ExportDialog::setKind(Kind kind)
{
    (kind == Kind::Backup ? m_ui->backupRadio : m_ui->spreadsheetRadio)->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_ui->scopeSelectionRadio->isChecked())
        return Scope::Selected;
    if (m_ui->scopeFilterRadio->isChecked())
        return Scope::Filtered;
    return Scope::All;
}

void ExportDialog::setScope(Scope scope)
{
    switch (scope) {
    case Scope::All:
        m_ui->scopeAllRadio->setChecked(true);
        break;
    case Scope::Filtered:
        m_ui->scopeFilterRadio->setChecked(true);
        break;
    case Scope::Selected:
        m_ui->scopeSelectionRadio->setChecked(true);
        break;
    }
}

QString ExportDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_ui->pathEdit->setText(path);
}

QString ExportDialog::message() const
{
    return m_ui->messageLabel->text();
}

QString ExportDialog::defaultName() const
{
    const QDateTime now = QDateTime::currentDateTime();
    if (kind() == Kind::Backup)
        return BackupExport::defaultFileName(now);
    return u"users_%1.csv"_s.arg(now.toString(u"yyyyMMdd-HHmmss"_s));
}

void ExportDialog::updateForKind()
{
    const bool backup = kind() == Kind::Backup;
    // The server exports everyone; pretending the scope applies would be a lie about what the file holds.
    m_ui->scopeGroup->setEnabled(!backup);
    if (backup) {
        QString warning = tr("The backup holds the password hash of every user. Anyone who gets the file can try "
                             "to crack the passwords: keep it like a password, and delete it when it is no longer "
                             "needed. It always contains all users, whatever is filtered or selected.");
        const QStringList broken = BackupExport::unrepresentableNames(m_all);
        if (!broken.isEmpty()) {
            warning += u"\n\n"_s
                    + tr("These users cannot be restored from it, because the server's format cannot carry their "
                         "names: %1.")
                              .arg(broken.join(u", "_s));
        }
        m_ui->backupWarningLabel->setText(warning);
    }
    m_ui->backupWarningLabel->setVisible(backup);
    if (path().isEmpty() || path() == m_suggestedPath) {
        m_suggestedPath = QDir(QDir::homePath()).filePath(defaultName());
        m_ui->pathEdit->setText(QDir::toNativeSeparators(m_suggestedPath));
        m_suggestedPath = path();
    }
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Users"), path(), tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::exportNow()
{
    if (m_busy)
        return;
    const QString target = QDir::fromNativeSeparators(path());
    if (target.isEmpty()) {
        showMessage(tr("Choose a file to write."), true);
        return;
    }
    if (QFileInfo(target).isDir()) {
        showMessage(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(target)), true);
        return;
    }
    if (kind() == Kind::Backup)
        exportBackup(target);
    else
        exportSpreadsheet(target);
}

void ExportDialog::exportSpreadsheet(const QString &target)
{
    const QList<User> &users = scope() == Scope::Selected ? m_selected
            : scope() == Scope::Filtered                  ? m_filtered
                                                          : m_all;
    QString error;
    if (!SpreadsheetExport::write(target, users, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Saved %n user(s) to %1.", nullptr, int(users.size())).arg(QDir::toNativeSeparators(target)), false);
    Q_EMIT exported(target, int(users.size()));
}

void ExportDialog::exportBackup(const QString &target)
{
    setBusy(true);
    showMessage(tr("Asking the server for the export…"), false);
    m_api.exportUsers().onFinished(this, [this, target](Result<ExportResult> result) {
        setBusy(false);
        if (!result.ok()) {
            showMessage(tr("The server did not export the users: %1").arg(result.error.message), true);
            return;
        }
        QString error;
        if (!BackupExport::write(target, result.value->csvContent, &error)) {
            showMessage(error, true);
            return;
        }
        const int count = result.value->userCount;
        QString text = tr("Saved a backup of %n user(s) to %1, readable only by you.", nullptr, count)
                               .arg(QDir::toNativeSeparators(target));
        const QStringList broken = BackupExport::unrepresentableNames(m_all);
        if (!broken.isEmpty())
            text += u' ' + tr("It cannot restore: %1.").arg(broken.join(u", "_s));
        const QStringList weak = BackupExport::weakHashUsers(result.value->csvContent);
        if (!weak.isEmpty())
            text += u' '
                    + tr("These users have weak password hashes (MD5, SHA-1 or DES) that are quick to crack if the "
                         "file leaks: %1.")
                              .arg(weak.join(u", "_s));
        showMessage(text, false);
        Q_EMIT exported(target, count);
    });
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    ErrorText::apply(m_ui->messageLabel, error);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_exportButton->setEnabled(!busy);
    m_ui->kindGroup->setEnabled(!busy);
    m_ui->pathEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    m_ui->scopeGroup->setEnabled(!busy && kind() == Kind::Spreadsheet);
}
