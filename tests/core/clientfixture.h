// SPDX-License-Identifier: MIT
#pragma once

#include "fakeskypilotserver.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"

#include <QNetworkAccessManager>

#include <memory>

/// A client wired to an in-process double, the way the composition root wires the real app: one
/// network manager, injected. Each test builds a fresh one so no connection or state leaks between tests.
struct ClientFixture
{
    static constexpr const char *AdminName = "admin";
    static constexpr const char *AdminPassword = "admin-Pa55word!";

    FakeSkyPilotServer server{QString::fromLatin1(AdminName), QString::fromLatin1(AdminPassword)};
    QNetworkAccessManager network;
    ApiClient client{&network};
    SkyPilotApi api{client};

    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        if (!server.start(address))
            return false;
        client.setServerUrl(server.baseUrl());
        signInAs(QString::fromLatin1(AdminName), QString::fromLatin1(AdminPassword));
        return true;
    }

    void signInAs(const QString &name, const QString &password)
    {
        client.setCredentials(Credentials{name, Secret::fromString(password)});
    }
};
