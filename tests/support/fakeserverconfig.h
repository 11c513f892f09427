// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Server-side settings and the switches that stand in for things the double does not model
// (clusters, managed jobs, private workspaces).
struct FakeServerConfig
{
    struct ActiveResources
    {
        QStringList clusters;
        QStringList jobs;
    };

    struct DemotionBlocker
    {
        QString workspace;
        QStringList clusters;
        QStringList jobs;
    };

    QString defaultRole = QStringLiteral("admin"); // rbac.default_role
    bool serviceAccountsEnabled = true; // ENABLE_SERVICE_ACCOUNTS=true
    bool loopbackBypass = false; // false: behave as if behind a reverse proxy
    // skypilot 0.14.1 (sky/server/constants.py, sky/__init__.py). The shared spec describes master
    // of 2026-07 with API_VERSION 56; the 0.14.1 release has 62.
    int apiVersion = 62;
    int minCompatibleApiVersion = 24;
    QString minCompatibleVersion = QStringLiteral("0.11.0");
    QString version = QStringLiteral("0.14.1");
    QString commit = QStringLiteral("7e595970a806dcc9eefadf459f399edf1733e962");
    qint64 nowOverride = 0; // Unix seconds; 0 means the real clock

    QHash<QString, ActiveResources> activeResources; // user id -> what blocks deletion
    QHash<QString, QList<DemotionBlocker>> demotionBlockers; // user id -> what blocks demotion
};
