// SPDX-License-Identifier: MIT
// Every endpoint's success and error paths through the typed client, against the in-process double.
#include "awaitreply.h"
#include "barehealthserver.h"
#include "clientfixture.h"
#include "domain/role.h"
#include "net/clientversion.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthReportsVersionsAndTheCaller();
    void sendsOneBasicHeaderAndTheVersionHeaders();
    void nonAsciiPasswordsRoundTrip();
    void wrongPasswordIsRejectedOnceWithoutRetry();
    void currentUserForEachRole_data();
    void currentUserForEachRole();
    void listsUsersIncludingInternalOnes();
    void createsUsersWithAnExplicitRole();
    void createRefusesDuplicatesAndNonAdmins();
    void updatesRolesAndPasswords();
    void userMayChangeOnlyTheirOwnPassword();
    void viewerMayChangeNothing();
    void batchUpdateReportsEachUser();
    void deleteReportsEveryRefusal();
    void importsAndExports();
    void serviceAccountTokensLifeCycle();
    void viewerMayNotManageTokens();
    void unknownRouteIsNotFound();
    void missingFieldIsUnprocessable();
    void tooOldClientIsAVersionMismatch();
    void tooOldServerIsAVersionMismatch();
    void serverWithoutVersionHeadersIsAVersionMismatch();

private:
    std::unique_ptr<ClientFixture> m_f;
};

void TestApiClient::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
}

void TestApiClient::cleanup()
{
    m_f.reset();
}

void TestApiClient::healthReportsVersionsAndTheCaller()
{
    m_f->server.setServerVersion(62, u"0.14.1"_s);
    QSignalSpy versions(&m_f->client, &ApiClient::serverVersionSeen);
    const auto result = awaitReply(m_f->api.health());
    QVERIFY2(result.ok(), describe(result.error));
    QCOMPARE(result.value->status, u"healthy"_s);
    QCOMPARE(result.value->apiVersion, 62);
    QVERIFY(result.value->basicAuthEnabled);
    QVERIFY(result.value->user);
    QCOMPARE(result.value->user->name, u"admin"_s);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(m_f->client.serverApiVersion(), std::optional<int>(62));
    QCOMPARE(m_f->client.serverVersion(), u"0.14.1"_s);

    // Health never refuses: with wrong credentials the server simply does not name a caller.
    m_f->signInAs(u"admin"_s, u"wrong"_s);
    const auto anonymous = awaitReply(m_f->api.health());
    QVERIFY2(anonymous.ok(), describe(anonymous.error));
    QVERIFY(!anonymous.value->user);
}

void TestApiClient::sendsOneBasicHeaderAndTheVersionHeaders()
{
    // Security checklist item 15.
    QVERIFY(awaitReply(m_f->api.listUsers()).ok());
    const QList<RecordedRequest> requests = m_f->server.requests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &r = requests.first();
    int authorizationHeaders = 0;
    for (const auto &header : r.headers)
        authorizationHeaders += header.first.compare("authorization", Qt::CaseInsensitive) == 0;
    QCOMPARE(authorizationHeaders, 1);
    QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("admin:admin-Pa55word!").toBase64());
    QCOMPARE(r.header("X-SkyPilot-API-Version"), QByteArray::number(ClientVersion::ApiVersion));
    QCOMPARE(r.header("X-SkyPilot-Version"), QByteArray(ClientVersion::ReadableVersion));
    QVERIFY(!r.path.contains(u"admin"_s));
}

void TestApiClient::nonAsciiPasswordsRoundTrip()
{
    const QString password = u" p\u00e4ssw\u00f6rd\u20ac :x "_s; // spaces kept, colon allowed (items 15, 24)
    QVERIFY(awaitReply(m_f->api.createUser(u"erin"_s, Secret::fromString(password), Role::User)).ok());
    m_f->signInAs(u"erin"_s, password);
    const auto me = awaitReply(m_f->api.currentUser());
    QVERIFY2(me.ok(), describe(me.error));
    QCOMPARE(me.value->name, u"erin"_s);
    m_f->signInAs(u"erin"_s, password.trimmed());
    QCOMPARE(awaitReply(m_f->api.currentUser()).error.kind, Kind::AuthRejected);
}

