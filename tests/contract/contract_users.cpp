// SPDX-License-Identifier: MIT
// GET /users, GET /users/role and POST /users/{create,update,batch_update,delete}.
#include "contracttest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

void addRoleRows(bool withAdmin)
{
    QTest::addColumn<QString>("who");
    if (withAdmin)
        QTest::newRow("admin") << u"admin"_s;
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("viewer") << u"viewer"_s;
}

} // namespace

void ContractTest::users_listShapeAndInternalUsers_data()
{
    addRoleRows(true);
}

void ContractTest::users_listShapeAndInternalUsers()
{
    QFETCH(QString, who);
    const ContractClient::Reply reply = m_client->get(u"/users"_s, authFor(who));
    CONTRACT_EXPECT_STATUS(reply, 200);
    const QJsonArray rows = reply.array();
    QVERIFY(rows.size() >= 5);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QStringList keys = row.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"created_at"_s, u"id"_s, u"name"_s, u"role"_s, u"user_type"_s}));
        QVERIFY2(!row.value(u"id"_s).toString().startsWith(u"sa-"_s), "service accounts are never listed");
        byId.insert(row.value(u"id"_s).toString(), row);
    }
    const QJsonObject system = byId.value(u"skypilot-system"_s);
    QCOMPARE(system.value(u"name"_s).toString(), u"skypilot-system"_s);
    QCOMPARE(system.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(system.value(u"user_type"_s).toString(), u"system"_s);
    const QJsonObject systemViewer = byId.value(u"skypilot-system-viewer"_s);
    QCOMPARE(systemViewer.value(u"name"_s).toString(), u"skypilot-system-viewer"_s);
    QCOMPARE(systemViewer.value(u"role"_s).toString(), u"viewer"_s);
    QCOMPARE(systemViewer.value(u"user_type"_s).toString(), u"system"_s);
    QVERIFY2(!serverIdRow().isEmpty(), "the server's own id appears as a system row");

    const QJsonObject viewer = byId.value(m_viewerId);
    QCOMPARE(viewer.value(u"name"_s).toString(), m_viewerName);
    QCOMPARE(viewer.value(u"role"_s).toString(), u"viewer"_s);
    QCOMPARE(viewer.value(u"user_type"_s).toString(), u"basic"_s);
    QVERIFY2(viewer.value(u"created_at"_s).isDouble() && viewer.value(u"created_at"_s).toDouble() > 1.6e9,
             "created_at is Unix seconds");
    QCOMPARE(byId.value(m_userId).value(u"role"_s).toString(), u"user"_s);
}

void ContractTest::users_roleReportsTheCaller_data()
{
    addRoleRows(true);
}

void ContractTest::users_roleReportsTheCaller()
{
    QFETCH(QString, who);
    const ContractClient::Reply reply = m_client->get(u"/users/role"_s, authFor(who));
    CONTRACT_EXPECT_STATUS(reply, 200);
    const QJsonObject role = reply.object();
    QCOMPARE(role.keys(), QStringList({u"id"_s, u"name"_s, u"role"_s}));
    QCOMPARE(role.value(u"id"_s).toString(), idFor(who));
    QCOMPARE(role.value(u"role"_s).toString(), who);
}

void ContractTest::create_rejectsInvalidInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("detail");
    const QString name = unique(u"invalid"_s);
    QTest::newRow("empty username") << QJsonObject{{u"username"_s, QString()}, {u"password"_s, u"x"_s}}
                                    << u"Username and password are required"_s;
    QTest::newRow("empty password") << QJsonObject{{u"username"_s, name}, {u"password"_s, QString()}}
                                    << u"Username and password are required"_s;
    QTest::newRow("role in other case") << QJsonObject{{u"username"_s, name},
                                                       {u"password"_s, u"x"_s},
                                                       {u"role"_s, u"Admin"_s}}
                                        << u"Invalid role: Admin"_s;
    QTest::newRow("unknown role") << QJsonObject{{u"username"_s, name},
                                                 {u"password"_s, u"x"_s},
                                                 {u"role"_s, u"superuser"_s}}
                                  << u"Invalid role: superuser"_s;
}

void ContractTest::create_rejectsInvalidInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, detail);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/create"_s, body, authFor(u"admin"_s)), 400, detail);
    QVERIFY(userRow(md5Id(body.value(u"username"_s).toString())).isEmpty());
}

