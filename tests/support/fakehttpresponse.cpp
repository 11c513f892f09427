// SPDX-License-Identifier: MIT
#include "fakehttpresponse.h"

#include "fakejson.h"
#include "fakepython.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

FakeHttpResponse::FakeHttpResponse(int status, QByteArray body, const QByteArray &contentType)
    : m_status(status)
    , m_body(std::move(body))
{
    if (!contentType.isEmpty())
        setHeader("content-type"_ba, contentType);
}

FakeHttpResponse FakeHttpResponse::json(int status, const QByteArray &jsonText)
{
    return FakeHttpResponse(status, jsonText, "application/json"_ba);
}

FakeHttpResponse FakeHttpResponse::detail(int status, const QString &detail)
{
    return json(status, FakeJson::object({{u"detail"_s, FakeJson::string(detail)}}));
}

FakeHttpResponse FakeHttpResponse::jsonNull()
{
    return json(200, FakeJson::null());
}

FakeHttpResponse FakeHttpResponse::plainText(int status, const QByteArray &text)
{
    return FakeHttpResponse(status, text, "text/plain; charset=utf-8"_ba);
}

FakeHttpResponse FakeHttpResponse::html(int status, const QByteArray &page)
{
    return FakeHttpResponse(status, page, "text/html; charset=utf-8"_ba);
}

FakeHttpResponse FakeHttpResponse::traceback(const QString &exceptionType, const QString &message)
{
    return plainText(500, FakePython::traceback(exceptionType, message));
}

QByteArray FakeHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Unknown"_ba;
    }
}

void FakeHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    m_headers.append({name, value});
}

void FakeHttpResponse::removeHeader(QByteArrayView name)
{
    m_headers.removeIf([name](const auto &header) { return name.compare(header.first, Qt::CaseInsensitive) == 0; });
}

void FakeHttpResponse::setOrigin(Origin origin)
{
    m_origin = origin;
}

void FakeHttpResponse::setBody(const QByteArray &body)
{
    m_body = body;
}

QByteArray FakeHttpResponse::head(std::optional<qint64> contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    const QByteArray length = QByteArray::number(contentLength.value_or(m_body.size()));
    if (m_origin == Origin::Nginx) {
        out += "Server: nginx\r\nDate: " + httpDate() + "\r\nContent-Length: " + length + "\r\n";
    } else {
        out += "date: " + httpDate() + "\r\nserver: uvicorn\r\ncontent-length: " + length + "\r\n";
    }
    for (const auto &[name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    if (m_origin == Origin::Nginx)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    return out;
}

QByteArray FakeHttpResponse::toBytes() const
{
    return head() + m_body;
}