void TestApiClient::wrongPasswordIsRejectedOnceWithoutRetry()
{
    // Items 17 and 19: one request, the right kind, and a signal for the UI to ask again.
    m_f->signInAs(u"admin"_s, u"not-the-password"_s);
    QSignalSpy rejected(&m_f->client, &ApiClient::authenticationRejected);
    const auto result = awaitReply(m_f->api.listUsers());
    QCOMPARE(result.error.kind, Kind::AuthRejected);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.serverDetail, u"Invalid credentials"_s);
    QVERIFY(!result.error.message.contains(u"not-the-password"_s));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(m_f->server.requestCount(u"/users"_s), 1);
}

void TestApiClient::currentUserForEachRole_data()
{
    QTest::addColumn<QString>("role");
    for (const QString &role : Role::all())
        QTest::newRow(qPrintable(role)) << role;
}

void TestApiClient::currentUserForEachRole()
{
    QFETCH(QString, role);
    const QString id = m_f->server.addUser(u"someone"_s, u"pw-someone"_s, role);
    m_f->signInAs(u"someone"_s, u"pw-someone"_s);
    const auto me = awaitReply(m_f->api.currentUser());
    QVERIFY2(me.ok(), describe(me.error));
    QCOMPARE(*me.value, (CurrentUser{id, u"someone"_s, role}));
    QVERIFY(awaitReply(m_f->api.listUsers()).ok()); // every role may read the list
}

void TestApiClient::listsUsersIncludingInternalOnes()
{
    const QString bob = m_f->server.addUser(u"bob"_s, u"pw-bob"_s, Role::Viewer);
    const auto result = awaitReply(m_f->api.listUsers());
    QVERIFY2(result.ok(), describe(result.error));
    QStringList ids;
    for (const User &user : *result.value)
        ids.append(user.id);
    QVERIFY(ids.contains(u"skypilot-system"_s));
    QVERIFY(ids.contains(bob));
    const auto it
            = std::find_if(result.value->cbegin(), result.value->cend(), [&](const User &u) { return u.id == bob; });
    QCOMPARE(it->role, Role::Viewer);
    QCOMPARE(it->userType, u"basic"_s);
    QVERIFY(it->createdAt.has_value());
    for (const User &user : *result.value) {
        if (user.id.startsWith(u"skypilot-system"_s) || user.id == m_f->server.serverId())
            QVERIFY2(user.isInternal(), qPrintable(user.id));
    }
}

void TestApiClient::createsUsersWithAnExplicitRole()
{
    QVERIFY(awaitReply(m_f->api.createUser(u"carol"_s, Secret::fromString(u"pw-carol"_s), Role::Viewer)).ok());
    const QList<RecordedRequest> requests = m_f->server.requests();
    QVERIFY(requests.last().body.contains("\"role\":\"viewer\""));
    QCOMPARE(m_f->server.roleOf(m_f->server.users().last().id), Role::Viewer);
}

void TestApiClient::createRefusesDuplicatesAndNonAdmins()
{
    m_f->server.addUser(u"dave"_s, u"pw-dave"_s, Role::User);
    const auto duplicate = awaitReply(m_f->api.createUser(u"dave"_s, Secret::fromString(u"x"_s), Role::User));
    QCOMPARE(duplicate.error.kind, Kind::BadRequest);
    QCOMPARE(duplicate.error.serverDetail, u"User 'dave' already exists"_s);

    const auto badRole = awaitReply(m_f->api.createUser(u"eve"_s, Secret::fromString(u"x"_s), u"Admin"_s));
    QCOMPARE(badRole.error.serverDetail, u"Invalid role: Admin"_s);

    m_f->signInAs(u"dave"_s, u"pw-dave"_s);
    const auto forbidden = awaitReply(m_f->api.createUser(u"eve"_s, Secret::fromString(u"x"_s), Role::User));
    QCOMPARE(forbidden.error.kind, Kind::Forbidden);
    QCOMPARE(forbidden.error.serverDetail, u"Forbidden"_s);
}

