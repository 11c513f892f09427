// SPDX-License-Identifier: MIT
#include "awaitreply.h"
#include "clientfixture.h"
#include "domain/role.h"
#include "models/usertablemodel.h"
#include "session/userdirectory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/// The directory against the in-process double: listing, refresh without overlap, role changes that
/// settle with the server's answer, undo, and failures that lose nothing.
class TestUserDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refreshFillsTheModel();
    void aRefreshInFlightIsNotRepeated();
    void failedRefreshKeepsTheRows();
    void roleChangeGoesToTheServerAndSettles();
    void refusedRoleChangeRevertsWithTheServersReason();
    void nonAdminRoleChangeShowsTheServers403();
    void undoSendsTheInverseAndSaysSo();
    void autoRefreshPollsOnlyWhileOn();
    void clearStopsAndEmpties();
    void aChangeByAnotherAdminIsNotOverwritten();
    void aDeletedUserIsReportedNotRecreated();
    void confirmationRuleHoldsTheChangeUntilAnswered();
    void everyChangeIsFollowedByAFreshListing();

private:
    int rowOf(const QString &name) const;
    bool load();

    std::unique_ptr<ClientFixture> m_fixture;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UserDirectory> m_directory;
    QString m_bob;
};

void TestUserDirectory::init()
{
    m_fixture = std::make_unique<ClientFixture>();
    QVERIFY(m_fixture->start());
    m_bob = m_fixture->server.addUser(u"bob"_s, u"bob-Pa55word!"_s, Role::User);
    m_fixture->server.addUser(u"carol"_s, u"carol-Pa55word!"_s, Role::Viewer);
    m_model = std::make_unique<UserTableModel>();
    m_model->setEditable(true);
    m_directory = std::make_unique<UserDirectory>(m_fixture->api, *m_model);
}

void TestUserDirectory::cleanup()
{
    m_directory.reset();
    m_model.reset();
    m_fixture.reset();
}

int TestUserDirectory::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->nameAt(row) == name)
            return row;
    }
    return -1;
}

bool TestUserDirectory::load()
{
    QSignalSpy refreshed(m_directory.get(), &UserDirectory::refreshed);
    m_directory->refresh();
    return refreshed.wait(10000);
}

void TestUserDirectory::refreshFillsTheModel()
{
    QSignalSpy busy(m_directory.get(), &UserDirectory::busyChanged);
    QVERIFY(!m_directory->lastUpdated().isValid());
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), int(m_fixture->server.users().size()));
    QVERIFY(rowOf(u"bob"_s) >= 0);
    QCOMPARE(m_model->roleAt(rowOf(u"carol"_s)), Role::Viewer);
    QVERIFY(m_directory->lastUpdated().isValid());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestUserDirectory::aRefreshInFlightIsNotRepeated()
{
    m_fixture->server.clearRequests();
    QSignalSpy refreshed(m_directory.get(), &UserDirectory::refreshed);
    m_directory->refresh();
    m_directory->refresh();
    m_directory->refresh();
    QVERIFY(refreshed.wait(10000));
    QTest::qWait(100);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(m_fixture->server.requestCount(u"/users"_s), 1);
}

void TestUserDirectory::failedRefreshKeepsTheRows()
{
    QVERIFY(load());
    const int rows = m_model->rowCount();
    m_fixture->server.setFault(u"/users"_s, FakeFault::traceback500(u"database is locked"_s));
    QSignalSpy failed(m_directory.get(), &UserDirectory::refreshFailed);
    m_directory->refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::ServerError);
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(!m_directory->isBusy());
}

void TestUserDirectory::roleChangeGoesToTheServerAndSettles()
{
    QVERIFY(load());
    QSignalSpy changed(m_directory.get(), &UserDirectory::roleChanged);
    const QModelIndex role = m_model->index(rowOf(u"bob"_s), UserTableModel::Role);
    QVERIFY(m_model->setData(role, Role::Viewer, Qt::EditRole));
    QVERIFY(role.data(UserTableModel::PendingRole).toBool());
    QVERIFY(m_directory->isBusy());
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(0).toString(), m_bob);
    QCOMPARE(changed.first().at(1).toString(), u"bob"_s);
    QCOMPARE(changed.first().at(2).toString(), Role::User);
    QCOMPARE(changed.first().at(3).toString(), Role::Viewer);
    QCOMPARE(changed.first().at(4).toBool(), false);
    QCOMPARE(m_fixture->server.roleOf(m_bob), Role::Viewer);
    QCOMPARE(role.data(UserTableModel::RoleIdRole).toString(), Role::Viewer);
    QVERIFY(!role.data(UserTableModel::PendingRole).toBool());
}

