// SPDX-License-Identifier: MIT
// ImportPreviewLoader reads, parses and classifies an import file on a worker thread: the answer never
// comes from inside load(), the GUI thread's event loop keeps running meanwhile, a stopped or replaced
// read answers nothing, and errors still name line and column.
#include "csv/csvreader.h"
#include "import/importpreviewloader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestImportPreviewLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answersLaterAndLeavesTheEventLoopRunning();
    void errorsNameLineAndColumn();
    void tooLargeFileIsRefusedBeforeReading();
    void aStoppedReadAnswersNothing();
    void aNewFileReplacesTheOneBeingRead();
    void destroyingTheLoaderMidReadIsSafe();

private:
    QString write(const QString &name, const QByteArray &content) const;
    QString bigFile(int rows) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportPreviewLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportPreviewLoader::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString TestImportPreviewLoader::bigFile(int rows) const
{
    QByteArray csv = "username,password,role\n";
    csv.reserve(rows * 40);
    for (int i = 0; i < rows; ++i)
        csv += "user" + QByteArray::number(i) + ",pw-" + QByteArray::number(i) + "-Secret!,user\n";
    return write(u"big.csv"_s, csv);
}

void TestImportPreviewLoader::answersLaterAndLeavesTheEventLoopRunning()
{
    const QString path = bigFile(50000);
    ImportPreviewLoader loader;
    QSignalSpy loaded(&loader, &ImportPreviewLoader::loaded);
    QSignalSpy failed(&loader, &ImportPreviewLoader::failed);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    const QThread *gui = QThread::currentThread();
    bool answeredOnGuiThread = false;
    connect(&loader, &ImportPreviewLoader::loaded, this,
            [&answeredOnGuiThread, gui] { answeredOnGuiThread = QThread::currentThread() == gui; });

    loader.load(path, {u"user7"_s});
    QVERIFY(loader.isLoading());
    QCOMPARE(loader.path(), path);
    QVERIFY(loaded.isEmpty()); // never from inside load()
    QVERIFY(loaded.wait(60000));
    QVERIFY(failed.isEmpty());
    QVERIFY(!loader.isLoading());
    QVERIFY(answeredOnGuiThread);
    // The loop ran while the file was read: a read on this thread would have left no room for a tick.
    QVERIFY2(ticks > 0, qPrintable(QString::number(ticks)));
    QCOMPARE(loaded[0][0].toString(), path);
    const auto plan = loaded[0][1].value<ImportPlan>();
    QCOMPARE(plan.size(), 50000);
    QCOMPARE(plan.count(ImportPlanEntry::Status::AlreadyExists), 1);
    QCOMPARE(plan.count(ImportPlanEntry::Status::New), 49999);
}

void TestImportPreviewLoader::errorsNameLineAndColumn()
{
    ImportPreviewLoader loader;
    QSignalSpy failed(&loader, &ImportPreviewLoader::failed);
    loader.load(write(u"broken.csv"_s, "username,password,role\nx,y,user\nz,\"open,user\n"), {});
    QVERIFY(failed.isEmpty());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed[0][1].toString(), u"Line 3, column 3: this quote is never closed."_s);
}

void TestImportPreviewLoader::tooLargeFileIsRefusedBeforeReading()
{
    ImportPreviewLoader loader;
    loader.setMaxBytes(64);
    QSignalSpy failed(&loader, &ImportPreviewLoader::failed);
    loader.load(bigFile(10), {});
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed[0][1].toString().contains(u"more than the limit"_s), qPrintable(failed[0][1].toString()));
}

void TestImportPreviewLoader::aStoppedReadAnswersNothing()
{
    ImportPreviewLoader loader;
    QSignalSpy loaded(&loader, &ImportPreviewLoader::loaded);
    QSignalSpy failed(&loader, &ImportPreviewLoader::failed);
    loader.load(bigFile(20000), {});
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTest::qWait(500);
    QVERIFY(loaded.isEmpty());
    QVERIFY(failed.isEmpty());
}

void TestImportPreviewLoader::aNewFileReplacesTheOneBeingRead()
{
    ImportPreviewLoader loader;
    QSignalSpy loaded(&loader, &ImportPreviewLoader::loaded);
    loader.load(bigFile(20000), {});
    const QString small = write(u"small.csv"_s, "username,password,role\nann,ann-Pa55word,admin\n");
    loader.load(small, {});
    QVERIFY(loaded.wait(30000));
    QTest::qWait(300); // the first read must not answer late
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0][0].toString(), small);
    QCOMPARE(loaded[0][1].value<ImportPlan>().size(), 1);
}

void TestImportPreviewLoader::destroyingTheLoaderMidReadIsSafe()
{
    const QString path = bigFile(20000);
    {
        ImportPreviewLoader loader;
        loader.load(path, {});
    }
    // The worker finds its read cancelled and ends without touching the loader (ASan would see it).
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
}

QTEST_GUILESS_MAIN(TestImportPreviewLoader)
#include "tst_importpreviewloader.moc"
