// SPDX-License-Identifier: MIT
#include "errormapper.h"

#include "clientversion.h"
#include "plaintext.h"
#include "serverdetail.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

ApiError make(Kind kind, int status, const QString &message, const QString &detail = {})
{
    // Every message is built from sanitised parts, but the whole is limited once more for safety.
    return ApiError{kind, status, PlainText::sanitize(message, 600), detail};
}

QString realmOf(const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression realm(u"realm\\s*=\\s*\"([^\"]*)\""_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = realm.match(QString::fromLatin1(wwwAuthenticate));
    return m.hasMatch() ? PlainText::sanitize(m.captured(1), 80) : QString();
}

} // namespace

ApiError ErrorMapper::map(const ResponseFacts &facts)
{
    const QString where = PlainText::origin(facts.url);
    switch (facts.abort) {
    case ResponseFacts::Abort::User:
        return make(Kind::Canceled, 0, tr("Cancelled."));
    case ResponseFacts::Abort::Deadline:
        return make(Kind::Timeout, 0,
                    tr("The server at %1 took too long to answer, so SkyUsers stopped waiting. Try again; if it "
                       "keeps happening, the server may be overloaded.")
                            .arg(where));
    case ResponseFacts::Abort::TooLarge:
        return make(Kind::TooLarge, facts.httpStatus,
                    tr("The answer from %1 is larger than %2 MiB, so SkyUsers stopped reading it.")
                            .arg(where)
                            .arg(facts.sizeLimit / (1024 * 1024)));
    case ResponseFacts::Abort::None:
        break;
    }
    if (facts.networkError == QNetworkReply::OperationCanceledError) {
        // Not cancelled by us: Qt's transfer timeout fired because nothing moved for too long.
        return make(Kind::Timeout, 0,
                    tr("The server at %1 stopped responding. Check that it is running and try again.").arg(where));
    }
    if (facts.httpStatus == 0)
        return transportError(facts);
    if (facts.httpStatus >= 200 && facts.httpStatus < 300) {
        if (facts.networkError == QNetworkReply::NoError)
            return {};
        // Qt reports a connection closed mid-body with the 200 status and a partial body.
        return make(Kind::BadResponse, facts.httpStatus,
                    tr("The answer from %1 was cut off before it was complete. Try again.").arg(where));
    }
    return httpError(facts);
}

ApiError ErrorMapper::badResponse(const QUrl &url, const QString &problem)
{
    return make(Kind::BadResponse, 200,
                tr("The answer from %1 could not be read (%2). Is this a SkyPilot API server, and is SkyUsers "
                   "up to date?")
                        .arg(PlainText::origin(url), PlainText::sanitize(problem, 200)));
}

ApiError ErrorMapper::checkServerVersion(const QUrl &url, std::optional<int> serverApiVersion, bool headerPresent)
{
    const QString where = PlainText::origin(url);
    if (!headerPresent || !serverApiVersion) {
        return make(Kind::VersionMismatch, 200,
                    tr("%1 does not report an API version, so it is either not a SkyPilot API server or one older "
                       "than 0.11. Upgrade the server.")
                            .arg(where));
    }
    if (*serverApiVersion < ClientVersion::MinimumServerApiVersion) {
        return make(Kind::VersionMismatch, 200,
                    tr("%1 runs SkyPilot API version %2, which is too old: SkyUsers needs %3 or newer (SkyPilot "
                       "0.11). Upgrade the server.")
                            .arg(where)
                            .arg(*serverApiVersion)
                            .arg(ClientVersion::MinimumServerApiVersion));
    }
    return {};
}