void TestUserDirectory::refusedRoleChangeRevertsWithTheServersReason()
{
    const QString admin2 = m_fixture->server.addUser(u"dana"_s, u"dana-Pa55word!"_s, Role::Admin);
    m_fixture->server.addDemotionBlocker(admin2, u"private-ws"_s, {u"gpu-box"_s}, {});
    QVERIFY(load());
    QSignalSpy failed(m_directory.get(), &UserDirectory::roleChangeFailed);
    const QModelIndex role = m_model->index(rowOf(u"dana"_s), UserTableModel::Role);
    QVERIFY(m_model->setData(role, Role::User, Qt::EditRole));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().at(2).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QVERIFY2(error.message.contains(u"gpu-box"_s), qPrintable(error.message));
    QCOMPARE(role.data(UserTableModel::RoleIdRole).toString(), Role::Admin);
    QVERIFY(!role.data(UserTableModel::PendingRole).toBool());
    QCOMPARE(m_fixture->server.roleOf(admin2), Role::Admin);
}

void TestUserDirectory::nonAdminRoleChangeShowsTheServers403()
{
    // The UI never offers this to a user-role account; if it somehow happened, the server's word shows.
    m_fixture->signInAs(u"bob"_s, u"bob-Pa55word!"_s);
    QVERIFY(load());
    QSignalSpy failed(m_directory.get(), &UserDirectory::roleChangeFailed);
    QVERIFY(m_model->setData(m_model->index(rowOf(u"carol"_s), UserTableModel::Role), Role::Admin, Qt::EditRole));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().at(2).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Forbidden);
    QVERIFY2(error.message.contains(u"Only admin can update user role"_s), qPrintable(error.message));
    QCOMPARE(m_model->roleAt(rowOf(u"carol"_s)), Role::Viewer);
}

void TestUserDirectory::undoSendsTheInverseAndSaysSo()
{
    QVERIFY(load());
    QSignalSpy changed(m_directory.get(), &UserDirectory::roleChanged);
    QVERIFY(m_model->setData(m_model->index(rowOf(u"bob"_s), UserTableModel::Role), Role::Admin, Qt::EditRole));
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_fixture->server.roleOf(m_bob), Role::Admin);
    QVERIFY(m_directory->undoRoleChange(m_bob, Role::User));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.at(1).at(3).toString(), Role::User);
    QCOMPARE(changed.at(1).at(4).toBool(), true);
    QCOMPARE(m_fixture->server.roleOf(m_bob), Role::User);
    QVERIFY(!m_directory->undoRoleChange(u"no-such-id"_s, Role::User));
}

void TestUserDirectory::autoRefreshPollsOnlyWhileOn()
{
    QVERIFY(load());
    m_fixture->server.clearRequests();
    m_directory->setAutoRefreshInterval(50);
    m_directory->setAutoRefresh(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->server.requestCount(u"/users"_s) >= 3, 10000);
    m_directory->setAutoRefresh(false);
    QTRY_VERIFY(!m_directory->isBusy());
    const int seen = m_fixture->server.requestCount(u"/users"_s);
    QTest::qWait(300);
    QCOMPARE(m_fixture->server.requestCount(u"/users"_s), seen);
}

void TestUserDirectory::clearStopsAndEmpties()
{
    QVERIFY(load());
    m_fixture->server.setFault(u"/users"_s, FakeFault::hang());
    m_directory->setAutoRefresh(true);
    m_directory->refresh();
    QVERIFY(m_directory->isRefreshing());
    QSignalSpy failed(m_directory.get(), &UserDirectory::refreshFailed);
    m_directory->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_directory->isBusy());
    QVERIFY(!m_directory->isAutoRefreshing());
    QVERIFY(!m_directory->lastUpdated().isValid());
    QCOMPARE(failed.size(), 0); // a cancel the app asked for is not a failure to report
}

