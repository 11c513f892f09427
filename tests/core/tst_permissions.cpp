// SPDX-License-Identifier: MIT
#include "domain/permissions.h"
#include "domain/role.h"
#include "domain/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Action = Permissions::Action;

/// The table of what each role may do, checked against ../shared/skypilot-api.md §1.4 and §2 (the real
/// server agrees: contract_real checks the same refusals over HTTP).
class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleTable_data();
    void roleTable();
    void refusalsSayWhy();
    void internalUsersAreNeverChangeable();
    void onlyBasicAuthUsersHavePasswords();
    void signedOutMayDoNothing();
};

void TestPermissions::roleTable_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    const QList<Action> all{Action::ChangeRole,        Action::CreateUser, Action::DeleteUser, Action::ResetPassword,
                            Action::ChangeOwnPassword, Action::Import,     Action::Export};
    for (const Action action : all) {
        const QByteArray name = QByteArray::number(int(action));
        QTest::newRow(("admin/" + name).constData()) << Role::Admin << action << true;
        QTest::newRow(("user/" + name).constData()) << Role::User << action << (action == Action::ChangeOwnPassword);
        QTest::newRow(("viewer/" + name).constData()) << Role::Viewer << action << false;
        QTest::newRow(("unknown/" + name).constData()) << u"operator"_s << action << false;
    }
}

void TestPermissions::roleTable()
{
    QFETCH(QString, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    const Permissions permissions(role);
    QCOMPARE(permissions.can(action), allowed);
    // Exactly one of: allowed, or a reason.
    QCOMPARE(permissions.whyNot(action).isEmpty(), allowed);
}

void TestPermissions::refusalsSayWhy()
{
    QVERIFY(Permissions(Role::User).whyNot(Action::CreateUser).contains(u"admins"_s));
    QVERIFY(Permissions(Role::User).whyNot(Action::ResetPassword).contains(u"your own"_s));
    QVERIFY(Permissions(Role::Viewer).whyNot(Action::ChangeOwnPassword).contains(u"Viewers"_s));
    QVERIFY(Permissions(u"operator"_s).whyNot(Action::DeleteUser).contains(u"operator"_s));
}

void TestPermissions::internalUsersAreNeverChangeable()
{
    User system{u"skypilot-system"_s, u"skypilot-system"_s, {}, Role::Admin, u"system"_s};
    const Permissions admin(Role::Admin);
    for (const Action action : {Action::ChangeRole, Action::DeleteUser, Action::ResetPassword})
        QVERIFY(admin.whyNotFor(action, system).contains(u"internal"_s));
    User serverId{u"a1b2c3d4"_s, u"a1b2c3d4"_s, {}, Role::Admin, u"system"_s};
    QVERIFY(!admin.whyNotFor(Action::DeleteUser, serverId).isEmpty());
}

void TestPermissions::onlyBasicAuthUsersHavePasswords()
{
    const Permissions admin(Role::Admin);
    const User sso{u"11111111"_s, u"ann@example.com"_s, {}, Role::User, u"sso"_s};
    const User basic{u"22222222"_s, u"bob"_s, {}, Role::User, u"basic"_s};
    QVERIFY(admin.whyNotFor(Action::ResetPassword, sso).contains(u"single sign-on"_s));
    QVERIFY(admin.whyNotFor(Action::DeleteUser, sso).isEmpty());
    QVERIFY(admin.whyNotFor(Action::ResetPassword, basic).isEmpty());
    // The role still comes first: a user-role account is told about the role, not the user.
    QVERIFY(Permissions(Role::User).whyNotFor(Action::ResetPassword, basic).contains(u"admins"_s));
}

void TestPermissions::signedOutMayDoNothing()
{
    const Permissions none;
    QVERIFY(!none.can(Action::ChangeOwnPassword));
    QCOMPARE(none.whyNot(Action::ChangeOwnPassword), u"Sign in first."_s);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
