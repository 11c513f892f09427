// SPDX-License-Identifier: MIT
#pragma once

#include "fakeheaders.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One HTTP/1.1 response, written byte for byte by the double. Header names are lower case, as
// Starlette emits them, after the `date` and `server` headers that uvicorn puts first.
class FakeHttpResponse final
{
public:
    enum class Origin { Uvicorn, Nginx };

    FakeHttpResponse() = default;
    FakeHttpResponse(int status, QByteArray body, const QByteArray &contentType);

    static FakeHttpResponse json(int status, const QByteArray &jsonText);
    static FakeHttpResponse detail(int status, const QString &detail);
    static FakeHttpResponse jsonNull();
    static FakeHttpResponse plainText(int status, const QByteArray &text);
    static FakeHttpResponse html(int status, const QByteArray &page);
    // What uvicorn + debug=True sends for an exception nothing caught.
    static FakeHttpResponse traceback(const QString &exceptionType, const QString &message);
    static QByteArray reasonPhrase(int status);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const FakeHeaderList &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const { return FakeHeaders::value(m_headers, name); }
    Origin origin() const { return m_origin; }

    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name);
    void setOrigin(Origin origin);
    void setBody(const QByteArray &body);

    // Status line and headers up to the blank line; Content-Length is the body size unless overridden.
    QByteArray head(std::optional<qint64> contentLength = std::nullopt) const;
    QByteArray toBytes() const;

private:
    int m_status = 200;
    QByteArray m_body;
    FakeHeaderList m_headers;
    Origin m_origin = Origin::Uvicorn;
};
