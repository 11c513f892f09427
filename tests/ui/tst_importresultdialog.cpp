// SPDX-License-Identifier: MIT
// The import result lists every row, failures first, and saves a report without secrets.
#include "import/importrunner.h"
#include "importresultdialog.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

class TestImportResultDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryRowFailuresFirst();
    void savesTheReport();
    void offersRetryOnlyForRetryableRows();
};

namespace {
QList<ImportRowOutcome> outcomes(int count)
{
    QList<ImportRowOutcome> list;
    for (int i = 0; i < count; ++i) {
        const Status status = i % 10 == 3 ? Status::Failed : i % 10 == 5 ? Status::AlreadyExisted : Status::Created;
        list << ImportRowOutcome{i + 2, u"user%1"_s.arg(i), u"user"_s, status,
                                 status == Status::Failed ? u"Invalid role: boss"_s : QString()};
    }
    return list;
}
} // namespace

void TestImportResultDialog::listsEveryRowFailuresFirst()
{
    ImportResultDialog dialog(outcomes(250));
    dialog.show();
    QCOMPARE(dialog.rowCount(), 250);
    QCOMPARE(dialog.summary(), u"Created 200, already existed 25, failed 25, not sent 0."_s);
    const QAbstractItemModel *list = dialog.findChild<QTreeView *>(u"outcomeList"_s)->model();
    QCOMPARE(list->index(0, 3).data().toString(), u"Failed"_s);
    QCOMPARE(list->index(0, 4).data().toString(), u"Invalid role: boss"_s);
    QCOMPARE(list->index(249, 3).data().toString(), u"Created"_s);
}

void TestImportResultDialog::savesTheReport()
{
    const QList<ImportRowOutcome> list = outcomes(12);
    ImportResultDialog dialog(list);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    QString error;
    QVERIFY2(dialog.saveReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ImportRunner::reportCsv(list));
    QVERIFY(!dialog.saveReport(dir.filePath(u"missing/report.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestImportResultDialog::offersRetryOnlyForRetryableRows()
{
    QList<ImportRowOutcome> list = outcomes(20); // failures at 3 and 13: refused by the server, not retryable
    QVERIFY(!ImportResultDialog(list).findChild<QPushButton *>(u"retryButton"_s));
    list[3].retryable = true;
    list[7].status = Status::NotSent;
    list[7].retryable = true;
    ImportResultDialog dialog(list);
    QCOMPARE(dialog.retryableCount(), 2);
    auto *retry = dialog.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry);
    QVERIFY2(retry->text().startsWith(u"&Retry 2 Failed Row"_s), qPrintable(retry->text()));
    QSignalSpy requested(&dialog, &ImportResultDialog::retryRequested);
    retry->click();
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestImportResultDialog)
#include "tst_importresultdialog.moc"
