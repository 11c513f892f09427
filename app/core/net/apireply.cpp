// SPDX-License-Identifier: MIT
#include "apireply.h"

#include "apiclient.h"
#include "clientversion.h"
#include "errormapper.h"
#include "plaintext.h"
#include "serverdetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

ApiReply::ApiReply(ApiClient *client, ApiRequest request, Decoder decoder)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_decoder(std::move(decoder))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiReply::onDeadline);
}

ApiReply::ApiReply(ApiClient *client, ApiRequest request, BodyDecoder decoder)
    : ApiReply(client, std::move(request), Decoder())
{
    m_bodyDecoder = std::move(decoder);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    const ClientLimits &limits = m_client->limits();
    m_deadline.start(m_request.deadlineMs > 0 ? m_request.deadlineMs : limits.deadlineMs);
    sendAttempt(m_client->urlFor(m_request.path));
}

void ApiReply::sendAttempt(const QUrl &url)
{
    m_url = url;
    m_body.clear();
    m_httpStatus = 0;
    ++m_attempts;
    m_reply = m_client->transmit(url, m_request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    // Recorded for the sign-in dialog, which shows the certificate and lets the user decide. Errors are
    // ignored only for the one certificate the user pinned for this server, so the handshake fails closed.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        if (m_reply && ApiClient::areOnlyTrustProblems(errors)
            && m_client->isPinned(m_url, m_reply->sslConfiguration().peerCertificate()))
            m_reply->ignoreSslErrors(errors);
    });
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    abortTransfer(ResponseFacts::Abort::User);
}

void ApiReply::onDeadline()
{
    abortTransfer(ResponseFacts::Abort::Deadline);
}

void ApiReply::abortTransfer(ResponseFacts::Abort reason)
{
    m_abort = reason;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finishes synchronously through onNetworkFinished
        return;
    }
    // Between attempts (waiting to retry) there is no transfer to stop.
    m_retryTimer.stop();
    ResponseFacts facts;
    facts.url = m_url;
    facts.abort = reason;
    facts.sizeLimit = m_client ? m_client->limits().maxResponseBytes : 0;
    finish(ErrorMapper::map(facts));
}

void ApiReply::onMetaData()
{
    if (!m_reply)
        return;
    // Refuse an announced oversize body before reading any of it.
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_client->limits().maxResponseBytes)
        abortTransfer(ResponseFacts::Abort::TooLarge);
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_body.size() + m_reply->bytesAvailable() > m_client->limits().maxResponseBytes) {
        abortTransfer(ResponseFacts::Abort::TooLarge);
        return;
    }
    m_body.append(m_reply->readAll());
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    // An aborted reply can still emit readyRead() or metaDataChanged() on its way out (Qt 6.4 does, from
    // the same delivery that made us abort); none of it is ours to read any more.
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    if (m_abort == ResponseFacts::Abort::None) {
        m_body.append(reply->readAll());
        // The last bytes may arrive with finished() and no readyRead(): the cap applies to them too.
        if (m_body.size() > m_client->limits().maxResponseBytes)
            m_abort = ResponseFacts::Abort::TooLarge;
    }

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ResponseFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorString = reply->errorString();
    facts.httpStatus = m_httpStatus;
    facts.contentType = reply->rawHeader("Content-Type");
    facts.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    facts.body = m_body;
    facts.url = m_url;
    facts.abort = m_abort;
    facts.sizeLimit = m_client->limits().maxResponseBytes;

    if (m_abort == ResponseFacts::Abort::None && m_httpStatus >= 300 && m_httpStatus < 400
        && reply->hasRawHeader("Location")) {
        handleRedirect(m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location"))));
        return;
    }
    if (m_abort == ResponseFacts::Abort::None && m_request.isIdempotent()
        && scheduleRetry(m_httpStatus, reply->rawHeader("Retry-After"))) {
        return;
    }
    const ApiError error = ErrorMapper::map(facts);
    m_client->noteResponse(*reply, error);
    if (error.isError()) {
        finish(error);
        return;
    }
    decode(m_body, facts.contentType, reply->hasRawHeader(ClientVersion::ApiVersionHeader));
}

