// SPDX-License-Identifier: MIT
// The central error mapping, driven by tables of transport errors, statuses and bodies
// (security checklist items 17-19, 63, 66-68, 71, 73).
#include "net/errormapper.h"
#include "net/serverdetail.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ResponseFacts)

class TestErrorMapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsEachFailureToItsKind_data();
    void mapsEachFailureToItsKind();
    void successIsNoError();
    void messagesArePlainAndLimited();
    void serverDetailReadsEveryShape_data();
    void serverDetailReadsEveryShape();
};

namespace {
ResponseFacts facts(QNetworkReply::NetworkError error, int status, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json", const QByteArray &www = {})
{
    ResponseFacts f;
    f.networkError = error;
    f.networkErrorString = u"qt says"_s;
    f.httpStatus = status;
    f.body = body;
    f.contentType = contentType;
    f.wwwAuthenticate = www;
    f.url = QUrl(u"https://sky.example.com:8443/users/create"_s);
    f.sizeLimit = 32 * 1024 * 1024;
    return f;
}

const QByteArray nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                            "Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
const QByteArray traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n"
                             "RuntimeError: Failed to update user due to a timeout when trying to acquire the lock\n";
} // namespace

void TestErrorMapper::mapsEachFailureToItsKind_data()
{
    QTest::addColumn<ResponseFacts>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");

    using NE = QNetworkReply;
    QTest::newRow("host not found") << facts(NE::HostNotFoundError, 0) << int(Kind::Unreachable)
                                    << u"\u201csky.example.com\u201d could not be found"_s;
    QTest::newRow("refused") << facts(NE::ConnectionRefusedError, 0) << int(Kind::Unreachable)
                             << u"sky.example.com:8443 refused the connection"_s;
    QTest::newRow("closed without answer") << facts(NE::RemoteHostClosedError, 0) << int(Kind::Unreachable)
                                           << u"closed the connection without answering"_s;
    QTest::newRow("post interrupted") << facts(NE::ContentReSendError, 0) << int(Kind::Unreachable)
                                      << u"may or may not have been applied"_s;
    QTest::newRow("network down") << facts(NE::TemporaryNetworkFailureError, 0) << int(Kind::Unreachable)
                                  << u"network is down"_s;
    QTest::newRow("qt transfer timeout") << facts(NE::OperationCanceledError, 0) << int(Kind::Timeout)
                                         << u"stopped responding"_s;
    ResponseFacts userCancel = facts(NE::OperationCanceledError, 0);
    userCancel.abort = ResponseFacts::Abort::User;
    QTest::newRow("user cancel is not a timeout") << userCancel << int(Kind::Canceled) << u"Cancelled"_s;
    ResponseFacts deadline = facts(NE::OperationCanceledError, 0);
    deadline.abort = ResponseFacts::Abort::Deadline;
    QTest::newRow("deadline") << deadline << int(Kind::Timeout) << u"took too long"_s;
    ResponseFacts tooLarge = facts(NE::OperationCanceledError, 200);
    tooLarge.abort = ResponseFacts::Abort::TooLarge;
    QTest::newRow("too large") << tooLarge << int(Kind::TooLarge) << u"larger than 32 MiB"_s;
    QTest::newRow("tls") << facts(NE::SslHandshakeFailedError, 0) << int(Kind::Tls)
                         << u"secure connection to sky.example.com:8443"_s;
    QTest::newRow("truncated 200") << facts(NE::RemoteHostClosedError, 200, "{\"csv_") << int(Kind::BadResponse)
                                   << u"cut off"_s;
    QTest::newRow("401 skypilot bare string") << facts(NE::AuthenticationRequiredError, 401, "\"Invalid credentials\"",
                                                       "application/json", "Basic realm=\"SkyPilot\"")
                                              << int(Kind::AuthRejected) << u"(server said: Invalid credentials)"_s;
    QTest::newRow("401 json detail without challenge")
            << facts(NE::AuthenticationRequiredError, 401, "{\"detail\":\"Service account token has expired\"}")
            << int(Kind::AuthRejected) << u"Service account token has expired"_s;
    QTest::newRow("401 ingress html other realm")
            << facts(NE::AuthenticationRequiredError, 401,
                     "<html><head><title>401 Authorization Required</title></head></html>", "text/html",
                     "Basic realm=\"Authentication Required - foo\"")
            << int(Kind::ProxyAuthRequired) << u"realm \u201cAuthentication Required - foo\u201d"_s;
    QTest::newRow("403 rbac") << facts(NE::ContentAccessDenied, 403, "{\"detail\":\"Forbidden\"}")
                              << int(Kind::Forbidden) << u"role on this server does not allow"_s;
    QTest::newRow("403 handler") << facts(NE::ContentAccessDenied, 403,
                                          "{\"detail\":\"Only admin can update user role\"}")
                                 << int(Kind::Forbidden) << u"Only admin can update user role"_s;
    QTest::newRow("400 detail") << facts(NE::ProtocolInvalidOperationError, 400,
                                         "{\"detail\":\"User 'bob' already exists\"}")
                                << int(Kind::BadRequest) << u"User 'bob' already exists"_s;
    QTest::newRow("400 version mismatch") << facts(
            NE::ProtocolInvalidOperationError, 400,
            "{\"error\":\"version_mismatch\",\"message\":\"\\u001b[33mYour SkyPilot client version is too old\"}")
                                          << int(Kind::VersionMismatch) << u"Your SkyPilot client version is too old"_s;
    QTest::newRow("404") << facts(NE::ContentNotFoundError, 404, "{\"detail\":\"Not Found\"}") << int(Kind::NotFound)
                         << u"does not know /users/create"_s;
    QTest::newRow("422 list detail") << facts(
            NE::UnknownContentError, 422,
            "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"username\"],\"msg\":\"Field required\"}]}")
                                     << int(Kind::Unprocessable) << u"username: Field required"_s;
    QTest::newRow("429") << facts(NE::UnknownContentError, 429, "{}") << int(Kind::ServerError) << u"busy"_s;
    QTest::newRow("500 traceback") << facts(NE::InternalServerError, 500, traceback, "text/plain; charset=utf-8")
                                   << int(Kind::ServerError) << u"RuntimeError: Failed to update user"_s;
    QTest::newRow("502 nginx html") << facts(NE::UnknownServerError, 502, nginx502, "text/html")
                                    << int(Kind::ServerError) << u"\u201c502 Bad Gateway\u201d (HTTP 502)"_s;
    QTest::newRow("503 json") << facts(NE::ServiceUnavailableError, 503,
                                       "{\"detail\":\"Server is shutting down, please try again later.\"}")
                              << int(Kind::ServerError) << u"shutting down"_s;
    QTest::newRow("unfollowed redirect") << facts(NE::NoError, 307) << int(Kind::RedirectRefused) << u"HTTP 307"_s;
    QTest::newRow("insecure redirect") << facts(NE::InsecureRedirectError, 0) << int(Kind::RedirectRefused)
                                       << u"unencrypted HTTP"_s;
}

void TestErrorMapper::mapsEachFailureToItsKind()
{
    QFETCH(ResponseFacts, input);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    const ApiError error = ErrorMapper::map(input);
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(Kind(kind)));
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    if (input.abort == ResponseFacts::Abort::None)
        QCOMPARE(error.httpStatus, input.httpStatus);
}

