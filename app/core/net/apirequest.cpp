// SPDX-License-Identifier: MIT
#include "apirequest.h"

#include <QJsonDocument>

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = Method::Post;
    request.path = path;
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.body = Secret::fromUtf8(json);
    json.fill('\0');
    return request;
}
