// SPDX-License-Identifier: MIT
// ImportOutcomeModel: every row, what needs acting on first, file order within each outcome.
#include "models/importoutcomemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ImportRowOutcome::Status;

class TestImportOutcomeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryRowFailuresFirstInFileOrder();
};

void TestImportOutcomeModel::listsEveryRowFailuresFirstInFileOrder()
{
    const QList<ImportRowOutcome> outcomes{
            {2, u"ann"_s, u"user"_s, Status::Created, QString()},
            {3, u"bob"_s, u"viewer"_s, Status::Failed, u"Invalid role"_s},
            {4, u"cat"_s, u"user"_s, Status::AlreadyExisted, u"Already on the server"_s},
            {5, u"dan"_s, u"admin"_s, Status::NotSent, u"Not sent: the import was cancelled."_s},
            {6, u"eve"_s, u"user"_s, Status::Failed, u"Timed out"_s},
    };
    ImportOutcomeModel model(outcomes);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ImportOutcomeModel::ColumnCount));
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, ImportOutcomeModel::UserColumn).data().toString();
    QCOMPARE(order, (QStringList{u"bob"_s, u"eve"_s, u"dan"_s, u"cat"_s, u"ann"_s}));
    QCOMPARE(model.index(0, ImportOutcomeModel::LineColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(0, ImportOutcomeModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(1, ImportOutcomeModel::ReasonColumn).data(Qt::ToolTipRole).toString(), u"Timed out"_s);
    QCOMPARE(model.headerData(ImportOutcomeModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
}

QTEST_GUILESS_MAIN(TestImportOutcomeModel)
#include "tst_importoutcomemodel.moc"