void TestUserDirectory::aChangeByAnotherAdminIsNotOverwritten()
{
    QVERIFY(load());
    // Another admin makes bob an admin after our table was loaded.
    QVERIFY(awaitReply(m_fixture->api.updateRole(m_bob, Role::Admin)).ok());
    QSignalSpy conflict(m_directory.get(), &UserDirectory::roleChangeConflict);
    QSignalSpy changed(m_directory.get(), &UserDirectory::roleChanged);
    m_fixture->server.clearRequests();
    QVERIFY(m_model->setData(m_model->index(rowOf(u"bob"_s), UserTableModel::Role), Role::Viewer, Qt::EditRole));
    QVERIFY(conflict.wait(10000));
    QCOMPARE(conflict.first().at(2).toString(), Role::User); // what we showed
    QCOMPARE(conflict.first().at(3).toString(), Role::Admin); // what the server has
    QCOMPARE(conflict.first().at(4).toString(), Role::Viewer); // what was wanted
    QCOMPARE(m_fixture->server.requestCount(u"/users/update"_s), 0);
    QCOMPARE(m_fixture->server.roleOf(m_bob), Role::Admin);
    QCOMPARE(m_model->roleAt(rowOf(u"bob"_s)), Role::Admin); // the table shows the truth now
    QVERIFY(!m_model->isPending(rowOf(u"bob"_s)));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_directory->isBusy());
}

void TestUserDirectory::aDeletedUserIsReportedNotRecreated()
{
    QVERIFY(load());
    QVERIFY(awaitReply(m_fixture->api.deleteUser(m_bob)).ok());
    QSignalSpy failed(m_directory.get(), &UserDirectory::roleChangeFailed);
    m_fixture->server.clearRequests();
    const int row = rowOf(u"bob"_s);
    QVERIFY(m_model->setData(m_model->index(row, UserTableModel::Role), Role::Viewer, Qt::EditRole));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(2).value<ApiError>().message.contains(u"no longer exists"_s));
    QCOMPARE(m_fixture->server.requestCount(u"/users/update"_s), 0);
    QCOMPARE(rowOf(u"bob"_s), -1);
}

void TestUserDirectory::confirmationRuleHoldsTheChangeUntilAnswered()
{
    m_directory->setConfirmationRule([this](const QString &userId, const QString &, const QString &newRole) {
        return userId == m_bob && newRole == Role::Viewer ? u"bob would lose access"_s : QString();
    });
    QVERIFY(load());
    QSignalSpy asked(m_directory.get(), &UserDirectory::confirmationNeeded);
    QSignalSpy changed(m_directory.get(), &UserDirectory::roleChanged);
    const QModelIndex role = m_model->index(rowOf(u"bob"_s), UserTableModel::Role);
    m_fixture->server.clearRequests();
    QVERIFY(m_model->setData(role, Role::Viewer, Qt::EditRole));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(3).toString(), u"bob would lose access"_s);
    QTest::qWait(200);
    QCOMPARE(m_fixture->server.requests().size(), 0); // nothing goes out while the person decides
    QVERIFY(role.data(UserTableModel::PendingRole).toBool());
    m_directory->confirmRoleChange(m_bob, false);
    QVERIFY(!role.data(UserTableModel::PendingRole).toBool());
    QCOMPARE(role.data(UserTableModel::RoleIdRole).toString(), Role::User);

    QVERIFY(m_model->setData(role, Role::Viewer, Qt::EditRole));
    m_directory->confirmRoleChange(m_bob, true);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_fixture->server.roleOf(m_bob), Role::Viewer);
    // Other changes are not held.
    QVERIFY(m_model->setData(m_model->index(rowOf(u"carol"_s), UserTableModel::Role), Role::User, Qt::EditRole));
    QVERIFY(changed.wait(10000));
    QCOMPARE(asked.size(), 2);
}

void TestUserDirectory::everyChangeIsFollowedByAFreshListing()
{
    QVERIFY(load());
    QSignalSpy refreshed(m_directory.get(), &UserDirectory::refreshed);
    QVERIFY(m_model->setData(m_model->index(rowOf(u"bob"_s), UserTableModel::Role), Role::Viewer, Qt::EditRole));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_model->roleAt(rowOf(u"bob"_s)), Role::Viewer);
}

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
