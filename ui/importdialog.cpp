// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "domain/role.h"
#include "domain/user.h"
#include "errortext.h"
#include "import/importplan.h"
#include "import/importpreviewloader.h"
#include "importroledelegate.h"
#include "models/importpreviewmodel.h"
#include "ui_importdialog.h"
#include "wrappedtextguard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
/// The one local file being dragged, or an empty string: several files or a web link are not imports.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    return mime->urls().front().toLocalFile();
}
} // namespace

ImportDialog::ImportDialog(SkyPilotApi &api, const QList<User> &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_api(api)
    , m_existingNames(ImportPlan::namesOf(current))
    , m_model(new ImportPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_loader(new ImportPreviewLoader(this))
    , m_loadingDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
    // File names, file contents and parser messages reach these labels; never rich text.
    for (QLabel *label : {m_ui->fileLabel, m_ui->errorLabel, m_ui->summaryLabel})
        label->setTextFormat(Qt::PlainText);
    ErrorText::apply(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->loadingPanel->hide();
    // Most files are read in well under this; only a longer read earns a progress row and a Stop button.
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(150);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] { m_ui->loadingPanel->setVisible(isLoading()); });
    connect(m_ui->stopReadingButton, &QPushButton::clicked, this, &ImportDialog::stopLoading);
    connect(m_loader, &ImportPreviewLoader::loaded, this, &ImportDialog::onLoaded);
    connect(m_loader, &ImportPreviewLoader::failed, this, &ImportDialog::onLoadFailed);
    connect(m_loader, &ImportPreviewLoader::progress, this, &ImportDialog::onLoadProgress);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportPreviewModel::SortRole);
    m_proxy->setFilterRole(ImportPreviewModel::StatusRole);
    m_proxy->setFilterKeyColumn(ImportPreviewModel::LineColumn);
    m_ui->previewView->setModel(m_proxy);
    m_ui->previewView->setItemDelegateForColumn(ImportPreviewModel::RoleColumn, new ImportRoleDelegate(this));
    m_ui->previewView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    showInFileOrder();
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);

    m_ui->filterCombo->addItem(tr("All rows"), -1);
    using S = ImportPlanEntry::Status;
    for (const S status : {S::New, S::NeedsRole, S::AlreadyExists, S::Duplicate, S::Invalid, S::Skipped})
        m_ui->filterCombo->addItem(ImportPreviewModel::statusText(status), int(status));
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_ui->filterCombo->currentData().toInt();
        m_proxy->setFilterRegularExpression(status < 0 ? QString() : u"^%1$"_s.arg(status));
    });

    // As in the table: the role is data, and nothing is preselected, so Apply never picks for the admin.
    m_ui->unknownCombo->setPlaceholderText(tr("Choose\u2026"));
    m_ui->unknownCombo->addItem(tr("Skip them"), QString(u""_s));
    for (const QString &role : Role::all())
        m_ui->unknownCombo->addItem(role, role);
    m_ui->unknownCombo->setCurrentIndex(-1);
    connect(m_ui->unknownCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_ui->applyUnknownButton, &QPushButton::clicked, this, &ImportDialog::applyToAllUnknown);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setAccessibleDescription(tr("Sends the confirmed rows to the server"));
    m_importButton->setAutoDefault(false);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::requestImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_model, &ImportPreviewModel::decisionsChanged, this, &ImportDialog::onDecisionsChanged);
    updateState();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::openFile(const QString &path)
{
    if (m_sending)
        return false;
    m_loader->load(path, m_existingNames);
    m_ui->loadingLabel->setText(tr("Reading \u201c%1\u201d\u2026").arg(QFileInfo(path).fileName()));
    m_loadingDelay->start();
    updateState();
    return true;
}

bool ImportDialog::isLoading() const
{
    return m_loader->isLoading();
}

void ImportDialog::stopLoading()
{
    m_loader->cancel();
    m_loadingDelay->stop();
    m_ui->loadingPanel->hide();
    updateState();
}

