// SPDX-License-Identifier: MIT
// skyusers_fakeserver: the test double as a process of its own, for tests that run the installed app
// (tools/package-test). It listens on loopback only, seeds an admin whose password comes from the
// environment (never from the command line, which every local user can read) and a few users, prints
// its address and runs until it is killed.
#include "fakeskypilotserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The SkyPilot API server test double. The admin's password is read "
                                     "from SKYUSERS_FAKE_ADMIN_PASSWORD."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Listen on this port of 127.0.0.1 (0: any free port)."_s, u"port"_s,
                                  u"0"_s);
    const QCommandLineOption admin(u"admin"_s, u"The initial admin's user name."_s, u"name"_s, u"skyadmin"_s);
    parser.addOptions({port, admin});
    parser.process(app);

    const QString password = qEnvironmentVariable("SKYUSERS_FAKE_ADMIN_PASSWORD");
    qunsetenv("SKYUSERS_FAKE_ADMIN_PASSWORD");
    if (password.isEmpty()) {
        std::fputs("skyusers_fakeserver: set SKYUSERS_FAKE_ADMIN_PASSWORD\n", stderr);
        return 2;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        std::fputs("skyusers_fakeserver: --port takes a number from 0 to 65535\n", stderr);
        return 2;
    }

    FakeSkyPilotServer server(parser.value(admin), password);
    // Something to see in the table; nobody signs in as these.
    const QList<std::pair<QString, QString>> users
            = {{u"alice"_s, u"admin"_s}, {u"bob"_s, u"user"_s}, {u"carol"_s, u"viewer"_s}, {u"dave"_s, u"user"_s}};
    for (const auto &[name, role] : users)
        server.addUser(name, password, role);
    if (!server.start(QHostAddress(QHostAddress::LocalHost), quint16(portNumber))) {
        std::fprintf(stderr, "skyusers_fakeserver: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    std::printf("skyusers_fakeserver: listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