void ApiReply::handleRedirect(const QUrl &target)
{
    const QString from = PlainText::origin(m_url);
    const QString to = PlainText::sanitize(target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString(), 150);
    const auto refuse = [&](const QString &message) {
        finish(ApiError{ApiError::Kind::RedirectRefused, m_httpStatus, PlainText::sanitize(message, 600), to});
    };
    const QString scheme = target.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1) {
        refuse(tr("%1 redirected to \u201c%2\u201d, which is not a web address. SkyUsers refused.").arg(from, to));
    } else if (m_url.scheme() == "https"_L1 && scheme == "http"_L1) {
        refuse(tr("%1 tried to switch from HTTPS to unencrypted HTTP (%2). SkyUsers refused and sent nothing.")
                       .arg(from, to));
    } else if (!ApiClient::isSameOrigin(target, m_client->serverUrl())) {
        refuse(tr("%1 redirected SkyUsers to another server (%2). No credentials were sent there. If the "
                  "server has moved, change the server address.")
                       .arg(from, to));
    } else if (!m_request.isIdempotent()) {
        // Following would resend the body (which may hold a password) or silently turn it into a GET.
        refuse(tr("%1 answered the change with a redirect (HTTP %2) to %3. SkyUsers did not resend it; check the "
                  "server address.")
                       .arg(from)
                       .arg(m_httpStatus)
                       .arg(to));
    } else if (m_redirects >= m_client->limits().maxRedirects) {
        refuse(tr("%1 redirected more than %2 times. Check the server address.").arg(from).arg(m_redirects));
    } else {
        ++m_redirects;
        --m_attempts; // a redirect hop is part of the same attempt
        sendAttempt(target);
    }
}

bool ApiReply::scheduleRetry(int status, const QByteArray &retryAfter)
{
    const double jitter = QRandomGenerator::global()->generateDouble();
    const std::optional<int> delay = m_client->limits().retry.delayBeforeRetry(m_attempts, status, retryAfter,
                                                                               QDateTime::currentDateTimeUtc(), jitter);
    if (!delay || *delay >= m_deadline.remainingTime())
        return false;
    Q_EMIT retrying(m_attempts + 1, *delay);
    const QUrl url = m_url;
    m_retryTimer.callOnTimeout(
            this, [this, url] { sendAttempt(url); }, Qt::SingleShotConnection);
    m_retryTimer.start(*delay);
    return true;
}

void ApiReply::decode(const QByteArray &body, const QByteArray &contentType, bool hasVersionHeader)
{
    if (ServerDetail::looksLikeHtml(body, contentType)) {
        const ServerDetail page = ServerDetail::parse(body, contentType);
        finish(ErrorMapper::badResponse(
                m_url,
                tr("an HTML page \u201c%1\u201d came back instead of data: a login page, proxy or captive portal "
                   "may be in the way")
                        .arg(page.text)));
        return;
    }
    if (m_request.requireServerVersion) {
        const ApiError versionError
                = ErrorMapper::checkServerVersion(m_url, m_client->serverApiVersion(), hasVersionHeader);
        if (versionError.isError()) {
            finish(versionError);
            return;
        }
    }
    if (m_bodyDecoder) {
        QString problem;
        if (!m_bodyDecoder(body, m_value, problem)) {
            finish(ErrorMapper::badResponse(m_url, problem));
            return;
        }
        finish(ApiError{});
        return;
    }
    // FastAPI answers null and bare strings at the top level, which QJsonDocument only reads inside an array.
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        finish(ErrorMapper::badResponse(
                m_url, body.trimmed().isEmpty() ? tr("the answer is empty") : tr("the answer is not valid JSON")));
        return;
    }
    QString problem;
    if (!m_decoder(doc.array().first(), m_value, problem)) {
        finish(ErrorMapper::badResponse(m_url, problem));
        return;
    }
    finish(ApiError{});
}

void ApiReply::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    m_error = std::move(error);
    m_request.body.clear();
    m_body.clear();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
