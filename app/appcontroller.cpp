// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "mainwindow.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "util/commandline.h"

#include <QNetworkAccessManager>

AppController::AppController(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
    , m_api(std::make_unique<SkyPilotApi>(*m_client))
    , m_window(std::make_unique<MainWindow>())
{
    if (commandLine.server().isValid()) {
        m_client->setServerUrl(commandLine.server());
        m_window->setServerDescription(
                tr("Server: %1 \u2014 not signed in.").arg(m_client->serverUrl().toDisplayString()));
    }
}

AppController::~AppController() = default;

void AppController::show()
{
    m_window->show();
}
