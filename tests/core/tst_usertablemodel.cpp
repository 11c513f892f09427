// SPDX-License-Identifier: MIT
// The users table: what each role carries, who may edit, role changes that wait for the server,
// and refreshes that signal exactly what changed.
#include "models/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
using Range = QPair<int, int>;

User user(const QString &id, const QString &name, const QString &role = u"user"_s,
          std::optional<qint64> createdAt = 1760000000, const QString &type = u"basic"_s)
{
    return User{id, name, createdAt, role, type};
}

std::vector<User> sample()
{
    return {user(u"6384e2b2"_s, u"Alice Smith"_s, u"admin"_s), user(u"b0b0b0b0"_s, u"bob"_s),
            user(u"ca401ca4"_s, u"carol"_s, u"viewer"_s, 1760003723),
            user(u"skypilot-system"_s, QString(), QString(), std::nullopt, u"system"_s),
            user(u"da7eda7e"_s, u"dave"_s, u"user"_s, std::nullopt, u"sso"_s)};
}

/// Users "u0".."u<count-1>" named "name<i>".
std::vector<User> numbered(int count)
{
    std::vector<User> users;
    for (int i = 0; i < count; ++i)
        users.push_back(user(u"u%1"_s.arg(i), u"name%1"_s.arg(i)));
    return users;
}

QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(1).toInt(), args.at(2).toInt()});
    return result;
}
} // namespace

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
    void refreshRemovesVanishedRowsFromTheBottom_data();
    void refreshRemovesVanishedRowsFromTheBottom();
    void refreshSignalsOnlyChangedCells();
    void refreshAppendsNewUsersAndKeepsOrder();
    void duplicateIdsKeepTheFirstEntry();
    void pendingSurvivesRefreshUntilTheServerAgrees();
    void mixedRefreshKeepsIndexConsistent();

private:
    void load(std::vector<User> users = sample()) { m_model->setUsers(std::move(users)); }
    QStringList ids() const;

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

QStringList TestUserTableModel::ids() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        result.append(m_model->index(row, UserTableModel::UserId).data().toString());
        if (m_model->rowOf(result.last()) != row)
            qWarning("index out of sync for %s", qPrintable(result.last()));
    }
    return result;
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

void TestUserTableModel::refreshRemovesVanishedRowsFromTheBottom_data()
{
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<QList<Range>>("signalled");
    QTest::newRow("contiguous") << QList<int>{2, 3, 4} << QList<Range>{{2, 4}};
    QTest::newRow("scattered") << QList<int>{1, 4, 5, 9} << QList<Range>{{9, 9}, {4, 5}, {1, 1}};
    QTest::newRow("first and last") << QList<int>{0, 9} << QList<Range>{{9, 9}, {0, 0}};
    QTest::newRow("every other") << QList<int>{0, 2, 4, 6, 8} << QList<Range>{{8, 8}, {6, 6}, {4, 4}, {2, 2}, {0, 0}};
    QTest::newRow("everybody") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << QList<Range>{{0, 9}};
}

void TestUserTableModel::refreshRemovesVanishedRowsFromTheBottom()
{
    QFETCH(QList<int>, removed);
    QFETCH(QList<Range>, signalled);
    load(numbered(10));
    std::vector<User> fresh;
    QStringList expected;
    for (const User &u : numbered(10)) {
        if (!removed.contains(u.id.mid(1).toInt())) {
            fresh.push_back(u);
            expected.append(u.id);
        }
    }
    QSignalSpy removedSpy(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->refresh(fresh);
    QCOMPARE(ranges(removedSpy), signalled);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(ids(), expected);
    for (int id : removed)
        QCOMPARE(m_model->rowOf(u"u%1"_s.arg(id)), -1);
}

void TestUserTableModel::refreshSignalsOnlyChangedCells()
{
    load(numbered(6));
    auto fresh = numbered(6);
    fresh[1].name = u"renamed"_s;
    fresh[3].role = u"admin"_s;
    fresh[3].createdAt = std::nullopt;
    fresh[5].userType = u"system"_s; // now internal: every column shows it
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->refresh(fresh);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 3);
    const auto cell = [&](int signal, int arg) {
        const QModelIndex index = changed.at(signal).at(arg).toModelIndex();
        return Range{index.row(), index.column()};
    };
    QCOMPARE(cell(0, 0), Range(1, UserTableModel::Name));
    QCOMPARE(cell(0, 1), Range(1, UserTableModel::Name));
    QCOMPARE(cell(1, 0), Range(3, UserTableModel::Role));
    QCOMPARE(cell(1, 1), Range(3, UserTableModel::Joined));
    QCOMPARE(cell(2, 0), Range(5, 0));
    QCOMPARE(cell(2, 1), Range(5, UserTableModel::ColumnCount - 1));
    QVERIFY(m_model->users() == fresh);
    QVERIFY(m_model->index(5, 0).data(UserTableModel::InternalRole).toBool());

    changed.clear();
    m_model->refresh(fresh);
    QCOMPARE(changed.size(), 0);
}