void TestErrorMapper::successIsNoError()
{
    const ApiError error = ErrorMapper::map(facts(QNetworkReply::NoError, 200, "null"));
    QVERIFY(!error.isError());
    QVERIFY(error.message.isEmpty());
}

void TestErrorMapper::messagesArePlainAndLimited()
{
    // Item 69/73: markup stays literal, control and direction-override characters go, and length is bounded.
    const QByteArray hostile
            = "{\"detail\":\"<b>x</b><a href='http://evil'>y</a>\\u202e\\u0007" + QByteArray(5000, 'A') + "\"}";
    const ApiError error = ErrorMapper::map(facts(QNetworkReply::ProtocolInvalidOperationError, 400, hostile));
    QVERIFY(error.message.contains(u"<b>x</b><a href='http://evil'>y</a>"_s));
    QVERIFY(!error.message.contains(QChar(0x202E)));
    QVERIFY(!error.message.contains(QChar(0x07)));
    QVERIFY(error.message.size() <= 600);
    QVERIFY(error.serverDetail.size() <= 300);
    QVERIFY(error.message.endsWith(QChar(0x2026)) || error.serverDetail.endsWith(QChar(0x2026)));
}

void TestErrorMapper::serverDetailReadsEveryShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("text");
    using S = ServerDetail::Shape;
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << int(S::Empty) << QString();
    QTest::newRow("bare string") << QByteArray("\"Invalid basic auth\"") << QByteArray("application/json")
                                 << int(S::JsonString) << u"Invalid basic auth"_s;
    QTest::newRow("detail") << QByteArray("{\"detail\":\"Token not found\"}") << QByteArray("application/json")
                            << int(S::JsonDetail) << u"Token not found"_s;
    QTest::newRow("html title") << nginx502 << QByteArray("text/html") << int(S::Html) << u"502 Bad Gateway"_s;
    QTest::newRow("html sniffed") << QByteArray("<!DOCTYPE html><html><h1>Sign &amp; in</h1></html>") << QByteArray()
                                  << int(S::Html) << u"Sign & in"_s;
    QTest::newRow("traceback")
            << traceback << QByteArray("text/plain") << int(S::Text)
            << u"RuntimeError: Failed to update user due to a timeout when trying to acquire the lock"_s;
    QTest::newRow("exception group only")
            << QByteArray(
                       "  + Exception Group Traceback (most recent call last):\n  | ExceptionGroup: unhandled errors\n"
                       "  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n"
                       "    | ValueError: expected des_crypt hash\n    +------------------------------------\n")
            << QByteArray("text/plain; charset=utf-8") << int(S::Text) << u"ValueError: expected des_crypt hash"_s;
    QTest::newRow("unknown object") << QByteArray("{\"foo\":1}") << QByteArray("application/json") << int(S::Unknown)
                                    << QString();
    QTest::newRow("deeply nested garbage") << QByteArray(100000, '[') << QByteArray("application/json") << int(S::Text)
                                           << QString(QLatin1String(QByteArray(299, '['))) + QChar(0x2026);
}

void TestErrorMapper::serverDetailReadsEveryShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, shape);
    QFETCH(QString, text);
    const ServerDetail detail = ServerDetail::parse(body, contentType);
    QCOMPARE(int(detail.shape), shape);
    QCOMPARE(detail.text, text);
}

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"