void ContractTest::create_defaultsRoleAndAllowsLogin()
{
    const QString name = unique(u"default-role"_s);
    const QString id = createUser(name, u"pw-default"_s);
    QVERIFY(!id.isEmpty());
    const QJsonObject row = userRow(id);
    QCOMPARE(row.value(u"name"_s).toString(), name);
    QCOMPARE(row.value(u"role"_s).toString(), expectedDefaultRole());
    QCOMPARE(row.value(u"user_type"_s).toString(), u"basic"_s);
    const ContractClient::Reply role = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"pw-default"_s));
    CONTRACT_EXPECT_STATUS(role, 200);
    QCOMPARE(role.object().value(u"id"_s).toString(), id);
}

void ContractTest::create_duplicateNameIsQuotedLikePythonRepr()
{
    const QString plain = unique(u"dup"_s);
    QVERIFY(!createUser(plain, u"pw"_s, u"user"_s).isEmpty());
    const QJsonObject again{{u"username"_s, plain}, {u"password"_s, u"other"_s}};
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/create"_s, again, authFor(u"admin"_s)), 400,
                           u"User '%1' already exists"_s.arg(plain));

    // repr() switches to double quotes when the name holds an apostrophe.
    const QString quoted = unique(u"o'dup"_s);
    QVERIFY(!createUser(quoted, u"pw"_s, u"user"_s).isEmpty());
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/create"_s, {{u"username"_s, quoted}, {u"password"_s, u"pw"_s}},
                                              authFor(u"admin"_s)),
                           400, u"User \"%1\" already exists"_s.arg(quoted));
}

void ContractTest::create_nameWithColonCannotLogIn()
{
    // Names are not checked, but Basic credentials split at the first colon.
    const QString name = unique(u"has:colon"_s);
    QVERIFY(!createUser(name, u"pw"_s, u"user"_s).isEmpty());
    const ContractClient::Reply reply = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"pw"_s));
    CONTRACT_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.json().toString(), u"Invalid credentials"_s);
}

void ContractTest::create_isForbiddenForUserAndViewer_data()
{
    addRoleRows(false);
}

void ContractTest::create_isForbiddenForUserAndViewer()
{
    QFETCH(QString, who);
    const QString name = unique(u"forbidden"_s);
    CONTRACT_EXPECT_DETAIL(
            m_client->postJson(u"/users/create"_s, {{u"username"_s, name}, {u"password"_s, u"pw"_s}}, authFor(who)),
            403, u"Forbidden"_s);
    QVERIFY(userRow(md5Id(name)).isEmpty());
}

void ContractTest::update_adminChangesRole()
{
    const QString name = unique(u"promote"_s);
    const QString id = createUser(name, u"pw"_s, u"user"_s);
    QVERIFY(!id.isEmpty());
    const ContractClient::Reply reply = m_client->postJson(
            u"/users/update"_s, {{u"user_id"_s, id}, {u"role"_s, u"viewer"_s}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.body, "null"_ba);
    QCOMPARE(userRow(id).value(u"role"_s).toString(), u"viewer"_s);
    const ContractClient::Reply role = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"pw"_s));
    QCOMPARE(role.object().value(u"role"_s).toString(), u"viewer"_s);
}

void ContractTest::update_userChangesOwnPassword()
{
    const QString name = unique(u"own-pw"_s);
    const QString id = createUser(name, u"old-pw"_s, u"user"_s);
    QVERIFY(!id.isEmpty());
    const ContractClient::Reply reply
            = m_client->postJson(u"/users/update"_s, {{u"user_id"_s, id}, {u"password"_s, u"new-pw"_s}},
                                 ContractClient::basic(name, u"old-pw"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.body, "null"_ba);
    const ContractClient::Reply old = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"old-pw"_s));
    CONTRACT_EXPECT_STATUS(old, 401);
    QCOMPARE(old.json().toString(), u"Invalid credentials"_s);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, ContractClient::basic(name, u"new-pw"_s)), 200);
}

void ContractTest::update_refusalsForNonAdmins_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target"); // "self", "other" or "missing"
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("user sets other's password") << u"user"_s << u"other"_s << QJsonObject{{u"password"_s, u"x"_s}}
                                                << 403 << u"Only admin can update password for other users"_s;
    QTest::newRow("user changes own role") << u"user"_s << u"self"_s << QJsonObject{{u"role"_s, u"admin"_s}} << 403
                                           << u"Only admin can update user role"_s;
    QTest::newRow("user changes other's role") << u"user"_s << u"other"_s << QJsonObject{{u"role"_s, u"admin"_s}} << 403
                                               << u"Only admin can update user role"_s;
    // The role check comes before the existence check.
    QTest::newRow("user changes missing user's role")
            << u"user"_s << u"missing"_s << QJsonObject{{u"role"_s, u"user"_s}} << 403
            << u"Only admin can update user role"_s;
    QTest::newRow("user repeats own role")
            << u"user"_s << u"self"_s << QJsonObject{{u"role"_s, u"user"_s}} << 200 << QString();
    QTest::newRow("viewer sets own password")
            << u"viewer"_s << u"self"_s << QJsonObject{{u"password"_s, u"x"_s}} << 403 << u"Forbidden"_s;
}

