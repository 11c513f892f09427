// SPDX-License-Identifier: MIT
// The delete confirmation: what it lists, and when it asks for a typed confirmation (checklist item 60).
#include "deleteconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
User user(const QString &id, const QString &name, const QString &role)
{
    User u;
    u.id = id;
    u.name = name;
    u.role = role;
    return u;
}

QList<User> many(int count, const QString &role = u"user"_s)
{
    QList<User> users;
    for (int i = 0; i < count; ++i)
        users << user(u"id%1"_s.arg(i), u"user%1"_s.arg(i, 2, 10, QChar(u'0')), role);
    return users;
}
} // namespace

class TestDeleteConfirmDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneOrdinaryUserNeedsOnlyAClick();
    void deletingYourselfNeedsYourNameTyped();
    void deletingTheLastAdminNeedsTheNameTyped();
    void anAdminWhenOthersRemainNeedsOnlyAClick();
    void severalIncludingTheLastAdminsNeedTheCountTyped();
    void longListsAreCutAfterTen();
    void returnNeverDeletes();

private:
    static QPushButton *deleteButton(const DeleteConfirmDialog &d)
    {
        return d.findChild<QPushButton *>(u"deleteButton"_s);
    }
    static QLineEdit *confirmEdit(const DeleteConfirmDialog &d) { return d.findChild<QLineEdit *>(u"confirmEdit"_s); }
    static QString text(const DeleteConfirmDialog &d, const char *label)
    {
        return d.findChild<QLabel *>(QLatin1String(label))->text();
    }
};

void TestDeleteConfirmDialog::oneOrdinaryUserNeedsOnlyAClick()
{
    DeleteConfirmDialog d({user(u"b1"_s, u"bob"_s, u"user"_s)}, u"a1"_s, 1);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(text(d, "summaryLabel"), u"Delete \u201cbob\u201d? This cannot be undone."_s);
    QVERIFY(d.requiredConfirmation().isEmpty());
    QVERIFY(!confirmEdit(d)->isVisible());
    QVERIFY(deleteButton(d)->isEnabled());
    QTest::mouseClick(deleteButton(d), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.userIds(), QStringList{u"b1"_s});
}

void TestDeleteConfirmDialog::deletingYourselfNeedsYourNameTyped()
{
    DeleteConfirmDialog d({user(u"a1"_s, u"alice"_s, u"admin"_s)}, u"a1"_s, 2);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.includesCurrentUser());
    QVERIFY(!d.removesLastAdmin());
    QVERIFY(text(d, "reasonLabel").contains(u"This includes you"_s));
    QVERIFY(confirmEdit(d)->isVisible());
    QCOMPARE(d.requiredConfirmation(), u"alice"_s);
    QVERIFY(!deleteButton(d)->isEnabled());
    QTest::mouseClick(deleteButton(d), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QTest::keyClicks(confirmEdit(d), u"alic"_s);
    QVERIFY(!deleteButton(d)->isEnabled());
    QTest::keyClicks(confirmEdit(d), u"e "_s); // exact, not trimmed
    QVERIFY(!deleteButton(d)->isEnabled());
    QTest::keyClick(confirmEdit(d), Qt::Key_Backspace);
    QVERIFY(deleteButton(d)->isEnabled());
    QTest::mouseClick(deleteButton(d), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestDeleteConfirmDialog::deletingTheLastAdminNeedsTheNameTyped()
{
    DeleteConfirmDialog d({user(u"z1"_s, u"zoe"_s, u"admin"_s)}, u"a1"_s, 1);
    QVERIFY(!d.includesCurrentUser());
    QVERIFY(d.removesLastAdmin());
    QVERIFY(text(d, "reasonLabel").contains(u"last admin"_s));
    QVERIFY(!text(d, "reasonLabel").contains(u"includes you"_s));
    QVERIFY(text(d, "confirmLabel").contains(u"zoe"_s));
    QVERIFY(!deleteButton(d)->isEnabled());
    confirmEdit(d)->setText(u"zoe"_s);
    QVERIFY(deleteButton(d)->isEnabled());
}

void TestDeleteConfirmDialog::anAdminWhenOthersRemainNeedsOnlyAClick()
{
    DeleteConfirmDialog d({user(u"z1"_s, u"zoe"_s, u"admin"_s)}, u"a1"_s, 2);
    QVERIFY(!d.removesLastAdmin());
    QVERIFY(d.requiredConfirmation().isEmpty());
    QVERIFY(deleteButton(d)->isEnabled());
}

void TestDeleteConfirmDialog::severalIncludingTheLastAdminsNeedTheCountTyped()
{
    QList<User> users = many(3);
    users << user(u"a1"_s, u"alice"_s, u"admin"_s) << user(u"a2"_s, u"ann"_s, u"admin"_s);
    DeleteConfirmDialog d(users, u"me"_s, 2);
    QVERIFY(d.removesLastAdmin());
    QCOMPARE(d.windowTitle(), u"Delete 5 Users"_s);
    QVERIFY(text(d, "summaryLabel").contains(u"these 5 users"_s));
    QCOMPARE(d.requiredConfirmation(), u"5"_s);
    QVERIFY(text(d, "confirmLabel").contains(u"number of users, 5"_s));
    QVERIFY(!deleteButton(d)->isEnabled());
    confirmEdit(d)->setText(u"4"_s);
    QVERIFY(!deleteButton(d)->isEnabled());
    confirmEdit(d)->setText(u"5"_s);
    QVERIFY(deleteButton(d)->isEnabled());
    QCOMPARE(d.userIds(), (QStringList{u"id0"_s, u"id1"_s, u"id2"_s, u"a1"_s, u"a2"_s}));
}

void TestDeleteConfirmDialog::longListsAreCutAfterTen()
{
    QList<User> users = many(13);
    users[0].name.clear(); // a row without a name is shown by id
    DeleteConfirmDialog d(users, u"me"_s, 1);
    const QStringList lines = text(d, "listLabel").split(u'\n');
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.first(), u"id0 (user)"_s);
    QCOMPARE(lines.at(9), u"user09 (user)"_s);
    QCOMPARE(lines.last(), u"\u2026and 3 more"_s);
    QVERIFY(!text(d, "listLabel").contains(u"user10"_s));
    QCOMPARE(d.findChild<QLabel *>(u"listLabel"_s)->textFormat(), Qt::PlainText);
    QVERIFY(d.requiredConfirmation().isEmpty());
    QVERIFY(deleteButton(d)->isEnabled());
}

void TestDeleteConfirmDialog::returnNeverDeletes()
{
    DeleteConfirmDialog d({user(u"b1"_s, u"bob"_s, u"user"_s)}, u"a1"_s, 1);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!deleteButton(d)->isDefault());
    QVERIFY(!deleteButton(d)->autoDefault());
    QVERIFY(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
    QTest::keyClick(&d, Qt::Key_Return);
    QVERIFY(!d.isVisible()); // Return pressed Cancel
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestDeleteConfirmDialog)
#include "tst_deleteconfirmdialog.moc"
