// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServer>
#include <QJsonObject>
#include <QUrl>

/// A server that answers only GET /api/health with a chosen body: for the kinds of server the test
/// double is too faithful to imitate (basic auth off, no version headers at all).
class BareHealthServer final
{
public:
    BareHealthServer(const QJsonObject &health, bool sendsVersionHeaders)
    {
        m_server.route(QStringLiteral("/api/health"), [health, sendsVersionHeaders] {
            QHttpServerResponse response(health);
            if (sendsVersionHeaders) {
                response.addHeader("X-SkyPilot-API-Version", "62");
                response.addHeader("X-SkyPilot-Version", "0.14.1");
            }
            return response;
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    /// What 0.14.1 answers, less what the test changes.
    static QJsonObject health(bool basicAuthEnabled = true)
    {
        return {{QStringLiteral("status"), QStringLiteral("healthy")},
                {QStringLiteral("api_version"), QStringLiteral("62")},
                {QStringLiteral("version"), QStringLiteral("0.14.1")},
                {QStringLiteral("commit"), QStringLiteral("c")},
                {QStringLiteral("basic_auth_enabled"), basicAuthEnabled},
                {QStringLiteral("user"), QJsonValue()}};
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};