void ContractTest::update_refusalsForNonAdmins()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(QJsonObject, change);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QString targetId = target == u"self"_s ? idFor(who) : u"nosuchus"_s;
    if (target == u"other"_s) {
        targetId = createUser(unique(u"victim"_s), u"victim-pw"_s, u"user"_s);
        QVERIFY(!targetId.isEmpty());
    }
    change.insert(u"user_id"_s, targetId);
    const ContractClient::Reply reply = m_client->postJson(u"/users/update"_s, change, authFor(who));
    CONTRACT_EXPECT_STATUS(reply, status);
    if (status != 200)
        QCOMPARE(reply.detail(), detail);
    if (target == u"other"_s)
        QCOMPARE(userRow(targetId).value(u"role"_s).toString(), u"user"_s);
}

void ContractTest::update_internalUsersAreRefused_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("detail");
    QTest::newRow("system role") << u"skypilot-system"_s << QJsonObject{{u"role"_s, u"user"_s}}
                                 << u"Cannot update role for internal API server user skypilot-system"_s;
    QTest::newRow("system password") << u"skypilot-system"_s << QJsonObject{{u"password"_s, u"x"_s}}
                                     << u"Cannot update password for internal API server user skypilot-system"_s;
    QTest::newRow("system viewer role") << u"skypilot-system-viewer"_s << QJsonObject{{u"role"_s, u"admin"_s}}
                                        << u"Cannot update role for internal API server user skypilot-system-viewer"_s;
    QTest::newRow("system viewer password")
            << u"skypilot-system-viewer"_s << QJsonObject{{u"password"_s, u"x"_s}}
            << u"Cannot update password for internal API server user skypilot-system-viewer"_s;
    QTest::newRow("server id role") << u"<server-id>"_s << QJsonObject{{u"role"_s, u"user"_s}}
                                    << u"Cannot update role for internal API server user <server-id>"_s;
}

void ContractTest::update_internalUsersAreRefused()
{
    QFETCH(QString, userId);
    QFETCH(QJsonObject, change);
    QFETCH(QString, detail);
    if (userId == u"<server-id>"_s) {
        const QJsonObject row = serverIdRow();
        QVERIFY(!row.isEmpty());
        userId = row.value(u"id"_s).toString();
        detail.replace(u"<server-id>"_s, row.value(u"name"_s).toString());
    }
    change.insert(u"user_id"_s, userId);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/update"_s, change, authFor(u"admin"_s)), 400, detail);
}

void ContractTest::update_missingUserInvalidRoleAndNoOp()
{
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/update"_s,
                                              {{u"user_id"_s, u"nosuchus"_s}, {u"role"_s, u"user"_s}},
                                              authFor(u"admin"_s)),
                           400, u"User nosuchus does not exist"_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/update"_s, {{u"user_id"_s, u"nosuchus"_s}}, authFor(u"admin"_s)),
                           400, u"User nosuchus does not exist"_s);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/update"_s, {{u"user_id"_s, m_userId}, {u"role"_s, u"boss"_s}},
                                              authFor(u"admin"_s)),
                           400, u"Invalid role: boss"_s);
    const ContractClient::Reply noOp
            = m_client->postJson(u"/users/update"_s, {{u"user_id"_s, m_userId}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(noOp, 200);
    QCOMPARE(noOp.body, "null"_ba);
    // An empty role and password count as "not given".
    const ContractClient::Reply empty = m_client->postJson(
            u"/users/update"_s, {{u"user_id"_s, m_userId}, {u"role"_s, QString()}, {u"password"_s, QString()}},
            authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(empty, 200);
    QCOMPARE(userRow(m_userId).value(u"role"_s).toString(), u"user"_s);
    CONTRACT_EXPECT_STATUS(m_client->get(u"/users/role"_s, authFor(u"user"_s)), 200);
}

void ContractTest::batchUpdate_reportsPerUserResults()
{
    const QString first = createUser(unique(u"batch-a"_s), u"pw"_s, u"user"_s);
    const QString second = createUser(unique(u"batch-b"_s), u"pw"_s, u"viewer"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QJsonObject body{{u"user_ids"_s, QJsonArray{first, u"nosuchus"_s, u"skypilot-system"_s, second}},
                           {u"role"_s, u"viewer"_s}};
    const ContractClient::Reply reply = m_client->postJson(u"/users/batch_update"_s, body, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.object().value(u"succeeded"_s).toArray(), QJsonArray({first, second}));
    const QJsonArray failed = reply.object().value(u"failed"_s).toArray();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).toObject(),
             QJsonObject({{u"user_id"_s, u"nosuchus"_s}, {u"error"_s, u"User nosuchus does not exist"_s}}));
    QCOMPARE(failed.at(1).toObject(),
             QJsonObject({{u"user_id"_s, u"skypilot-system"_s},
                          {u"error"_s, u"Cannot update role for internal API server user skypilot-system"_s}}));
    QCOMPARE(userRow(first).value(u"role"_s).toString(), u"viewer"_s);
    QCOMPARE(userRow(second).value(u"role"_s).toString(), u"viewer"_s);
}

void ContractTest::batchUpdate_validatesRoleBeforeIds_data()
{
    QTest::addColumn<QJsonArray>("userIds");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty ids") << QJsonArray() << u"user"_s << u"user_ids must not be empty"_s;
    QTest::newRow("empty role") << QJsonArray{u"x"_s} << QString() << u"Invalid role: "_s;
    QTest::newRow("unknown role") << QJsonArray{u"x"_s} << u"boss"_s << u"Invalid role: boss"_s;
    QTest::newRow("both wrong: role first") << QJsonArray() << u"boss"_s << u"Invalid role: boss"_s;
}

void ContractTest::batchUpdate_validatesRoleBeforeIds()
{
    QFETCH(QJsonArray, userIds);
    QFETCH(QString, role);
    QFETCH(QString, detail);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/batch_update"_s, {{u"user_ids"_s, userIds}, {u"role"_s, role}},
                                              authFor(u"admin"_s)),
                           400, detail);
}

