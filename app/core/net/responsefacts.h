// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

/// Everything the error mapping looks at, gathered from a finished QNetworkReply, so the mapping can
/// be tested with plain tables instead of live sockets.
struct ResponseFacts
{
    /// Why SkyUsers itself stopped the transfer; Qt reports all of these as OperationCanceledError.
    enum class Abort { None, User, Deadline, TooLarge };

    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString; ///< Qt's own text; may name the host, never credentials
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QByteArray body;
    QUrl url; ///< the request URL (never holds user info)
    Abort abort = Abort::None;
    qint64 sizeLimit = 0; ///< for the TooLarge message
};
