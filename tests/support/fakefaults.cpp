// SPDX-License-Identifier: MIT
#include "fakefaults.h"

#include "fakejson.h"

#include <QTimer>

using namespace Qt::StringLiterals;

FakeFaults::~FakeFaults()
{
    releaseHeldSockets();
}

void FakeFaults::add(const QString &path, const FakeFault &fault, int count)
{
    if (count == 0)
        return;
    m_armed.append({path, fault, count < 0 ? Always : count});
}

void FakeFaults::clear()
{
    m_armed.clear();
}

std::optional<FakeFault> FakeFaults::take(const QString &path)
{
    for (qsizetype i = 0; i < m_armed.size(); ++i) {
        Armed &armed = m_armed[i];
        if (!armed.path.isEmpty() && armed.path != path)
            continue;
        const FakeFault fault = armed.fault;
        if (armed.remaining != Always && --armed.remaining == 0)
            m_armed.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

void FakeFaults::execute(const FakeFault &fault, QTcpSocket *socket, const FakeHttpResponse &normal,
                         const QString &lockUserId)
{
    using Kind = FakeFault::Kind;
    switch (fault.kind) {
    case Kind::Hang:
        m_heldSockets.removeAll(nullptr);
        m_heldSockets.append(socket);
        return;
    case Kind::SlowDrip:
        drip(socket, normal.head(), normal.body(), fault.chunkBytes, fault.intervalMs);
        return;
    case Kind::TruncatedBody: {
        const QByteArray partial = "[{\"id\":\"e6e6d62b\",\"na"_ba; // 21 of the 100 announced bytes
        FakeHttpResponse response = FakeHttpResponse::json(200, partial);
        socket->write(response.head(100) + partial);
        socket->disconnectFromHost();
        return;
    }
    case Kind::CloseWithoutResponse:
        socket->disconnectFromHost();
        return;
    case Kind::Html502:
        socket->write(nginxPage(502, "502 Bad Gateway"_ba).toBytes());
        return;
    case Kind::Traceback500: {
        const QString message = !fault.message.isEmpty()
                ? fault.message
                : u"Failed to update user due to a timeout when trying to acquire the lock at /root/.sky/.%1.lock. "
                  u"Please try again or manually remove the lock file if you believe it is stale."_s.arg(lockUserId);
        socket->write(FakeHttpResponse::traceback(u"RuntimeError"_s, message).toBytes());
        return;
    }
    case Kind::Redirect: {
        FakeHttpResponse response(fault.status, QByteArray(), QByteArray());
        response.setHeader("location"_ba, fault.target.toEncoded());
        socket->write(response.toBytes());
        return;
    }
    case Kind::HtmlPage200:
        socket->write(FakeHttpResponse::html(200,
                                             "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                                             "<title>Sign In</title></head>\n<body>\n<form method=\"post\" "
                                             "action=\"/oauth2/sign_in\"><input name=\"username\">"
                                             "<input name=\"password\" type=\"password\"><button>Sign in</button>"
                                             "</form>\n</body>\n</html>\n"_ba)
                              .toBytes());
        return;
    case Kind::Status429: {
        FakeHttpResponse response = FakeHttpResponse::detail(429, u"Too Many Requests"_s);
        response.setHeader("retry-after"_ba, QByteArray::number(fault.retryAfterSeconds));
        socket->write(response.toBytes());
        return;
    }
    case Kind::Status503:
        socket->write(FakeHttpResponse::detail(503, u"Server is shutting down, please try again later."_s).toBytes());
        return;
    case Kind::OversizedBody:
        socket->write(FakeHttpResponse::json(200, oversizedJson(fault.sizeMiB)).toBytes());
        return;
    }
}

FakeHttpResponse FakeFaults::html401(const QString &realm)
{
    FakeHttpResponse response = nginxPage(401, "401 Authorization Required"_ba);
    response.setHeader("WWW-Authenticate"_ba, "Basic realm=\"" + realm.toUtf8() + '"');
    return response;
}

void FakeFaults::releaseHeldSockets()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_heldSockets)) {
        if (socket)
            socket->abort();
    }
    m_heldSockets.clear();
}

FakeHttpResponse FakeFaults::nginxPage(int status, const QByteArray &title)
{
    // nginx's built-in error page, CRLF line ends included.
    const QByteArray page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    FakeHttpResponse response(status, page, "text/html"_ba);
    response.removeHeader("content-type");
    response.setHeader("Content-Type"_ba, "text/html"_ba);
    response.setOrigin(FakeHttpResponse::Origin::Nginx);
    return response;
}

QByteArray FakeFaults::oversizedJson(int sizeMiB)
{
    // A GET /users-shaped array, valid JSON, at least sizeMiB MiB long.
    const qsizetype target = qsizetype(sizeMiB) * 1024 * 1024;
    QByteArray out;
    out.reserve(target + 256);
    out += '[';
    for (int i = 0; out.size() < target; ++i) {
        if (i > 0)
            out += ',';
        const QString name = u"padding-%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        out += FakeJson::object({{u"id"_s, FakeJson::string(QString::number(i, 16).rightJustified(8, u'0'))},
                                 {u"name"_s, FakeJson::string(name)},
                                 {u"created_at"_s, FakeJson::number(1700000000)},
                                 {u"role"_s, FakeJson::string(u"user"_s)},
                                 {u"user_type"_s, FakeJson::string(u"basic"_s)}});
    }
    out += ']';
    return out;
}

void FakeFaults::drip(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int chunkBytes,
                      int intervalMs)
{
    socket->write(head);
    if (body.isEmpty())
        return;
    // The timer is the socket's child: if the client goes away, the drip stops with it.
    auto *timer = new QTimer(socket);
    timer->setInterval(intervalMs);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [socket, timer, body, chunkBytes, offset = qsizetype(0)]() mutable {
                         socket->write(body.mid(offset, chunkBytes));
                         offset += chunkBytes;
                         if (offset >= body.size()) {
                             timer->stop();
                             timer->deleteLater();
                         }
                     });
    timer->start();
}
