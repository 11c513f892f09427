// SPDX-License-Identifier: MIT
// Filtering by text and role, natural sort by name, and mapping back to the users table.
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
User user(const QString &id, const QString &name, const QString &role = u"user"_s, qint64 createdAt = 1760000000)
{
    return User{id, name, createdAt, role, u"basic"_s};
}

std::vector<User> sample()
{
    return {user(u"a1"_s, u"user10"_s, u"admin"_s, 5), user(u"b2"_s, u"user2"_s, u"user"_s, 4),
            user(u"c3"_s, u"Alice"_s, u"viewer"_s, 3), user(u"d4"_s, u"bob"_s, u"user"_s, 2),
            user(u"e5"_s, u"user1"_s, u"admin"_s, 1),  user(u"ab99"_s, u"zed"_s, u"user"_s, 6)};
}
} // namespace

class TestUserFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersByNameOrIdIgnoringCase_data();
    void filtersByNameOrIdIgnoringCase();
    void filtersByRole_data();
    void filtersByRole();
    void combinesTextAndRoleFilters();
    void sameFilterTwiceDoesNotRefilter();
    void sortsNamesNaturally();
    void equalNamesKeepTheirSourceOrder();
    void sortsOtherColumnsByRawValues();
    void keepsNaturalOrderThroughRefreshes();
    void mapsRowsBackToTheSource();
    void filtersInSortedOrderThroughSourceChanges();
    void remembersTheSortItWasGiven();

private:
    QStringList names() const;

    UserTableModel *m_model = nullptr;
    UserFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
    QAbstractItemModelTester *m_sorterTester = nullptr;
};

void TestUserFilterProxyModel::init()
{
    m_model = new UserTableModel(this);
    m_model->setUsers(sample());
    m_proxy = new UserFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    // Parented to the test object so that they keep checking after each step.
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_modelTester = new QAbstractItemModelTester(m_model, mode, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, mode, this);
    // The sorting layer under the filter is a model of its own: checked the same way.
    m_sorterTester = new QAbstractItemModelTester(m_proxy->sourceModel(), mode, this);
}

void TestUserFilterProxyModel::cleanup()
{
    delete m_sorterTester;
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

QStringList TestUserFilterProxyModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        result.append(m_proxy->index(row, UserTableModel::Name).data().toString());
    return result;
}

void TestUserFilterProxyModel::filtersByNameOrIdIgnoringCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString() << QStringList{u"user10"_s, u"user2"_s, u"Alice"_s,
                                                                 u"bob"_s,    u"user1"_s, u"zed"_s};
    QTest::newRow("name substring") << u"ser1"_s << QStringList{u"user10"_s, u"user1"_s};
    QTest::newRow("case-insensitive") << u"ALI"_s << QStringList{u"Alice"_s};
    QTest::newRow("by id") << u"d4"_s << QStringList{u"bob"_s};
    QTest::newRow("name or id") << u"b"_s << QStringList{u"user2"_s, u"bob"_s, u"zed"_s};
    QTest::newRow("nothing") << u"xyz"_s << QStringList{};
}

void TestUserFilterProxyModel::filtersByNameOrIdIgnoringCase()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setTextFilter(text);
    QCOMPARE(m_proxy->textFilter(), text);
    QCOMPARE(names(), expected);
}

void TestUserFilterProxyModel::filtersByRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("admins") << u"admin"_s << QStringList{u"user10"_s, u"user1"_s};
    QTest::newRow("viewers") << u"viewer"_s << QStringList{u"Alice"_s};
    QTest::newRow("all") << QString()
                         << QStringList{u"user10"_s, u"user2"_s, u"Alice"_s, u"bob"_s, u"user1"_s, u"zed"_s};
}

void TestUserFilterProxyModel::filtersByRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);
    m_proxy->setRoleFilter(role);
    QCOMPARE(m_proxy->roleFilter(), role);
    QCOMPARE(names(), expected);
}

