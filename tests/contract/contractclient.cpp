// SPDX-License-Identifier: MIT
#include "contractclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray ContractClient::Reply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

bool ContractClient::Reply::hasHeader(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (name.compare(pair.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue ContractClient::Reply::json() const
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return wrapped.array().at(0);
}

ContractClient::ContractClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
    // Nothing between the suite and the server: no proxy, no cookie jar, no cache.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setCookieJar(nullptr);
}

QUrl ContractClient::url(const QString &path) const
{
    QUrl url = m_baseUrl;
    const QString basePath = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

void ContractClient::setDefaultHeaders(const ContractHeaders &headers)
{
    m_defaultHeaders = headers;
}

void ContractClient::setRedirectPolicy(QNetworkRequest::RedirectPolicy policy)
{
    m_redirectPolicy = policy;
}

ContractClient::Reply ContractClient::get(const QString &path, const QByteArray &authorization,
                                          const ContractHeaders &extra, int timeoutMs)
{
    return send("GET"_ba, url(path), QByteArray(), authorization, extra, timeoutMs);
}

ContractClient::Reply ContractClient::post(const QString &path, const QByteArray &body, const QByteArray &authorization,
                                           const ContractHeaders &extra, int timeoutMs)
{
    ContractHeaders headers = extra;
    headers.prepend({"Content-Type"_ba, "application/json"_ba});
    return send("POST"_ba, url(path), body, authorization, headers, timeoutMs);
}

ContractClient::Reply ContractClient::postJson(const QString &path, const QJsonObject &body,
                                               const QByteArray &authorization, const ContractHeaders &extra)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), authorization, extra);
}

ContractClient::Reply ContractClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                           const QByteArray &authorization, const ContractHeaders &extra, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, m_redirectPolicy);
    // Never let Qt answer a 401 challenge or reuse credentials on its own.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : m_defaultHeaders)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization"_ba, authorization);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = clock.elapsed();
    result.timedOut = timedOut;
    delete reply;
    return result;
}

QByteArray ContractClient::basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray ContractClient::bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

QString ContractClient::describeMismatch(const Reply &reply, int expected)
{
    return u"expected HTTP %1, got %2 (%3): %4"_s.arg(expected)
            .arg(reply.status)
            .arg(reply.errorString, QString::fromUtf8(reply.body.left(600)));
}