void TestApiClient::updatesRolesAndPasswords()
{
    const QString id = m_f->server.addUser(u"frank"_s, u"old-pw"_s, Role::User);
    QVERIFY(awaitReply(m_f->api.updateRole(id, Role::Admin)).ok());
    QCOMPARE(m_f->server.roleOf(id), Role::Admin);
    QVERIFY(awaitReply(m_f->api.updatePassword(id, Secret::fromString(u"new-pw"_s))).ok());
    m_f->signInAs(u"frank"_s, u"new-pw"_s);
    QVERIFY(awaitReply(m_f->api.currentUser()).ok());

    m_f->signInAs(u"admin"_s, u"admin-Pa55word!"_s);
    const auto missing = awaitReply(m_f->api.updateRole(u"deadbeef"_s, Role::User));
    QCOMPARE(missing.error.kind, Kind::BadRequest);
    QCOMPARE(missing.error.serverDetail, u"User deadbeef does not exist"_s);
    const auto internal = awaitReply(m_f->api.updateRole(u"skypilot-system"_s, Role::User));
    QVERIFY2(internal.error.serverDetail.startsWith(u"Cannot update role for internal API server user"_s),
             describe(internal.error));
}

void TestApiClient::userMayChangeOnlyTheirOwnPassword()
{
    const QString me = m_f->server.addUser(u"gina"_s, u"gina-pw"_s, Role::User);
    const QString other = m_f->server.addUser(u"hank"_s, u"hank-pw"_s, Role::User);
    m_f->signInAs(u"gina"_s, u"gina-pw"_s);
    QVERIFY(awaitReply(m_f->api.updatePassword(me, Secret::fromString(u"gina-pw2"_s))).ok());
    m_f->signInAs(u"gina"_s, u"gina-pw2"_s);
    const auto others = awaitReply(m_f->api.updatePassword(other, Secret::fromString(u"x"_s)));
    QCOMPARE(others.error.kind, Kind::Forbidden);
    QCOMPARE(others.error.serverDetail, u"Only admin can update password for other users"_s);
    const auto promote = awaitReply(m_f->api.updateRole(me, Role::Admin));
    QCOMPARE(promote.error.serverDetail, u"Only admin can update user role"_s);
}

void TestApiClient::viewerMayChangeNothing()
{
    const QString me = m_f->server.addUser(u"ivy"_s, u"ivy-pw"_s, Role::Viewer);
    m_f->signInAs(u"ivy"_s, u"ivy-pw"_s);
    QCOMPARE(awaitReply(m_f->api.updatePassword(me, Secret::fromString(u"x"_s))).error.kind, Kind::Forbidden);
    QCOMPARE(awaitReply(m_f->api.deleteUser(me)).error.kind, Kind::Forbidden);
    QCOMPARE(awaitReply(m_f->api.exportUsers()).error.kind, Kind::Forbidden);
}

void TestApiClient::batchUpdateReportsEachUser()
{
    const QString a = m_f->server.addUser(u"jack"_s, u"pw"_s, Role::User);
    const QString b = m_f->server.addUser(u"kate"_s, u"pw"_s, Role::Viewer);
    const auto result
            = awaitReply(m_f->api.batchUpdateRoles({a, b, u"skypilot-system"_s, u"deadbeef"_s}, Role::Viewer));
    QVERIFY2(result.ok(), describe(result.error));
    QCOMPARE(result.value->succeeded, (QStringList{a, b}));
    QCOMPARE(result.value->failed.size(), 2);
    QCOMPARE(result.value->failed.at(1).error, u"User deadbeef does not exist"_s);
    QCOMPARE(m_f->server.roleOf(a), Role::Viewer);

    const auto empty = awaitReply(m_f->api.batchUpdateRoles({}, Role::User));
    QCOMPARE(empty.error.serverDetail, u"user_ids must not be empty"_s);
    m_f->signInAs(u"jack"_s, u"pw"_s);
    m_f->server.addUser(u"lisa"_s, u"pw"_s, Role::User);
    m_f->signInAs(u"lisa"_s, u"pw"_s);
    QCOMPARE(awaitReply(m_f->api.batchUpdateRoles({a}, Role::User)).error.kind, Kind::Forbidden);
}