void TestUserFilterProxyModel::combinesTextAndRoleFilters()
{
    m_proxy->setTextFilter(u"user"_s);
    m_proxy->setRoleFilter(u"admin"_s);
    QCOMPARE(names(), (QStringList{u"user10"_s, u"user1"_s}));
    m_proxy->setTextFilter(u"2"_s);
    QCOMPARE(names(), QStringList{});
    m_proxy->setRoleFilter(QString());
    QCOMPARE(names(), QStringList{u"user2"_s});
    // A role change the server applied moves the user into or out of the filter.
    m_proxy->setRoleFilter(u"viewer"_s);
    m_model->applyRole(u"b2"_s, u"viewer"_s);
    QCOMPARE(names(), QStringList{u"user2"_s});
}

void TestUserFilterProxyModel::sameFilterTwiceDoesNotRefilter()
{
    m_proxy->setTextFilter(u"user"_s);
    m_proxy->setRoleFilter(u"user"_s);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_proxy->setTextFilter(u"user"_s);
    m_proxy->setRoleFilter(u"user"_s);
    QCOMPARE(removed.size() + inserted.size() + layout.size(), 0);
}

void TestUserFilterProxyModel::sortsNamesNaturally()
{
    m_proxy->sort(UserTableModel::Name);
    QCOMPARE(names(), (QStringList{u"Alice"_s, u"bob"_s, u"user1"_s, u"user2"_s, u"user10"_s, u"zed"_s}));
    m_proxy->sort(UserTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{u"zed"_s, u"user10"_s, u"user2"_s, u"user1"_s, u"bob"_s, u"Alice"_s}));
}

