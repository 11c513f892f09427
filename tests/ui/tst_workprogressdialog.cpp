// SPDX-License-Identifier: MIT
// The progress dialog of long work: it shows only when the work lasts, and moving its bar never
// runs a nested event loop inside the network answer that reported the progress.
#include "workprogressdialog.h"

#include <QMainWindow>
#include <QProgressBar>
#include <QTest>
#include <QTimer>

class TestWorkProgressDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyWhenTheWorkLasts();
    void movingTheBarProcessesNoEvents();
};

void TestWorkProgressDialog::showsOnlyWhenTheWorkLasts()
{
    QMainWindow window;
    window.show();
    WorkProgressDialog dialog(QStringLiteral("Deleting"), QStringLiteral("Deleting users…"), 10, &window);
    dialog.setValue(0);
    dialog.setValue(1);
    QVERIFY(!dialog.isVisible());
    QTRY_VERIFY(dialog.isVisible());
    QCOMPARE(dialog.value(), 1);
    QVERIFY(dialog.isModal());
}

void TestWorkProgressDialog::movingTheBarProcessesNoEvents()
{
    QMainWindow window;
    window.show();
    WorkProgressDialog dialog(QStringLiteral("Importing"), QStringLiteral("Importing users…"), 10, &window);
    dialog.setValue(0);
    QTRY_VERIFY(dialog.isVisible());
    // QProgressDialog::setValue() would deliver this timer's event inside the call.
    bool delivered = false;
    QTimer::singleShot(0, this, [&delivered] { delivered = true; });
    dialog.setValue(5);
    QVERIFY(!delivered);
    QCOMPARE(dialog.value(), 5);
    QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 5);
    QTRY_VERIFY(delivered);
}

QTEST_MAIN(TestWorkProgressDialog)
#include "tst_workprogressdialog.moc"