void ImportDialog::onLoadProgress(int records)
{
    m_ui->loadingLabel->setText(tr("Reading \u201c%1\u201d: %Ln record(s)\u2026", nullptr, records)
                                        .arg(QFileInfo(m_loader->path()).fileName()));
}

void ImportDialog::onLoaded(const QString &path, const ImportPlan &plan)
{
    stopLoading();
    m_path = path;
    m_ui->errorLabel->hide();
    m_ui->fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    showInFileOrder(); // before the rows arrive, so they are never sorted on the way in
    m_model->setPlan(plan);
    m_ui->confirmCheck->setChecked(false);
    updateState();
    Q_EMIT fileRead(true);
}

void ImportDialog::onLoadFailed(const QString &path, const QString &message)
{
    stopLoading();
    // The preview on screen, and the choices in it, stay: a wrong drop must not cost the admin work.
    QString text = tr("\u201c%1\u201d cannot be imported: %2").arg(QFileInfo(path).fileName(), message);
    if (!m_path.isEmpty())
        text += u' ' + tr("The preview still shows \u201c%1\u201d.").arg(QFileInfo(m_path).fileName());
    showError(text);
    Q_EMIT fileRead(false);
}

void ImportDialog::setSending(bool sending)
{
    const bool finished = m_sending && !sending;
    m_sending = sending;
    if (sending)
        stopLoading(); // no preview may change under a send
    m_ui->previewView->setEditTriggers(sending ? QAbstractItemView::NoEditTriggers
                                               : QAbstractItemView::AllEditTriggers);
    if (sending)
        m_ui->previewView->reset(); // closes a role editor left open, so no decision lands mid-send
    // The confirmation covered one send: Import again (the same rows, now mostly existing) must be asked for.
    if (finished)
        m_ui->confirmCheck->setChecked(false);
    updateState();
}

void ImportDialog::chooseFile()
{
    // Not native: the same dialog on every desktop, and one that tests can drive.
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Users"), QFileInfo(m_path).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::applyToAllUnknown()
{
    if (m_sending || m_ui->unknownCombo->currentIndex() < 0)
        return;
    m_model->decideAllUnknown(m_ui->unknownCombo->currentData().toString());
}

void ImportDialog::requestImport()
{
    if (m_sending || isLoading() || !m_ui->confirmCheck->isChecked() || !m_model->plan().isReady())
        return;
    Q_EMIT importRequested(m_model->plan().rowsToSend());
}

void ImportDialog::onDecisionsChanged()
{
    // The confirmation was given for other counts.
    m_ui->confirmCheck->setChecked(false);
    updateState();
}

void ImportDialog::updateState()
{
    const ImportPlan &plan = m_model->plan();
    const bool loaded = !m_path.isEmpty();
    const int undecided = plan.count(ImportPlanEntry::Status::NeedsRole);
    QString summary;
    if (loaded) {
        summary = tr("This import %1.").arg(plan.summary());
        if (undecided > 0)
            summary += u' '
                    + tr("Choose a role for the %n row(s) marked \u201cUnknown role\u201d, or skip them.", nullptr,
                         undecided);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setVisible(loaded);

    const bool ready = plan.isReady() && !m_sending;
    m_ui->confirmCheck->setText(ready ? tr("I have &checked the preview: %1").arg(plan.summary())
                                      : tr("I have &checked the preview"));
    m_ui->confirmCheck->setEnabled(ready);
    // While another file is read, the preview on screen may be about to go: no Import from it.
    m_importButton->setEnabled(ready && !isLoading() && m_ui->confirmCheck->isChecked());
    m_ui->chooseButton->setEnabled(!m_sending);
    m_ui->unknownCombo->setEnabled(!m_sending && loaded);
    m_ui->applyUnknownButton->setEnabled(!m_sending && m_ui->unknownCombo->currentIndex() >= 0);
    setAcceptDrops(!m_sending);
    if (m_sending)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ImportDialog::showInFileOrder()
{
    // The plan is in file order already. Sorting 100,000 rows by line through the proxy held the
    // window for a quarter of a second; no sort column shows the same order for free. A click on a
    // header still sorts.
    m_ui->previewView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void ImportDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_sending && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_sending || path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}