void TestApiClient::deleteReportsEveryRefusal()
{
    const QString busy = m_f->server.addUser(u"mike"_s, u"pw"_s, Role::User);
    m_f->server.setActiveResources(busy, {u"train-a"_s, u"train-b"_s}, {u"7"_s});
    const auto refused = awaitReply(m_f->api.deleteUser(busy));
    QCOMPARE(refused.error.kind, Kind::BadRequest);
    QVERIFY2(refused.error.serverDetail.contains(u"2 active cluster(s): train-a, train-b"_s), describe(refused.error));
    QVERIFY(refused.error.message.contains(u"Please terminate these resources first"_s));

    m_f->server.setActiveResources(busy, {}, {});
    QVERIFY(awaitReply(m_f->api.deleteUser(busy)).ok());
    QVERIFY(!m_f->server.user(busy));
    QCOMPARE(awaitReply(m_f->api.deleteUser(busy)).error.serverDetail, u"User %1 does not exist"_s.arg(busy));
    QVERIFY(awaitReply(m_f->api.deleteUser(u"skypilot-system"_s))
                    .error.serverDetail.startsWith(u"Cannot delete internal API server user"_s));
}

void TestApiClient::importsAndExports()
{
    const auto imported = awaitReply(m_f->api.importUsers(
            u"username,password,role\nnora,pw-nora,user\noscar,pw-oscar,viewer\nbroken,row\nadmin,x,admin"_s));
    QVERIFY2(imported.ok(), describe(imported.error));
    QCOMPARE(imported.value->successCount, 2);
    QCOMPARE(imported.value->parseErrors, QStringList{u"Line 4: Invalid number of columns"_s});
    QCOMPARE(imported.value->creationErrors, QStringList{u"admin: User already exists"_s});

    const auto exported = awaitReply(m_f->api.exportUsers());
    QVERIFY2(exported.ok(), describe(exported.error));
    QVERIFY(exported.value->csvContent.startsWith(u"username,password,role\n"_s));
    QVERIFY(exported.value->csvContent.contains(u"\nnora,$2b$"_s));
    QVERIFY(!exported.value->csvContent.endsWith(u'\n'));

    const auto empty = awaitReply(m_f->api.importUsers(QString()));
    QCOMPARE(empty.error.serverDetail, u"CSV content is required"_s);
}

