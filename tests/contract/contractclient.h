// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

using ContractHeaders = QList<QPair<QByteArray, QByteArray>>;

// A deliberately dumb HTTP client for the contract suite: its own QNetworkAccessManager, no
// product code, no redirects followed unless asked, every header sent exactly as given.
class ContractClient final
{
    Q_DISABLE_COPY_MOVE(ContractClient)

public:
    struct Reply
    {
        int status = 0; // 0 when no HTTP response arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;
        bool timedOut = false;

        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
        // The body as JSON; top-level strings and null work too (QJsonDocument refuses them).
        QJsonValue json() const;
        QJsonObject object() const { return json().toObject(); }
        QJsonArray array() const { return json().toArray(); }
        QString detail() const { return object().value(QLatin1String("detail")).toString(); }
    };

    explicit ContractClient(const QUrl &baseUrl);

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &path) const;
    // Sent with every request (e.g. X-Forwarded-For against a loopback server).
    void setDefaultHeaders(const ContractHeaders &headers);
    void setRedirectPolicy(QNetworkRequest::RedirectPolicy policy);

    Reply get(const QString &path, const QByteArray &authorization = {}, const ContractHeaders &extra = {},
              int timeoutMs = 30000);
    Reply post(const QString &path, const QByteArray &body, const QByteArray &authorization = {},
               const ContractHeaders &extra = {}, int timeoutMs = 30000);
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &authorization = {},
                   const ContractHeaders &extra = {});
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &authorization,
               const ContractHeaders &extra, int timeoutMs);

    static QByteArray basic(const QString &user, const QString &password);
    // "expected HTTP <expected>, got <status> (<error>): <start of body>" for failure messages.
    static QString describeMismatch(const Reply &reply, int expected);
    static QByteArray bearer(const QString &token);

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    ContractHeaders m_defaultHeaders;
    QNetworkRequest::RedirectPolicy m_redirectPolicy = QNetworkRequest::ManualRedirectPolicy;
};
