// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "responsefacts.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <any>
#include <functional>

class ApiClient;
class QNetworkReply;

/// One call in flight: sends the request, follows only same-origin GET redirects, retries GETs that
/// the retry policy allows, enforces the size cap and the overall deadline, and finishes exactly once
/// with either a decoded value or an ApiError. Deletes itself after finished() unless told otherwise.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    /// Turns the JSON answer into a typed value; returns false with a reason if it cannot.
    using Decoder = std::function<bool(const QJsonValue &json, std::any &value, QString &problem)>;

    /// Reads the raw body itself: for big answers (100,000 users) where building a QJsonDocument first
    /// would cost more than the whole table. Same contract as Decoder.
    using BodyDecoder = std::function<bool(QByteArrayView body, std::any &value, QString &problem)>;

    ApiReply(ApiClient *client, ApiRequest request, Decoder decoder);
    ApiReply(ApiClient *client, ApiRequest request, BodyDecoder decoder);
    ~ApiReply() override;

    /// Cancels the call; finished() follows with ApiError::Kind::Canceled unless it already finished.
    void abort();
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts; }
    const QList<QSslError> &sslErrors() const { return m_sslErrors; }
    const QString &path() const { return m_request.path; }
    /// The decoded value; only meaningful after a successful finish.
    std::any takeValue() { return std::move(m_value); }

Q_SIGNALS:
    void finished();
    /// A GET is about to be tried again after delayMs (for a countdown in the UI).
    void retrying(int attempt, int delayMs);

private:
    friend class ApiClient;
    void start();
    void sendAttempt(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onNetworkFinished();
    void onDeadline();
    void handleRedirect(const QUrl &target);
    bool scheduleRetry(int status, const QByteArray &retryAfter);
    void abortTransfer(ResponseFacts::Abort reason);
    void decode(const QByteArray &body, const QByteArray &contentType, bool hasVersionHeader);
    void finish(ApiError error);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Decoder m_decoder;
    BodyDecoder m_bodyDecoder;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QByteArray m_body;
    QTimer m_deadline;
    QTimer m_retryTimer;
    ApiError m_error;
    std::any m_value;
    QList<QSslError> m_sslErrors;
    ResponseFacts::Abort m_abort = ResponseFacts::Abort::None;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
};
