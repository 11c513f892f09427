// SPDX-License-Identifier: MIT
#pragma once

#include "importplan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

/*!
    Reads, parses and classifies an import file on a worker thread, so a file up to the reader's size
    limit never freezes the window. The answer always comes later through loaded() or failed(), never
    from inside load(); a load that is cancelled or replaced by another answers nothing. The worker
    holds copies of everything it needs and nothing of this object, so destroying the loader mid-read
    is safe (the read stops at the next record).
*/
class ImportPreviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewLoader)

public:
    /// What the worker hands back: a plan, or the reason there is none.
    struct Outcome
    {
        ImportPlan plan;
        QString error; ///< empty when the plan is good; otherwise names line and column where it can
    };

    explicit ImportPreviewLoader(QObject *parent = nullptr);
    ~ImportPreviewLoader() override;

    /// Larger files are refused before reading (CsvReader::DefaultMaxBytes unless set).
    void setMaxBytes(qsizetype bytes);
    qsizetype maxBytes() const { return m_maxBytes; }

    /// Starts reading `path`; a load still running is cancelled first. existingNames: the users on the
    /// server, so the plan can say who exists already.
    void load(const QString &path, const QSet<QString> &existingNames);
    /// Stops the running load; it answers nothing.
    void cancel();
    bool isLoading() const { return !m_watcher.isNull(); }
    /// The file being read, while isLoading().
    QString path() const { return m_path; }

Q_SIGNALS:
    /// Records read so far, every few thousand records: a large file shows it is moving.
    void progress(int records);
    void loaded(const QString &path, const ImportPlan &plan);
    void failed(const QString &path, const QString &message);

private:
    void onFinished();

    QPointer<QFutureWatcher<Outcome>> m_watcher;
    QString m_path;
    qsizetype m_maxBytes;
};
