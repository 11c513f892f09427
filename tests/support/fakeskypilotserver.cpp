// SPDX-License-Identifier: MIT
#include "fakeskypilotserver.h"

#include "fakehttpresponse.h"
#include "fakemiddlewarechain.h"
#include "fakepythonexception.h"
#include "fakerequestcontext.h"
#include "fakeserverstate.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#if QT_CONFIG(ssl)
#include <QSslServer>
#endif
#include <QTcpSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? (v4 >> 24) == 127 : address.isLoopback();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : "UNKNOWN"_ba;
}

// The server's own 8-hex id (SERVER_ID); fixed so that runs are reproducible.
QString fixedServerId()
{
    return QString::fromLatin1(
            QCryptographicHash::hash("fake-skypilot-server", QCryptographicHash::Md5).toHex().left(8));
}

} // namespace

FakeSkyPilotServer::FakeSkyPilotServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<FakeServerState>(fixedServerId()))
    , m_chain(std::make_unique<FakeMiddlewareChain>(*m_state))
{
    seedInternalUsers();
}

FakeSkyPilotServer::FakeSkyPilotServer(const QString &adminName, const QString &adminPassword, QObject *parent)
    : FakeSkyPilotServer(parent)
{
    setInitialAdmin(adminName, adminPassword);
}

FakeSkyPilotServer::~FakeSkyPilotServer()
{
    // Hung connections would otherwise stay open until the QTcpServer children are deleted, after
    // this object's own members are gone.
    m_faults.releaseHeldSockets();
}

void FakeSkyPilotServer::seedInternalUsers()
{
    // What _maybe_initialize_policies() leaves in a fresh database since #9681.
    FakeUserStore &store = m_state->store();
    const qint64 now = m_state->now();
    store.upsert({FakeUserStore::systemUserId(), FakeUserStore::systemUserId(), QString(), now, u"system"_s}, now);
    store.setRole(FakeUserStore::systemUserId(), u"admin"_s);
    store.upsert(
            {FakeUserStore::systemViewerUserId(), FakeUserStore::systemViewerUserId(), QString(), now, u"system"_s},
            now);
    store.setRole(FakeUserStore::systemViewerUserId(), u"viewer"_s);
    store.upsert({store.serverId(), store.serverId(), QString(), now, u"system"_s}, now);
    store.setRole(store.serverId(), u"admin"_s);
}

bool FakeSkyPilotServer::start(const QHostAddress &address, quint16 port)
{
    if (isListening() || !isLoopback(address)) {
        qWarning("FakeSkyPilotServer: refusing to listen on %s", qPrintable(address.toString()));
        return false;
    }
    m_port = listen(address, port);
    if (m_port == 0)
        return false;
    m_address = address;
    return true;
}

bool FakeSkyPilotServer::isListening() const
{
    return m_port != 0;
}

QHostAddress FakeSkyPilotServer::address() const
{
    return m_address;
}

quint16 FakeSkyPilotServer::port() const
{
    return m_port;
}

QUrl FakeSkyPilotServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
#if QT_CONFIG(ssl)
    // After sslSetup(), listen() creates a QSslServer.
    const QList<QTcpServer *> listening = servers();
    if (std::any_of(listening.cbegin(), listening.cend(), [](QTcpServer *s) { return qobject_cast<QSslServer *>(s); }))
        url.setScheme(u"https"_s);
#endif
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QString FakeSkyPilotServer::setInitialAdmin(const QString &name, const QString &password)
{
    // Like _maybe_initialize_basic_auth_user(): only inserted when the id is new, always admin.
    const QString id = FakeUserStore::userIdFor(name);
    if (m_state->store().user(id))
        return id;
    return m_state->addBasicUser(name, m_state->hasher().hash(password), u"admin"_s);
}

QString FakeSkyPilotServer::setInitialBasicAuth(const QString &nameColonHash)
{
    const QString name = nameColonHash.section(u':', 0, 0);
    const QString id = FakeUserStore::userIdFor(name);
    if (m_state->store().user(id))
        return id;
    return m_state->addBasicUser(name, nameColonHash.section(u':', 1), u"admin"_s);
}

QString FakeSkyPilotServer::addUser(const QString &name, const QString &password, const QString &role)
{
    return m_state->addBasicUser(name, m_state->hasher().hash(password), role);
}

QString FakeSkyPilotServer::addUserWithHash(const QString &name, const QString &storedHash, const QString &role)
{
    return m_state->addBasicUser(name, storedHash, role);
}

QString FakeSkyPilotServer::addPasswordlessUser(const QString &name, const QString &role, const QString &userType)
{
    const QString id = FakeUserStore::userIdFor(name);
    m_state->store().upsert({id, name, QString(), std::nullopt, userType}, m_state->now());
    m_state->store().setRole(id, role);
    return id;
}

QString FakeSkyPilotServer::serverId() const
{
    return m_state->store().serverId();
}

QList<FakeUserStore::User> FakeSkyPilotServer::users() const
{
    return m_state->store().users();
}

std::optional<FakeUserStore::User> FakeSkyPilotServer::user(const QString &userId) const
{
    return m_state->store().user(userId);
}

QString FakeSkyPilotServer::roleOf(const QString &userId) const
{
    return m_state->store().role(userId);
}

QList<FakeUserStore::Token> FakeSkyPilotServer::tokens() const
{
    return m_state->store().tokens();
}

void FakeSkyPilotServer::setLoopbackBypass(bool enabled)
{
    m_state->config().loopbackBypass = enabled;
}

