// SPDX-License-Identifier: MIT
#include "importflow.h"

#include "import/importrunner.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "workprogressdialog.h"

ImportFlow::ImportFlow(SkyPilotApi &api, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_window(window)
{ }

ImportFlow::~ImportFlow() = default;

void ImportFlow::start(const QString &path, const QList<User> &current)
{
    if (m_dialog) {
        // One import at a time: bring the open one forward (with the new file, unless it is sending).
        if (!path.isEmpty() && !isSending())
            m_dialog->openFile(path);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ImportDialog(m_api, current, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::importRequested, this, &ImportFlow::send);
    m_dialog->open();
    if (!path.isEmpty())
        m_dialog->openFile(path);
}

bool ImportFlow::isSending() const
{
    return m_runner && m_runner->isRunning();
}

QString ImportFlow::describe() const
{
    return isSending()
            ? tr("Importing users: %1 of %n row(s) done.", nullptr, m_runner->total()).arg(m_runner->settledCount())
            : QString();
}

void ImportFlow::cancel()
{
    if (!isSending())
        return;
    if (m_progress)
        m_progress->showStopping(tr("Stopping: waiting for the rows already sent\u2026"));
    m_runner->cancel();
}

void ImportFlow::send(const QList<ImportRow> &rows)
{
    if (isSending() || rows.isEmpty())
        return;
    m_dialog->setSending(true);
    m_runner = new ImportRunner(m_api, rows, this);
    m_progress
            = new WorkProgressDialog(tr("Import Users"), tr("Importing %n user(s)\u2026", nullptr, int(rows.size())),
                                     int(rows.size()), m_dialog ? static_cast<QWidget *>(m_dialog) : m_window.data());
    connect(m_progress, &QProgressDialog::canceled, this, &ImportFlow::cancel);
    connect(m_runner, &ImportRunner::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportFlow::onFinished);
    m_runner->start();
}

void ImportFlow::onFinished()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QList<ImportRowOutcome> outcomes = m_runner->outcomes();
    m_runner->deleteLater();
    if (m_dialog) {
        m_dialog->setSending(false);
        m_dialog->close();
    }
    auto *result = new ImportResultDialog(outcomes, m_window);
    result->setAttribute(Qt::WA_DeleteOnClose);
    result->open();
    Q_EMIT imported();
}
