// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", "Administer the users of a SkyPilot API server."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption server(
            u"server"_s, QCoreApplication::translate("CommandLine", "Offer this server address at sign-in."), u"url"_s);
    const QCommandLineOption user(
            u"user"_s, QCoreApplication::translate("CommandLine", "Offer this user name at sign-in."), u"name"_s);
    const QCommandLineOption demo(
            u"demo"_s,
            QCoreApplication::translate("CommandLine",
                                        "Offer the password in SKYUSERS_DEMO_PASSWORD (used by tools/run --demo)."));
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            QCoreApplication::translate("CommandLine",
                                        "For packaging tests: sign in without waiting for Sign In, save the users "
                                        "window to this PNG file once the users are listed, then quit."),
            u"file"_s);
    parser.addOptions({help, version, server, user, demo, screenshot});

    if (!parser.parse(arguments)) {
        result.m_outcome = Outcome::ExitFailure;
        result.m_message = parser.errorText() + u"\n"_s
                + QCoreApplication::translate("CommandLine", "Try \u201cskyusers --help\u201d.") + u"\n"_s;
        return result;
    }
    if (parser.isSet(help)) {
        result.m_outcome = Outcome::ExitSuccess;
        // The parser names the running binary (or "<executable_name>" before QCoreApplication exists);
        // the command people type is always skyusers.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(" [options]"_L1);
        if (text.startsWith("Usage: "_L1) && options > 0)
            text.replace(0, options, "Usage: skyusers"_L1);
        result.m_message = text;
        return result;
    }
    if (parser.isSet(version)) {
        result.m_outcome = Outcome::ExitSuccess;
        result.m_message = u"skyusers %1\n"_s.arg(QLatin1String(SKYUSERS_VERSION));
        return result;
    }
    if (parser.isSet(server)) {
        // Never keep user info from a URL given on the command line: it would sit in the process list.
        result.m_server = QUrl::fromUserInput(parser.value(server)).adjusted(QUrl::RemoveUserInfo);
    }
    result.m_user = parser.value(user);
    result.m_demo = parser.isSet(demo);
    result.m_screenshotFile = parser.value(screenshot);
    return result;
}