void FakeSkyPilotServer::setDefaultRole(const QString &role)
{
    // get_default_role() lowercases the configured value (0.14.1), so "Viewer" is legal config.
    m_state->config().defaultRole = role.toLower();
}

void FakeSkyPilotServer::setServiceAccountsEnabled(bool enabled)
{
    m_state->config().serviceAccountsEnabled = enabled;
}

void FakeSkyPilotServer::setServerVersion(int apiVersion, const QString &version)
{
    m_state->config().apiVersion = apiVersion;
    m_state->config().version = version;
}

void FakeSkyPilotServer::setMinimumCompatibleApiVersion(int apiVersion, const QString &version)
{
    m_state->config().minCompatibleApiVersion = apiVersion;
    m_state->config().minCompatibleVersion = version;
}

void FakeSkyPilotServer::setBcryptCost(int cost)
{
    m_state->hasher().setBcryptCost(cost);
}

void FakeSkyPilotServer::setNow(qint64 unixSeconds)
{
    m_state->config().nowOverride = unixSeconds;
}

void FakeSkyPilotServer::setActiveResources(const QString &userId, const QStringList &clusters, const QStringList &jobs)
{
    m_state->config().activeResources.insert(userId, {clusters, jobs});
}

void FakeSkyPilotServer::addDemotionBlocker(const QString &userId, const QString &workspace,
                                            const QStringList &clusters, const QStringList &jobs)
{
    m_state->config().demotionBlockers[userId].append({workspace, clusters, jobs});
}

void FakeSkyPilotServer::clearDemotionBlockers()
{
    m_state->config().demotionBlockers.clear();
}

void FakeSkyPilotServer::setFault(const QString &path, const FakeFault &fault, int count)
{
    m_faults.add(path, fault, count);
}

void FakeSkyPilotServer::setFaultForAllPaths(const FakeFault &fault, int count)
{
    m_faults.add(QString(), fault, count);
}

void FakeSkyPilotServer::clearFaults()
{
    m_faults.clear();
}

void FakeSkyPilotServer::setHtml401(const QString &realm)
{
    m_html401Realm = realm;
}

QList<RecordedRequest> FakeSkyPilotServer::requests() const
{
    return m_requests;
}

void FakeSkyPilotServer::clearRequests()
{
    m_requests.clear();
}

int FakeSkyPilotServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const RecordedRequest &r) { return r.pathWithoutQuery() == path; }));
}

bool FakeSkyPilotServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const RecordedRequest recorded = record(request);
    Q_EMIT requestRecorded(recorded.index);
    const bool closeAfter = recorded.header("connection").toLower().contains("close");
    const auto send = [socket, closeAfter](const QByteArray &bytes) {
        socket->write(bytes);
        if (closeAfter)
            socket->disconnectFromHost();
    };

    // Faults stand for what sits in front of the server, so they come before anything it does.
    if (!m_html401Realm.isEmpty()) {
        send(FakeFaults::html401(m_html401Realm).toBytes());
        return true;
    }
    FakeRequestContext context = contextFor(request);
    const std::optional<FakeFault> fault = m_faults.take(context.path);
    if (fault && fault->kind != FakeFault::Kind::SlowDrip) {
        m_faults.execute(*fault, socket, FakeHttpResponse(), lockUserIdFor(context));
        return true;
    }
    const FakeHttpResponse response = process(context, recorded.index);
    if (fault) {
        m_faults.execute(*fault, socket, response, lockUserIdFor(context));
        return true;
    }
    send(response.toBytes());
    return true;
}

void FakeSkyPilotServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers everything; this exists only because the base class demands it.
    socket->write(FakeHttpResponse::detail(404, u"Not Found"_s).toBytes());
}

RecordedRequest FakeSkyPilotServer::record(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    QString path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    RecordedRequest recorded{m_nextIndex++,  methodName(request.method()), path, request.headers(),
                             request.body(), request.remoteAddress()};
    m_requests.append(recorded);
    return recorded;
}

FakeRequestContext FakeSkyPilotServer::contextFor(const QHttpServerRequest &request) const
{
    return {methodName(request.method()),
            request.url().path(QUrl::FullyDecoded),
            request.url(),
            request.headers(),
            request.body(),
            request.remoteAddress(),
            std::nullopt};
}

FakeHttpResponse FakeSkyPilotServer::process(FakeRequestContext &context, int index)
{
    const QByteArray requestId = QUuid::createUuidV5(QUuid(), "fake-skypilot-request-" + QByteArray::number(index))
                                         .toByteArray(QUuid::WithoutBraces);
    try {
        return m_chain->handle(context, requestId);
    } catch (const FakePythonException &error) {
        // Starlette's ServerErrorMiddleware (debug=True), outside every other middleware.
        if (context.header("accept").value_or(QByteArray()).contains("text/html")) {
            const QByteArray line = (error.type() + u": "_s + error.message()).toHtmlEscaped().toUtf8();
            return FakeHttpResponse::html(500,
                                          "<html><head><title>Starlette Debugger</title></head><body>"
                                          "<h1>500 Server Error</h1><h2>"
                                                  + line + "</h2></body></html>");
        }
        return FakeHttpResponse::traceback(error.type(), error.message());
    }
}

QString FakeSkyPilotServer::lockUserIdFor(const FakeRequestContext &context) const
{
    // The per-user lock is named after the user the request is about.
    const QJsonObject body = QJsonDocument::fromJson(context.body).object();
    if (body.contains(u"user_id"_s))
        return body.value(u"user_id"_s).toString();
    if (body.contains(u"username"_s))
        return FakeUserStore::userIdFor(body.value(u"username"_s).toString());
    return FakeUserStore::systemUserId();
}
