// SPDX-License-Identifier: MIT
#include "importresultdialog.h"

#include "import/importrunner.h"
#include "models/importoutcomemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

ImportResultDialog::ImportResultDialog(const QList<ImportRowOutcome> &outcomes, QWidget *parent)
    : QDialog(parent)
    , m_outcomes(outcomes)
    , m_list(new QTreeView(this))
{
    setWindowTitle(tr("Import Result"));
    m_summary = tr("Created %1, already existed %2, failed %3, not sent %4.")
                        .arg(ImportRowOutcome::countWithStatus(outcomes, Status::Created))
                        .arg(ImportRowOutcome::countWithStatus(outcomes, Status::AlreadyExisted))
                        .arg(ImportRowOutcome::countWithStatus(outcomes, Status::Failed))
                        .arg(ImportRowOutcome::countWithStatus(outcomes, Status::NotSent));
    auto *summary = new QLabel(m_summary, this);
    summary->setObjectName(u"summaryLabel"_s);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    m_list->setObjectName(u"outcomeList"_s);
    m_list->setModel(new ImportOutcomeModel(outcomes, m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // thousands of rows stay fast
    m_list->setAccessibleName(tr("Outcome per row"));
    m_list->setAccessibleDescription(
            tr("Line, user, role, outcome and reason for every row of the file, failures first"));
    // Fitted once, to the first rows: ResizeToContents measures up to 1,000 rows per column on every
    // layout, which held the window for a tenth of a second with 10,000 rows (bench_importresponsiveness).
    m_list->header()->setResizeContentsPrecision(200);
    for (int column = 0; column < ImportOutcomeModel::ReasonColumn; ++column)
        m_list->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveReportButton"_s);
    save->setAccessibleDescription(tr("Saves this list as a CSV file, without passwords"));
    connect(save, &QPushButton::clicked, this, &ImportResultDialog::chooseAndSave);
    m_retryable = ImportRowOutcome::countRetryable(outcomes);
    if (m_retryable > 0) {
        QPushButton *retry
                = buttons->addButton(tr("&Retry %n Failed Row(s)", nullptr, m_retryable), QDialogButtonBox::ActionRole);
        retry->setObjectName(u"retryButton"_s);
        retry->setToolTip(tr("Reads the list of users first: rows now on the server are reported, not sent again."));
        connect(retry, &QPushButton::clicked, this, &ImportResultDialog::retryRequested);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // With Retry added, the button box's own tab order looped between Save and Retry, and Tab
    // never reached the list or Close again (tst_accessibility): chain them explicitly.
    QWidget *previous = m_list;
    for (QAbstractButton *button : buttons->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    resize(720, 460);
}

QString ImportResultDialog::summary() const
{
    return m_summary;
}

int ImportResultDialog::rowCount() const
{
    return m_list->model()->rowCount();
}

bool ImportResultDialog::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = ImportRunner::reportCsv(m_outcomes);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportResultDialog::chooseAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"),
                                                      QDir(QDir::homePath()).filePath(u"import_report.csv"_s),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        QMessageBox::warning(this, tr("Save Import Report"), error);
}
