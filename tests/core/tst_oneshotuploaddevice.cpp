// SPDX-License-Identifier: MIT
#include "net/oneshotuploaddevice.h"

#include <QTest>

class TestOneShotUploadDevice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheWholeBody();
    void mayRewindUntilTheFirstByteIsRead();
    void refusesToRewindOnceStarted();
};

void TestOneShotUploadDevice::readsTheWholeBody()
{
    OneShotUploadDevice device(QByteArrayLiteral("{\"user_id\":\"x\"}"));
    QVERIFY(device.isOpen());
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), 15);
    QCOMPARE(device.readAll(), QByteArrayLiteral("{\"user_id\":\"x\"}"));
    QVERIFY(device.atEnd());
    QCOMPARE(device.write("x"), -1);
}

void TestOneShotUploadDevice::mayRewindUntilTheFirstByteIsRead()
{
    OneShotUploadDevice device(QByteArrayLiteral("abc"));
    QVERIFY(device.reset());
    QVERIFY(device.seek(0));
    QCOMPARE(device.read(1), QByteArrayLiteral("a"));
}

void TestOneShotUploadDevice::refusesToRewindOnceStarted()
{
    OneShotUploadDevice device(QByteArrayLiteral("abc"));
    QCOMPARE(device.read(2), QByteArrayLiteral("ab"));
    QVERIFY(!device.reset());
    QVERIFY(!device.seek(0));
    QVERIFY(device.seek(2)); // staying put is not a rewind
    QCOMPARE(device.readAll(), QByteArrayLiteral("c"));
}

QTEST_GUILESS_MAIN(TestOneShotUploadDevice)
#include "tst_oneshotuploaddevice.moc"