void ContractTest::batchUpdate_isForbiddenForUserAndViewer_data()
{
    addRoleRows(false);
}

void ContractTest::batchUpdate_isForbiddenForUserAndViewer()
{
    QFETCH(QString, who);
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/batch_update"_s,
                                              {{u"user_ids"_s, QJsonArray{idFor(who)}}, {u"role"_s, u"admin"_s}},
                                              authFor(who)),
                           403, u"Forbidden"_s);
    QCOMPARE(userRow(idFor(who)).value(u"role"_s).toString(), who);
}

void ContractTest::delete_removesUserAndLogin()
{
    const QString name = unique(u"doomed"_s);
    const QString id = createUser(name, u"pw"_s, u"user"_s);
    QVERIFY(!id.isEmpty());
    const ContractClient::Reply reply
            = m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, id}}, authFor(u"admin"_s));
    CONTRACT_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply.body, "null"_ba);
    QVERIFY(userRow(id).isEmpty());
    const ContractClient::Reply login = m_client->get(u"/users/role"_s, ContractClient::basic(name, u"pw"_s));
    CONTRACT_EXPECT_STATUS(login, 401);
    QCOMPARE(login.json().toString(), u"Invalid credentials"_s);
}

void ContractTest::delete_refusesMissingAndInternalUsers_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << u"nosuchus"_s << u"User nosuchus does not exist"_s;
    QTest::newRow("system") << u"skypilot-system"_s << u"Cannot delete internal API server user skypilot-system"_s;
    QTest::newRow("system viewer") << u"skypilot-system-viewer"_s
                                   << u"Cannot delete internal API server user skypilot-system-viewer"_s;
    QTest::newRow("server id") << u"<server-id>"_s << u"Cannot delete internal API server user <server-id>"_s;
}

void ContractTest::delete_refusesMissingAndInternalUsers()
{
    QFETCH(QString, userId);
    QFETCH(QString, detail);
    if (userId == u"<server-id>"_s) {
        const QJsonObject row = serverIdRow();
        QVERIFY(!row.isEmpty());
        userId = row.value(u"id"_s).toString();
        detail.replace(u"<server-id>"_s, row.value(u"name"_s).toString());
    }
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, userId}}, authFor(u"admin"_s)), 400,
                           detail);
}

void ContractTest::delete_isForbiddenForUserAndViewer_data()
{
    addRoleRows(false);
}

void ContractTest::delete_isForbiddenForUserAndViewer()
{
    QFETCH(QString, who);
    const QString victim = createUser(unique(u"survivor"_s), u"pw"_s, u"user"_s);
    QVERIFY(!victim.isEmpty());
    CONTRACT_EXPECT_DETAIL(m_client->postJson(u"/users/delete"_s, {{u"user_id"_s, victim}}, authFor(who)), 403,
                           u"Forbidden"_s);
    QVERIFY(!userRow(victim).isEmpty());
}
