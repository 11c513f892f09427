// SPDX-License-Identifier: MIT
// The users table's refreshes: they signal exactly what changed and keep rows, order and ids in step.
#include "usersamples.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace usersamples;

class TestUserTableModelRefresh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refreshRemovesVanishedRowsFromTheBottom_data();
    void refreshRemovesVanishedRowsFromTheBottom();
    void refreshSignalsOnlyChangedCells();
    void refreshAppendsNewUsersAndKeepsOrder();
    void duplicateIdsKeepTheFirstEntry();
    void pendingSurvivesRefreshUntilTheServerAgrees();
    void mixedRefreshKeepsIndexConsistent();
    void outOfOrderListingPairsEveryUser();

private:
    void load(std::vector<User> users = sample()) { m_model->setUsers(std::move(users)); }
    QStringList ids() const { return usersamples::ids(*m_model); }

    UserTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestUserTableModelRefresh::init()
{
    m_model = new UserTableModel(this);
    // Parented to the test object so that it keeps checking the model after each step.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestUserTableModelRefresh::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestUserTableModelRefresh::refreshRemovesVanishedRowsFromTheBottom_data()
{
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<QList<Range>>("signalled");
    QTest::newRow("contiguous") << QList<int>{2, 3, 4} << QList<Range>{{2, 4}};
    QTest::newRow("scattered") << QList<int>{1, 4, 5, 9} << QList<Range>{{9, 9}, {4, 5}, {1, 1}};
    QTest::newRow("first and last") << QList<int>{0, 9} << QList<Range>{{9, 9}, {0, 0}};
    QTest::newRow("every other") << QList<int>{0, 2, 4, 6, 8} << QList<Range>{{8, 8}, {6, 6}, {4, 4}, {2, 2}, {0, 0}};
    QTest::newRow("everybody") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << QList<Range>{{0, 9}};
}

void TestUserTableModelRefresh::refreshRemovesVanishedRowsFromTheBottom()
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

void TestUserTableModelRefresh::refreshSignalsOnlyChangedCells()
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

void TestUserTableModelRefresh::refreshAppendsNewUsersAndKeepsOrder()
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

void TestUserTableModelRefresh::duplicateIdsKeepTheFirstEntry()
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

void TestUserTableModelRefresh::pendingSurvivesRefreshUntilTheServerAgrees()
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

void TestUserTableModelRefresh::mixedRefreshKeepsIndexConsistent()
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

void TestUserTableModelRefresh::outOfOrderListingPairsEveryUser()
{
    // Users are paired by looking right after the previous match first; a listing in another
    // order, or with an id twice in the middle, must still pair every user with its own row.
    load(numbered(50));
    std::vector<User> fresh = numbered(50);
    std::reverse(fresh.begin() + 20, fresh.end());
    fresh.insert(fresh.begin() + 5, user(u"u30"_s, u"early duplicate of u30"_s, u"admin"_s));
    fresh[41].role = u"viewer"_s; // u29, after the reverse and the insertion
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->refresh(fresh);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 50);
    // The first u30 in the listing wins, as in setUsers().
    const int viewerRow = m_model->rowOf(u"u29"_s);
    QCOMPARE(m_model->userAt(30).name, u"early duplicate of u30"_s);
    QCOMPARE(m_model->userAt(30).role, u"admin"_s);
    QCOMPARE(m_model->userAt(viewerRow).role, u"viewer"_s);
    QCOMPARE(changed.size(), 2);
    for (int row = 0; row < 50; ++row) {
        QCOMPARE(m_model->idAt(row), u"u%1"_s.arg(row));
        if (row != 30)
            QCOMPARE(m_model->nameAt(row), u"name%1"_s.arg(row));
    }
}

QTEST_GUILESS_MAIN(TestUserTableModelRefresh)
#include "tst_usertablemodelrefresh.moc"