void TestApiClient::serviceAccountTokensLifeCycle()
{
    const auto created = awaitReply(m_f->api.createToken(u"ci-pipeline"_s, 30, Role::User));
    QVERIFY2(created.ok(), describe(created.error));
    QVERIFY(created.value->token.utf8().startsWith("sky_"));
    QVERIFY(created.value->serviceAccountUserId.startsWith(u"sa-"_s));
    const QString tokenId = created.value->tokenId;

    const auto listed = awaitReply(m_f->api.listTokens());
    QVERIFY2(listed.ok(), describe(listed.error));
    QCOMPARE(listed.value->size(), 1);
    QCOMPARE(listed.value->first().tokenName, u"ci-pipeline"_s);
    QCOMPARE(listed.value->first().creatorName, u"admin"_s);

    QCOMPARE(awaitReply(m_f->api.tokenRole(tokenId)).value->roles, QStringList{Role::User});
    const auto updated = awaitReply(m_f->api.updateTokenRole(tokenId, Role::Viewer));
    QVERIFY2(updated.ok(), describe(updated.error));
    QCOMPARE(updated.value->roles, QStringList{Role::Viewer});

    const auto rotated = awaitReply(m_f->api.rotateToken(tokenId, 0));
    QVERIFY2(rotated.ok(), describe(rotated.error));
    QVERIFY(!(rotated.value->token == created.value->token));
    QVERIFY(!rotated.value->expiresAt);

    const auto badName = awaitReply(m_f->api.createToken(u"9lives"_s, std::nullopt, {}));
    QCOMPARE(badName.error.kind, Kind::BadRequest);
    const auto negative = awaitReply(m_f->api.createToken(u"ok"_s, -1, {}));
    QCOMPARE(negative.error.serverDetail, u"Expiration days must be positive or 0 for never expire"_s);

    QVERIFY(awaitReply(m_f->api.deleteToken(tokenId)).ok());
    const auto gone = awaitReply(m_f->api.deleteToken(tokenId));
    QCOMPARE(gone.error.kind, Kind::NotFound);
    QCOMPARE(gone.error.serverDetail, u"Token not found"_s);
}

void TestApiClient::viewerMayNotManageTokens()
{
    m_f->server.addUser(u"pat"_s, u"pw"_s, Role::Viewer);
    m_f->signInAs(u"pat"_s, u"pw"_s);
    QVERIFY(awaitReply(m_f->api.listTokens()).ok());
    QCOMPARE(awaitReply(m_f->api.createToken(u"mine"_s, 1, {})).error.kind, Kind::Forbidden);
}

void TestApiClient::unknownRouteIsNotFound()
{
    auto decoder = [](const QJsonValue &, std::any &, QString &) { return true; };
    const auto result = awaitReply(Reply<Done>(m_f->client.send(ApiRequest::get(u"/users/nope"_s), decoder)));
    QCOMPARE(result.error.kind, Kind::NotFound);
    QVERIFY2(result.error.message.contains(u"/users/nope"_s), describe(result.error));
}

void TestApiClient::missingFieldIsUnprocessable()
{
    auto decoder = [](const QJsonValue &, std::any &, QString &) { return true; };
    const auto result = awaitReply(
            Reply<Done>(m_f->client.send(ApiRequest::post(u"/users/create"_s, {{"password"_L1, u"x"_s}}), decoder)));
    QCOMPARE(result.error.kind, Kind::Unprocessable);
    QVERIFY2(result.error.message.contains(u"username: Field required"_s), describe(result.error));
}

void TestApiClient::tooOldClientIsAVersionMismatch()
{
    m_f->server.setMinimumCompatibleApiVersion(ClientVersion::ApiVersion + 1, u"9.9.9"_s);
    const auto result = awaitReply(m_f->api.listUsers());
    QCOMPARE(result.error.kind, Kind::VersionMismatch);
    QVERIFY2(result.error.message.contains(u"client version is too old"_s), describe(result.error));
    QVERIFY(!result.error.message.contains(QChar(0x1B))); // the server's ANSI colour codes are stripped
}

void TestApiClient::tooOldServerIsAVersionMismatch()
{
    m_f->server.setServerVersion(ClientVersion::MinimumServerApiVersion - 1, u"0.10.0"_s);
    const auto result = awaitReply(m_f->api.health());
    QCOMPARE(result.error.kind, Kind::VersionMismatch);
    QVERIFY2(result.error.message.contains(u"too old"_s), describe(result.error));
}

void TestApiClient::serverWithoutVersionHeadersIsAVersionMismatch()
{
    // The official client's rule: a health answer without version headers comes from a server too old to talk to.
    const BareHealthServer bare(BareHealthServer::health(), false);
    QVERIFY(bare.isListening());
    m_f->client.setServerUrl(bare.url());
    const auto result = awaitReply(m_f->api.health());
    QCOMPARE(result.error.kind, Kind::VersionMismatch);
    QVERIFY2(result.error.message.contains(u"does not report an API version"_s), describe(result.error));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
