// SPDX-License-Identifier: MIT
// No core files and no dumpable process once hardening is applied (security checklist item 27). The
// running app is checked too: started offscreen, its /proc entries are read by this test.
#include "util/processhardening.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestProcessHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: the in-process test lowers this process's limits, which children would inherit.
    void theRunningAppIsHardened();
    void applyTurnsOffCoreFilesAndDumping();
};

void TestProcessHardening::applyTurnsOffCoreFilesAndDumping()
{
    QVERIFY(!ProcessHardening::isApplied());
    QVERIFY(ProcessHardening::apply());
    QVERIFY(ProcessHardening::isApplied());
    // LeakSanitizer stops this process's threads at exit like a debugger would; let it.
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
}

namespace {
QByteArray coreLimitOfApp(const QString &app, bool allowCoreDumps)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (allowCoreDumps)
        env.insert(u"SKYUSERS_ALLOW_CORE_DUMPS"_s, u"1"_s);
    else
        env.remove(u"SKYUSERS_ALLOW_CORE_DUMPS"_s);
    process.setProcessEnvironment(env);
    process.start(app, {u"--server"_s, u"http://127.0.0.1:1"_s});
    if (!process.waitForStarted())
        return {};
    // Read once the window exists, long after main() set (or did not set) the limit.
    QTest::qWait(1500);
    QFile file(u"/proc/%1/limits"_s.arg(process.processId()));
    QByteArray line;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : file.readAll().split('\n')) {
            if (l.startsWith("Max core file size"))
                line = l.simplified();
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return line;
}
} // namespace

void TestProcessHardening::theRunningAppIsHardened()
{
    const QString app = qEnvironmentVariable("SKYUSERS_APP");
    QVERIFY2(!app.isEmpty(), "SKYUSERS_APP names the built skyusers executable");
    const QByteArray hardened = coreLimitOfApp(app, false);
    const QByteArray control = coreLimitOfApp(app, true);
    QCOMPARE(hardened, QByteArray("Max core file size 0 0 bytes"));
    // Without hardening the limit stays as inherited; where that is not already zero, this shows the
    // check above tells a hardened app from one that is not.
    QVERIFY2(control.startsWith("Max core file size"), control.constData());
    rlimit own{};
    QVERIFY(getrlimit(RLIMIT_CORE, &own) == 0);
    if (own.rlim_max != 0)
        QVERIFY2(control != hardened, control.constData());
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