void TestUserFilterProxyModel::equalNamesKeepTheirSourceOrder()
{
    m_model->refresh(
            {user(u"x1"_s, u"sam"_s), user(u"x2"_s, u"amy"_s), user(u"x3"_s, u"Sam"_s), user(u"x4"_s, u"sam"_s)});
    const auto ids = [this] {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result.append(m_proxy->index(row, 0).data(UserTableModel::UserIdRole).toString());
        return result;
    };
    m_proxy->sort(UserTableModel::Name);
    QCOMPARE(ids(), (QStringList{u"x2"_s, u"x1"_s, u"x3"_s, u"x4"_s}));
    m_proxy->sort(UserTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(ids(), (QStringList{u"x1"_s, u"x3"_s, u"x4"_s, u"x2"_s}));
}

void TestUserFilterProxyModel::sortsOtherColumnsByRawValues()
{
    m_proxy->sort(UserTableModel::Joined);
    QCOMPARE(names(), (QStringList{u"user1"_s, u"bob"_s, u"Alice"_s, u"user2"_s, u"user10"_s, u"zed"_s}));
    m_proxy->sort(UserTableModel::Role);
    QStringList admins = names().first(2); // "admin" first
    admins.sort();
    QCOMPARE(admins, (QStringList{u"user1"_s, u"user10"_s}));
    QCOMPARE(names().last(), u"Alice"_s); // "viewer" last
}

void TestUserFilterProxyModel::keepsNaturalOrderThroughRefreshes()
{
    m_proxy->sort(UserTableModel::Name);
    auto fresh = sample();
    fresh.erase(fresh.begin() + 3); // bob leaves
    fresh[0].name = u"user3"_s; // user10 is renamed
    fresh.push_back(user(u"f6"_s, u"user11"_s));
    fresh.push_back(user(u"g7"_s, u"aaron"_s));
    m_model->refresh(fresh);
    QCOMPARE(names(), (QStringList{u"aaron"_s, u"Alice"_s, u"user1"_s, u"user2"_s, u"user3"_s, u"user11"_s, u"zed"_s}));

    // Many new users at once are ranked again in one go.
    for (int i = 0; i < 300; ++i)
        fresh.push_back(user(u"n%1"_s.arg(i), u"member%1"_s.arg(i)));
    m_model->refresh(fresh);
    QCOMPARE(m_proxy->rowCount(), 307);
    QCOMPARE(names().at(2), u"member0"_s);
    QCOMPARE(names().at(3), u"member1"_s);
    QCOMPARE(names().at(4), u"member2"_s);
    QCOMPARE(names().at(301), u"member299"_s);
}

void TestUserFilterProxyModel::mapsRowsBackToTheSource()
{
    m_proxy->sort(UserTableModel::Name);
    m_proxy->setRoleFilter(u"admin"_s);
    QCOMPARE(m_proxy->rowCount(), 2);
    const QModelIndex first = m_proxy->index(0, UserTableModel::Role);
    const QModelIndex source = m_proxy->mapToUsers(first);
    QCOMPARE(source.model(), m_model);
    QCOMPARE(source.row(), 4); // user1
    QCOMPARE(source.column(), int(UserTableModel::Role));
    QCOMPARE(m_model->userAt(source.row()).name, u"user1"_s);
    QCOMPARE(m_proxy->mapFromUsers(m_model->index(0, 0)).row(), 1); // user10
    QVERIFY(!m_proxy->mapFromUsers(m_model->index(1, 0)).isValid()); // filtered out
}

void TestUserFilterProxyModel::filtersInSortedOrderThroughSourceChanges()
{
    // The filter layer reads rows through the sorting layer's cached order: every change of the
    // users (new, gone, renamed, another role) must be filtered from the order as it is now.
    m_proxy->sort(UserTableModel::Name);
    m_proxy->setTextFilter(u"user"_s);
    QCOMPARE(names(), (QStringList{u"user1"_s, u"user2"_s, u"user10"_s}));
    auto fresh = sample();
    fresh.erase(fresh.begin() + 1); // user2 leaves
    fresh[3].name = u"user0"_s; // user1 is renamed
    fresh.push_back(user(u"f6"_s, u"user5"_s, u"viewer"_s));
    fresh.push_back(user(u"g7"_s, u"nobody"_s));
    m_model->refresh(fresh);
    QCOMPARE(names(), (QStringList{u"user0"_s, u"user5"_s, u"user10"_s}));
    m_proxy->setRoleFilter(u"admin"_s);
    QCOMPARE(names(), (QStringList{u"user0"_s, u"user10"_s}));
    fresh[0].role = u"viewer"_s; // user10 is no admin any more
    m_model->refresh(fresh);
    QCOMPARE(names(), (QStringList{u"user0"_s}));
    m_proxy->setRoleFilter(QString());
    m_proxy->sort(UserTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{u"user10"_s, u"user5"_s, u"user0"_s}));
    m_proxy->setTextFilter(u"e"_s); // in a name, or in the id "e5" (user0)
    QCOMPARE(names(), (QStringList{u"zed"_s, u"user10"_s, u"user5"_s, u"user0"_s, u"Alice"_s}));
    // Each shown row still leads back to the right user.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex users = m_proxy->mapToUsers(m_proxy->index(row, UserTableModel::Name));
        QCOMPARE(m_model->nameAt(users.row()), names().at(row));
        QCOMPARE(m_proxy->mapFromUsers(users).row(), row);
    }
}

void TestUserFilterProxyModel::remembersTheSortItWasGiven()
{
    // The sort goes to the sorting layer under the filter.
    const auto *sorter = qobject_cast<const QSortFilterProxyModel *>(m_proxy->sourceModel());
    QVERIFY(sorter);
    QCOMPARE(sorter->sortColumn(), -1);
    m_proxy->sort(UserTableModel::Joined, Qt::DescendingOrder);
    QCOMPARE(sorter->sortColumn(), int(UserTableModel::Joined));
    QCOMPARE(sorter->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(names().first(), u"zed"_s); // joined last (6)
    // The filter layer itself never sorts: its order is the sorting layer's.
    QCOMPARE(m_proxy->sortColumn(), -1);
}

QTEST_GUILESS_MAIN(TestUserFilterProxyModel)
#include "tst_userfilterproxymodel.moc"
