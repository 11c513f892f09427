// SPDX-License-Identifier: MIT
// The import result lists every row, failures first, and saves a report without secrets.
#include "import/importrunner.h"
#include "importresultdialog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

class TestImportResultDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryRowFailuresFirst();
    void savesTheReport();
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
    auto *list = dialog.findChild<QTreeWidget *>(u"outcomeList"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"Failed"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"Invalid role: boss"_s);
    QCOMPARE(list->topLevelItem(249)->text(3), u"Created"_s);
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

QTEST_MAIN(TestImportResultDialog)
#include "tst_importresultdialog.moc"
