// SPDX-License-Identifier: MIT
#include "importpreviewloader.h"

#include "csv/usercsvreader.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace {
// Progress is cheap but not free: one report per this many records keeps it out of the profile.
constexpr int ProgressEvery = 2000;

void readInto(QPromise<ImportPreviewLoader::Outcome> &promise, const QString &path, const QSet<QString> &existing,
              qsizetype maxBytes)
{
    UserCsvReader reader;
    reader.csvReader().setMaxBytes(maxBytes);
    const UserCsvResult csv = reader.readFile(path, [&promise](int records) {
        if (records % ProgressEvery == 0)
            promise.setProgressValue(records);
        return !promise.isCanceled();
    });
    if (promise.isCanceled())
        return;
    ImportPreviewLoader::Outcome outcome;
    if (csv.ok())
        outcome.plan = ImportPlan(csv, existing);
    else
        outcome.error = csv.error->message;
    promise.addResult(std::move(outcome));
}
} // namespace

ImportPreviewLoader::ImportPreviewLoader(QObject *parent)
    : QObject(parent)
    , m_maxBytes(CsvReader::DefaultMaxBytes)
{ }

ImportPreviewLoader::~ImportPreviewLoader()
{
    cancel();
}

void ImportPreviewLoader::setMaxBytes(qsizetype bytes)
{
    m_maxBytes = bytes;
}

void ImportPreviewLoader::load(const QString &path, const QSet<QString> &existingNames)
{
    cancel();
    m_path = path;
    // QThreadPool::start() wants a copyable function and QPromise only moves, hence the shared pointer.
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &ImportPreviewLoader::progress);
    connect(watcher, &QFutureWatcherBase::finished, this, &ImportPreviewLoader::onFinished);
    watcher->setFuture(promise->future());
    m_watcher = watcher;
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, existingNames, maxBytes = m_maxBytes] {
        readInto(*promise, path, existingNames, maxBytes);
        promise->finish();
    });
}

void ImportPreviewLoader::cancel()
{
    if (!m_watcher)
        return;
    // The worker sees this at its next record and stops; its answer, if one is already on its way,
    // goes to a watcher that is no longer listened to.
    m_watcher->disconnect(this);
    m_watcher->future().cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_path.clear();
}

void ImportPreviewLoader::onFinished()
{
    QFutureWatcher<Outcome> *watcher = m_watcher;
    if (!watcher || sender() != watcher)
        return;
    m_watcher = nullptr;
    const QString path = std::exchange(m_path, {});
    watcher->deleteLater();
    const QFuture<Outcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const Outcome outcome = future.result();
    if (outcome.error.isEmpty())
        Q_EMIT loaded(path, outcome.plan);
    else
        Q_EMIT failed(path, outcome.error);
}