ApiError ErrorMapper::transportError(const ResponseFacts &facts)
{
    const QString where = PlainText::origin(facts.url);
    const QString host = PlainText::sanitize(facts.url.host(), 120);
    switch (facts.networkError) {
    case QNetworkReply::HostNotFoundError:
        return make(Kind::Unreachable, 0,
                    tr("The server name \u201c%1\u201d could not be found. Check the server address and your network "
                       "connection.")
                            .arg(host));
    case QNetworkReply::ConnectionRefusedError:
        return make(Kind::Unreachable, 0,
                    tr("%1 refused the connection. Check that the SkyPilot API server is running and that the port "
                       "is right.")
                            .arg(where));
    case QNetworkReply::RemoteHostClosedError:
        return make(
                Kind::Unreachable, 0,
                tr("%1 closed the connection without answering. The server may be restarting; try again.").arg(where));
    case QNetworkReply::ContentReSendError:
        // Raised by OneShotUploadDevice: the connection broke after the change went out.
        return make(Kind::Unreachable, 0,
                    tr("The connection to %1 broke while the change was being sent, so it may or may not have been "
                       "applied. Refresh to check before trying again.")
                            .arg(where));
    case QNetworkReply::TimeoutError:
        return make(Kind::Timeout, 0,
                    tr("The connection to %1 timed out. Check the address and your network.").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        return make(Kind::Tls, 0,
                    tr("A secure connection to %1 could not be established: %2. Nothing was sent to the server.")
                            .arg(where, PlainText::sanitize(facts.networkErrorString, 200)));
    case QNetworkReply::InsecureRedirectError:
        return make(
                Kind::RedirectRefused, 0,
                tr("%1 tried to switch from HTTPS to unencrypted HTTP. SkyUsers refused and sent nothing.").arg(where));
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return make(Kind::ProxyAuthRequired, 407,
                    tr("The network proxy asks for its own credentials. Check your proxy settings."));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return make(Kind::Unreachable, 0,
                    tr("The network proxy could not be used: %1. Check your proxy settings.")
                            .arg(PlainText::sanitize(facts.networkErrorString, 200)));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return make(Kind::Unreachable, 0, tr("The network is down. Check your connection and try again."));
    default:
        break;
    }
    return make(Kind::Unreachable, 0,
                tr("Could not talk to %1: %2.").arg(where, PlainText::sanitize(facts.networkErrorString, 200)));
}

ApiError ErrorMapper::httpError(const ResponseFacts &facts)
{
    const QString where = PlainText::origin(facts.url);
    const int status = facts.httpStatus;
    const ServerDetail detail = ServerDetail::parse(facts.body, facts.contentType);
    const bool html = detail.shape == ServerDetail::Shape::Html;
    const QString detailText = html ? QString() : detail.text;
    // Messages add their own full stop after the server's words.
    QString said = detailText;
    while (said.endsWith(u'.'))
        said.chop(1);
    if (status == 401)
        return unauthorized(facts);
    if (html && status != 404) {
        // An HTML error page comes from a proxy or ingress, not from SkyPilot (which answers JSON or text).
        return make(status >= 500 ? Kind::ServerError : Kind::BadResponse, status,
                    tr("A proxy in front of the server answered \u201c%1\u201d (HTTP %2) instead of SkyPilot. The "
                       "SkyPilot API server behind it may be down or misconfigured.")
                            .arg(detail.text.isEmpty() ? tr("an HTML page") : detail.text)
                            .arg(status),
                    detail.text);
    }
    switch (status) {
    case 400:
        if (detail.shape == ServerDetail::Shape::VersionMismatch) {
            return make(Kind::VersionMismatch, status,
                        tr("The server and SkyUsers do not speak a common API version: %1").arg(said), detailText);
        }
        return make(Kind::BadRequest, status,
                    said.isEmpty() ? tr("The server refused the request (HTTP 400).")
                                   : tr("The server refused: %1").arg(said),
                    detailText);
    case 403:
        if (said.isEmpty() || said == "Forbidden"_L1) {
            return make(Kind::Forbidden, status,
                        tr("Your role on this server does not allow this action (server said: Forbidden)."),
                        detailText);
        }
        return make(Kind::Forbidden, status, tr("Not allowed: %1").arg(said), detailText);
    case 404:
        return make(Kind::NotFound, status,
                    tr("%1 does not know %2. It may run an older SkyPilot version, or not be a SkyPilot API server.")
                            .arg(where, PlainText::sanitize(facts.url.path(), 100)),
                    detailText);
    case 407:
        return make(Kind::ProxyAuthRequired, status,
                    tr("The network proxy asks for its own credentials. Check your proxy settings."));
    case 422:
        return make(Kind::Unprocessable, status, tr("The server could not process the request: %1").arg(said),
                    detailText);
    case 429:
        return make(Kind::ServerError, status,
                    tr("The server is busy (too many requests). Wait a moment and try again."), detailText);
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return make(Kind::RedirectRefused, status,
                    tr("The server answered with a redirect (HTTP %1) that SkyUsers does not follow.").arg(status));
    }
    if (status >= 500) {
        return make(
                Kind::ServerError, status,
                said.isEmpty()
                        ? tr("The server failed (HTTP %1). Try again; if it keeps failing, check the server's log.")
                                  .arg(status)
                        : tr("The server failed (HTTP %1): %2. Try again; if it keeps failing, check the server's log.")
                                  .arg(status)
                                  .arg(said),
                detailText);
    }
    return make(Kind::BadRequest, status,
                said.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(status)
                               : tr("The server refused the request (HTTP %1): %2").arg(status).arg(said),
                detailText);
}

ApiError ErrorMapper::unauthorized(const ResponseFacts &facts)
{
    const ServerDetail detail = ServerDetail::parse(facts.body, facts.contentType);
    const QString realm = realmOf(facts.wwwAuthenticate);
    const bool otherRealm = !facts.wwwAuthenticate.isEmpty() && realm != "SkyPilot"_L1;
    if (detail.shape == ServerDetail::Shape::Html || otherRealm) {
        return make(Kind::ProxyAuthRequired, 401,
                    tr("A proxy or ingress in front of the SkyPilot server asked for its own sign-in%1. Those are "
                       "not your SkyPilot credentials; ask your administrator how to reach the server.")
                            .arg(realm.isEmpty() ? QString() : tr(" (realm \u201c%1\u201d)").arg(realm)),
                    detail.text);
    }
    if (detail.text.isEmpty()) {
        return make(Kind::AuthRejected, 401,
                    tr("The server did not accept the user name or password. Check them and sign in again."));
    }
    return make(Kind::AuthRejected, 401,
                tr("The server did not accept the user name or password (server said: %1). Check them and sign in "
                   "again.")
                        .arg(detail.text),
                detail.text);
}