void TestUserTableModel::refreshAppendsNewUsersAndKeepsOrder()
{
    load(numbered(4));
    std::vector<User> fresh{user(u"new1"_s, u"zed"_s), user(u"u2"_s, u"name2"_s), user(u"u0"_s, u"name0"_s),
                            user(u"new2"_s, u"amy"_s), user(u"u1"_s, u"name1"_s), user(u"u3"_s, u"name3"_s)};
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(m_model, &QAbstractItemModel::layoutChanged);
    m_model->refresh(fresh);
    QCOMPARE(ranges(inserted), (QList<Range>{{4, 5}}));
    QCOMPARE(moved.size(), 0);
    QCOMPARE(ids(), (QStringList{u"u0"_s, u"u1"_s, u"u2"_s, u"u3"_s, u"new1"_s, u"new2"_s}));
    QCOMPARE(m_model->userAt(4), fresh[0]);
}

void TestUserTableModel::duplicateIdsKeepTheFirstEntry()
{
    // The server can list an id twice (SSO next to a legacy record); the first entry wins.
    auto users = numbered(3);
    users.push_back(user(u"u1"_s, u"second u1"_s, u"admin"_s));
    load(users);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->userAt(1).name, u"name1"_s);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    auto fresh = numbered(4);
    fresh.insert(fresh.begin(), user(u"u3"_s, u"first u3"_s));
    fresh.push_back(user(u"u0"_s, u"second u0"_s));
    m_model->refresh(fresh);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(ranges(inserted), (QList<Range>{{3, 3}}));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->userAt(3).name, u"first u3"_s);
    QCOMPARE(m_model->userAt(0).name, u"name0"_s);

    // Same order as shown, duplicates only among the additions at the end.
    inserted.clear();
    std::vector<User> same = m_model->users();
    same.push_back(user(u"u9"_s, u"new"_s));
    same.push_back(user(u"u1"_s, u"late u1"_s));
    same.push_back(user(u"u9"_s, u"late u9"_s));
    m_model->refresh(same);
    QCOMPARE(ranges(inserted), (QList<Range>{{4, 4}}));
    QCOMPARE(m_model->userAt(4).name, u"new"_s);
    QCOMPARE(m_model->userAt(1).name, u"name1"_s);
}

void TestUserTableModel::pendingSurvivesRefreshUntilTheServerAgrees()
{
    load(numbered(3));
    m_model->setEditable(true);
    QVERIFY(m_model->setData(m_model->index(1, UserTableModel::Role), u"admin"_s));
    QVERIFY(m_model->setData(m_model->index(2, UserTableModel::Role), u"viewer"_s));
    m_model->refresh(numbered(3));
    QVERIFY(m_model->isPending(1));
    QVERIFY(m_model->isPending(2));
    QCOMPARE(m_model->roleAt(1), u"user"_s);

    auto fresh = numbered(3);
    fresh[1].role = u"admin"_s; // the server now shows the requested role
    fresh[2].role = u"admin"_s; // somebody else's change: still waiting for ours
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->refresh(fresh);
    QVERIFY(!m_model->isPending(1));
    QVERIFY(m_model->isPending(2));
    QCOMPARE(m_model->roleAt(1), u"admin"_s);
    QCOMPARE(m_model->roleAt(2), u"admin"_s);
    QCOMPARE(changed.size(), 2);

    fresh.erase(fresh.begin() + 2);
    m_model->refresh(fresh);
    fresh.push_back(user(u"u2"_s, u"name2"_s)); // back again, without the old mark
    m_model->refresh(fresh);
    QVERIFY(!m_model->isPending(2));
}

void TestUserTableModel::mixedRefreshKeepsIndexConsistent()
{
    load(numbered(200));
    std::vector<User> fresh;
    QStringList expected;
    for (User u : numbered(200)) {
        const int i = u.id.mid(1).toInt();
        if (i % 7 == 3 || (i >= 50 && i < 60) || i == 199)
            continue;
        if (i % 5 == 0)
            u.role = u"viewer"_s;
        expected.append(u.id);
        fresh.push_back(u);
    }
    for (int i = 0; i < 10; ++i) {
        fresh.push_back(user(u"n%1"_s.arg(i), u"new%1"_s.arg(i)));
        expected.append(fresh.back().id);
    }
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->refresh(fresh);
    QCOMPARE(ids(), expected);
    QCOMPARE(removed.first().at(1).toInt(), 199); // from the bottom
    QVERIFY(m_model->users() == fresh);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(expected.at(row)), row);
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
