// SPDX-License-Identifier: MIT
#include "util/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsByDefault();
    void versionAndHelpExitWithText();
    void unknownOptionFails();
    void serverUrlLosesUserInfo();
    void screenshotNamesItsFile();
};

void TestCommandLine::runsByDefault()
{
    const CommandLine cl = CommandLine::parse({u"skyusers"_s});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QVERIFY(!cl.server().isValid());
}

void TestCommandLine::versionAndHelpExitWithText()
{
    const CommandLine version = CommandLine::parse({u"skyusers"_s, u"--version"_s});
    QCOMPARE(version.outcome(), CommandLine::Outcome::ExitSuccess);
    QCOMPARE(version.message(), u"skyusers %1\n"_s.arg(QLatin1String(SKYUSERS_VERSION)));
    const CommandLine help = CommandLine::parse({u"skyusers"_s, u"-h"_s});
    QCOMPARE(help.outcome(), CommandLine::Outcome::ExitSuccess);
    QVERIFY(help.message().startsWith(u"Usage: skyusers [options]"_s));
}

void TestCommandLine::unknownOptionFails()
{
    const CommandLine cl = CommandLine::parse({u"skyusers"_s, u"--frobnicate"_s});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::ExitFailure);
    QVERIFY(cl.message().contains(u"frobnicate"_s));
}

void TestCommandLine::serverUrlLosesUserInfo()
{
    const CommandLine cl = CommandLine::parse(
            {u"skyusers"_s, u"--server"_s, u"http://admin:pw@127.0.0.1:46580"_s, u"--user"_s, u"alice"_s});
    QCOMPARE(cl.server(), QUrl(u"http://127.0.0.1:46580"_s));
    QCOMPARE(cl.user(), u"alice"_s);
    QVERIFY(!cl.demo());
    QVERIFY(CommandLine::parse({u"skyusers"_s, u"--demo"_s}).demo());
}

void TestCommandLine::screenshotNamesItsFile()
{
    QVERIFY(CommandLine::parse({u"skyusers"_s}).screenshotFile().isEmpty());
    const CommandLine cl = CommandLine::parse({u"skyusers"_s, u"--demo"_s, u"--screenshot"_s, u"/tmp/shot.png"_s});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(cl.screenshotFile(), u"/tmp/shot.png"_s);
    // The option takes a value; without one it is an error, not a silent normal start.
    QCOMPARE(CommandLine::parse({u"skyusers"_s, u"--screenshot"_s}).outcome(), CommandLine::Outcome::ExitFailure);
    QVERIFY(CommandLine::parse({u"skyusers"_s, u"--help"_s}).message().contains(u"--screenshot <file>"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
