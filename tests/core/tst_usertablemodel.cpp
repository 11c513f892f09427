// SPDX-License-Identifier: MIT
// The users table: what each role carries, who may edit, and role changes that wait for the server.
#include "usersamples.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace usersamples;

class TestUserTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hasFiveColumnsWithTranslatedHeaders();
    void displayIsForHumansAndCustomRolesAreRaw_data();
    void displayIsForHumansAndCustomRolesAreRaw();
    void unknownJoinDateIsEmptyAndSortsFirst();
    void joinedToolTipIsExactAndInternalRowsExplainThemselves();
    void onlyAdminsEditRolesOfOrdinaryUsers();
    void settingARoleRequestsTheChangeWithoutApplyingIt();
    void refusesRolesThatCannotBeRequested_data();
    void refusesRolesThatCannotBeRequested();
    void applyRoleSetsTheRoleAndEndsPending();
    void clearPendingRevertsToTheOldRole();
    void findsRowsAndUsersById();
    void setUsersResetsOnlyAnEmptyModel();

private:
    void load(std::vector<User> users = sample()) { m_model->setUsers(std::move(users)); }
    QStringList ids() const { return usersamples::ids(*m_model); }

    UserTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestUserTableModel::init()
{
    m_model = new UserTableModel(this);
    // Parented to the test object so that it keeps checking the model after each step.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestUserTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestUserTableModel::hasFiveColumnsWithTranslatedHeaders()
{
    load();
    QCOMPARE(m_model->columnCount(), int(UserTableModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 5);
    const QModelIndex cell = m_model->index(0, 0);
    QCOMPARE(m_model->rowCount(cell), 0);
    QCOMPARE(m_model->columnCount(cell), 0);
    const QStringList expected{u"Name"_s, u"User ID"_s, u"Role"_s, u"Type"_s, u"Joined"_s};
    for (int column = 0; column < UserTableModel::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestUserTableModel::displayIsForHumansAndCustomRolesAreRaw_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    const int display = Qt::DisplayRole;
    const QString joined = QLocale().toString(QDateTime::fromSecsSinceEpoch(1760000000), QLocale::ShortFormat);
    QTest::newRow("name") << 0 << int(UserTableModel::Name) << display << QVariant(u"Alice Smith"_s);
    QTest::newRow("name sorts casefolded")
            << 0 << int(UserTableModel::Name) << int(UserTableModel::SortRole) << QVariant(u"alice smith"_s);
    QTest::newRow("id") << 0 << int(UserTableModel::UserId) << display << QVariant(u"6384e2b2"_s);
    QTest::newRow("role label") << 0 << int(UserTableModel::Role) << display << QVariant(u"Admin"_s);
    QTest::newRow("role id for the editor")
            << 0 << int(UserTableModel::Role) << int(Qt::EditRole) << QVariant(u"admin"_s);
    QTest::newRow("role id") << 2 << int(UserTableModel::Name) << int(UserTableModel::RoleIdRole)
                             << QVariant(u"viewer"_s);
    QTest::newRow("role sorts by id") << 2 << int(UserTableModel::Role) << int(UserTableModel::SortRole)
                                      << QVariant(u"viewer"_s);
    QTest::newRow("type label") << 0 << int(UserTableModel::Type) << display << QVariant(u"Password"_s);
    QTest::newRow("sso label") << 4 << int(UserTableModel::Type) << display << QVariant(u"SSO"_s);
    QTest::newRow("type sorts raw") << 4 << int(UserTableModel::Type) << int(UserTableModel::SortRole)
                                    << QVariant(u"sso"_s);
    QTest::newRow("joined in local time") << 0 << int(UserTableModel::Joined) << display << QVariant(joined);
    QTest::newRow("joined sorts as seconds")
            << 2 << int(UserTableModel::Joined) << int(UserTableModel::SortRole) << QVariant(qint64(1760003723));
    QTest::newRow("created at") << 2 << int(UserTableModel::Name) << int(UserTableModel::CreatedAtRole)
                                << QVariant(qint64(1760003723));
    QTest::newRow("user id on any column")
            << 1 << int(UserTableModel::Joined) << int(UserTableModel::UserIdRole) << QVariant(u"b0b0b0b0"_s);
    QTest::newRow("internal") << 3 << int(UserTableModel::Role) << int(UserTableModel::InternalRole) << QVariant(true);
    QTest::newRow("not internal") << 1 << int(UserTableModel::Role) << int(UserTableModel::InternalRole)
                                  << QVariant(false);
    QTest::newRow("not pending") << 1 << int(UserTableModel::Role) << int(UserTableModel::PendingRole)
                                 << QVariant(false);
    QTest::newRow("no tooltip on plain cells") << 1 << int(UserTableModel::Name) << int(Qt::ToolTipRole) << QVariant();
}

void TestUserTableModel::displayIsForHumansAndCustomRolesAreRaw()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    load();
    QCOMPARE(m_model->index(row, column).data(role), expected);
}

void TestUserTableModel::unknownJoinDateIsEmptyAndSortsFirst()
{
    load();
    const QModelIndex joined = m_model->index(4, UserTableModel::Joined);
    QCOMPARE(joined.data().toString(), QString());
    QVERIFY(!joined.data(UserTableModel::CreatedAtRole).isValid());
    QCOMPARE(joined.data(UserTableModel::SortRole), QVariant(std::numeric_limits<qint64>::min()));
    QVERIFY(!joined.data(Qt::ToolTipRole).isValid());
}

void TestUserTableModel::joinedToolTipIsExactAndInternalRowsExplainThemselves()
{
    load();
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1760003723);
    const QString tip = m_model->index(2, UserTableModel::Joined).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, QLocale().toString(created, QLocale::LongFormat));
    QVERIFY2(tip.contains(created.toString(u"mm:ss"_s)), qPrintable(tip));
    QVERIFY2(tip.contains(created.timeZoneAbbreviation()), qPrintable(tip));
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        const QString internal = m_model->index(3, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(internal.contains(u"internal user of the API server"_s), qPrintable(internal));
    }
}

