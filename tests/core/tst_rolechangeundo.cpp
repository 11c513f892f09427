// SPDX-License-Identifier: MIT
// RoleChangeUndo: newest first, bounded, and forgetful of deleted users.
#include "actions/rolechangeundo.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRoleChangeUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoesNewestFirst();
    void ignoresChangesThatChangeNothing();
    void dropsTheOldestBeyondTheLimit();
    void forgetsDeletedUsers();
};

static RoleChange change(const QString &id, const QString &from, const QString &to)
{
    return RoleChange{id, u"name-"_s + id, from, to};
}

void TestRoleChangeUndo::undoesNewestFirst()
{
    RoleChangeUndo undo;
    QVERIFY(!undo.canUndo());
    undo.push(change(u"a"_s, u"user"_s, u"admin"_s));
    undo.push(change(u"b"_s, u"viewer"_s, u"user"_s));
    QCOMPARE(undo.size(), 2);
    QCOMPARE(undo.top().userId, u"b"_s);
    QCOMPARE(undo.top().inverse(), change(u"b"_s, u"user"_s, u"viewer"_s));
    undo.pop();
    QCOMPARE(undo.top().userId, u"a"_s);
    undo.pop();
    QVERIFY(!undo.canUndo());
    undo.pop(); // harmless when empty
    QCOMPARE(undo.size(), 0);
}

void TestRoleChangeUndo::ignoresChangesThatChangeNothing()
{
    RoleChangeUndo undo;
    undo.push(change(u"a"_s, u"user"_s, u"user"_s));
    QVERIFY(!undo.canUndo());
}

void TestRoleChangeUndo::dropsTheOldestBeyondTheLimit()
{
    RoleChangeUndo undo(2);
    undo.push(change(u"a"_s, u"user"_s, u"admin"_s));
    undo.push(change(u"b"_s, u"user"_s, u"admin"_s));
    undo.push(change(u"c"_s, u"user"_s, u"admin"_s));
    QCOMPARE(undo.size(), 2);
    undo.pop();
    QCOMPARE(undo.top().userId, u"b"_s);
}

void TestRoleChangeUndo::forgetsDeletedUsers()
{
    RoleChangeUndo undo;
    undo.push(change(u"a"_s, u"user"_s, u"admin"_s));
    undo.push(change(u"b"_s, u"user"_s, u"admin"_s));
    undo.push(change(u"a"_s, u"admin"_s, u"viewer"_s));
    undo.forgetUser(u"a"_s);
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.top().userId, u"b"_s);
    undo.clear();
    QVERIFY(!undo.canUndo());
}

QTEST_GUILESS_MAIN(TestRoleChangeUndo)
#include "tst_rolechangeundo.moc"
