// SPDX-License-Identifier: MIT
// BulkOutcome: bookkeeping and the summary people read.
#include "actions/bulkoutcome.h"
#include "domain/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Status = UserOutcome::Status;

class TestBulkOutcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateIdsCountOnce();
    void settlesOnlyPendingKnownUsers();
    void summaryNamesPeopleAndLimitsTheList();
    void summarySanitisesNamesAndReasons();
};

static User user(const QString &id, const QString &name)
{
    return User{id, name, {}, u"user"_s, u"basic"_s};
}

void TestBulkOutcome::duplicateIdsCountOnce()
{
    const BulkOutcome outcome(BulkOutcome::Action::Delete, {user(u"a"_s, u"ann"_s), user(u"a"_s, u"ann"_s)});
    QCOMPARE(outcome.total(), 1);
    QCOMPARE(outcome.count(Status::Pending), 1);
    QCOMPARE(outcome.settled(), 0);
}

void TestBulkOutcome::settlesOnlyPendingKnownUsers()
{
    BulkOutcome outcome(BulkOutcome::Action::Delete, {user(u"a"_s, u"ann"_s), user(u"b"_s, QString())});
    QVERIFY(outcome.settle(u"a"_s, Status::Succeeded));
    QVERIFY(!outcome.settle(u"a"_s, Status::Failed, u"late"_s)); // already settled
    QVERIFY(!outcome.settle(u"zz"_s, Status::Succeeded)); // not part of it
    outcome.settleRemaining(u"cancelled"_s);
    QCOMPARE(outcome.find(u"b"_s)->status, Status::NotAttempted);
    QCOMPARE(outcome.find(u"b"_s)->displayName(), u"b"_s); // no name: the id stands in
    QCOMPARE(outcome.summary(), u"Users deleted: 1 of 2. 1 not attempted."_s);
}

void TestBulkOutcome::summaryNamesPeopleAndLimitsTheList()
{
    QList<User> users;
    for (int i = 0; i < 9; ++i)
        users.append(user(u"id%1"_s.arg(i), u"name%1"_s.arg(i)));
    BulkOutcome outcome(BulkOutcome::Action::RoleChange, users);
    for (int i = 0; i < 9; ++i)
        outcome.settle(u"id%1"_s.arg(i), i < 3 ? Status::Failed : Status::Succeeded, u"no"_s);
    QCOMPARE(outcome.summary(2), u"Roles changed: 6 of 9. 3 failed: name0 — no; name1 — no; and 1 more"_s);
}

void TestBulkOutcome::summarySanitisesNamesAndReasons()
{
    BulkOutcome outcome(BulkOutcome::Action::Delete, {user(u"a"_s, u"e\u202Evil\nname"_s)});
    outcome.settle(u"a"_s, Status::Failed, u"line one\nline two "_s + QString(500, u'x'));
    const QString text = outcome.summary();
    QVERIFY2(text.startsWith(u"Users deleted: 0 of 1. 1 failed: evil name — line one line two xxx"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u'\n'));
    QVERIFY2(text.size() < 260, qPrintable(QString::number(text.size())));
    QVERIFY(text.endsWith(u'\u2026'));
}

QTEST_GUILESS_MAIN(TestBulkOutcome)
#include "tst_bulkoutcome.moc"