void TestUserTableModel::onlyAdminsEditRolesOfOrdinaryUsers()
{
    load();
    const auto editable = [this](int row, int column) {
        return m_model->flags(m_model->index(row, column)).testFlag(Qt::ItemIsEditable);
    };
    QVERIFY(!m_model->isEditable());
    QVERIFY(!editable(0, UserTableModel::Role));
    QVERIFY(!m_model->setData(m_model->index(1, UserTableModel::Role), u"admin"_s));
    m_model->setEditable(true);
    QVERIFY(editable(0, UserTableModel::Role));
    QVERIFY(editable(1, UserTableModel::Role));
    QVERIFY(!editable(3, UserTableModel::Role)); // skypilot-system
    for (const int column :
         {UserTableModel::Name, UserTableModel::UserId, UserTableModel::Type, UserTableModel::Joined})
        QVERIFY(!editable(1, column));
    QVERIFY(m_model->flags(m_model->index(1, 0)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(!m_model->setData(m_model->index(3, UserTableModel::Role), u"admin"_s));
}

void TestUserTableModel::settingARoleRequestsTheChangeWithoutApplyingIt()
{
    load();
    m_model->setEditable(true);
    QSignalSpy requested(m_model, &UserTableModel::roleChangeRequested);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex role = m_model->index(1, UserTableModel::Role);
    QVERIFY(m_model->setData(role, u"viewer"_s));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first(), (QList<QVariant>{u"b0b0b0b0"_s, u"user"_s, u"viewer"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), role);
    QCOMPARE(changed.first().at(1).toModelIndex(), role);
    const auto roles = changed.first().at(2).value<QList<int>>();
    for (const int expected : {int(Qt::DisplayRole), int(Qt::EditRole), int(UserTableModel::RoleIdRole),
                               int(UserTableModel::SortRole), int(UserTableModel::PendingRole)})
        QVERIFY(roles.contains(expected));
    QCOMPARE(role.data(UserTableModel::RoleIdRole).toString(), u"user"_s);
    QVERIFY(role.data(UserTableModel::PendingRole).toBool());
    QVERIFY(m_model->isPending(1));
    QVERIFY(!m_model->flags(role).testFlag(Qt::ItemIsEditable)); // until the server answers
}

void TestUserTableModel::refusesRolesThatCannotBeRequested_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::newRow("unknown role") << QVariant(u"owner"_s) << int(Qt::EditRole);
    QTest::newRow("role names are case-sensitive") << QVariant(u"Admin"_s) << int(Qt::EditRole);
    QTest::newRow("no role") << QVariant(QString()) << int(Qt::EditRole);
    QTest::newRow("the current role") << QVariant(u"user"_s) << int(Qt::EditRole);
    QTest::newRow("display role") << QVariant(u"admin"_s) << int(Qt::DisplayRole);
    QTest::newRow("role id role") << QVariant(u"admin"_s) << int(UserTableModel::RoleIdRole);
}

void TestUserTableModel::refusesRolesThatCannotBeRequested()
{
    QFETCH(QVariant, value);
    QFETCH(int, role);
    load();
    m_model->setEditable(true);
    QSignalSpy requested(m_model, &UserTableModel::roleChangeRequested);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(m_model->index(1, UserTableModel::Role), value, role));
    QCOMPARE(requested.size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_model->isPending(1));
}

void TestUserTableModel::applyRoleSetsTheRoleAndEndsPending()
{
    load();
    m_model->setEditable(true);
    const QModelIndex role = m_model->index(1, UserTableModel::Role);
    QVERIFY(m_model->setData(role, u"admin"_s));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->applyRole(u"b0b0b0b0"_s, u"admin"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), role);
    QCOMPARE(role.data(UserTableModel::RoleIdRole).toString(), u"admin"_s);
    QCOMPARE(role.data().toString(), u"Admin"_s);
    QVERIFY(!role.data(UserTableModel::PendingRole).toBool());
    QVERIFY(m_model->flags(role).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->applyRole(u"nobody"_s, u"admin"_s));
}

void TestUserTableModel::clearPendingRevertsToTheOldRole()
{
    load();
    m_model->setEditable(true);
    const QModelIndex role = m_model->index(0, UserTableModel::Role);
    QVERIFY(m_model->setData(role, u"viewer"_s));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->clearPending(u"6384e2b2"_s));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_model->isPending(0));
    QCOMPARE(role.data(Qt::EditRole).toString(), u"admin"_s);
    QVERIFY(!m_model->clearPending(u"6384e2b2"_s));
    QVERIFY(!m_model->clearPending(u"nobody"_s));
    QCOMPARE(changed.size(), 1);
}

void TestUserTableModel::findsRowsAndUsersById()
{
    const std::vector<User> users = sample();
    load(users);
    for (int row = 0; row < int(users.size()); ++row) {
        QCOMPARE(m_model->rowOf(users[row].id), row);
        QCOMPARE(m_model->userAt(row), users[row]);
    }
    QCOMPARE(m_model->rowOf(u"nobody"_s), -1);
    QCOMPARE(m_model->userAt(99), User());
    QVERIFY(m_model->users() == users);
}

void TestUserTableModel::setUsersResetsOnlyAnEmptyModel()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    load();
    QCOMPARE(reset.size(), 1);
    auto more = sample();
    more.push_back(user(u"e1e1e1e1"_s, u"erin"_s));
    m_model->setUsers(more);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(ranges(inserted), (QList<Range>{{5, 5}}));
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
