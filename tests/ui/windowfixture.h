// SPDX-License-Identifier: MIT
#pragma once

#include "auth/memorycredentialstore.h"
#include "fakeskypilotserver.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "session/serverlist.h"
#include "session/session.h"
#include "session/userdirectory.h"
#include "useractions.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

/// The whole window as the composition root wires it, against an in-process double, signed in as
/// whoever the test says. Only the keychain is a memory store here; tests/keychain covers the real one.
struct WindowFixture
{
    static constexpr const char *AdminName = "admin";
    static constexpr const char *AdminPassword = "admin-Pa55word!";

    QTemporaryDir dir;
    FakeSkyPilotServer server{QString::fromLatin1(AdminName), QString::fromLatin1(AdminPassword)};
    QNetworkAccessManager network;
    ApiClient client{&network};
    SkyPilotApi api{client};
    QSettings settings{dir.filePath(QStringLiteral("skyusers.conf")), QSettings::IniFormat};
    ServerList servers{settings};
    MemoryCredentialStore store;
    Session session{api, network, store, servers};
    UserTableModel model;
    UserDirectory directory{api, model};
    MainWindow window{model};
    UserActions actions{api, session, model, directory, window};

    bool start()
    {
        if (!server.start())
            return false;
        client.setServerUrl(server.baseUrl());
        return true;
    }

    /// Signs in the way the sign-in dialog ends, then waits for the table to load.
    bool signInAs(const QString &name, const QString &password, const QString &role)
    {
        client.setCredentials(Credentials{name, Secret::fromString(password)});
        ServerProfile profile;
        profile.url = server.baseUrl();
        profile.username = name;
        profile.rememberPassword = false;
        QString id;
        for (const auto &user : server.users()) {
            if (user.name == name)
                id = user.id;
        }
        QSignalSpy refreshed(&directory, &UserDirectory::refreshed);
        session.adopt(profile, Secret::fromString(password), CurrentUser{id, name, role});
        return refreshed.wait(10000);
    }

    bool signInAsAdmin()
    {
        return signInAs(QString::fromLatin1(AdminName), QString::fromLatin1(AdminPassword), QStringLiteral("admin"));
    }
};
