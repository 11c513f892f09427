// SPDX-License-Identifier: MIT
// The main window against the double: the table, the role editor and undo, permissions per role,
// refresh keeping the selection, the filter, remembered layout, and closing while work runs (issue 5).
#include "domain/role.h"
#include "i18n/languageloader.h"
#include "userspanel.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    /// As in the app: English's catalogue gives the counts their plural forms.
    LanguageLoader m_english;

private Q_SLOTS:
    void initTestCase() { m_english.install(QLocale(QLocale::English)); }
    void init();
    void cleanup();
    void adminSeesEveryUserWithCountAndWhoIsSignedIn();
    void roleEditorChangesTheRoleAndUndoRevertsIt();
    void internalUsersAreGreyedAndNotEditable();
    void actionsFollowTheRole_data();
    void actionsFollowTheRole();
    void refreshKeepsTheSelection();
    void refreshKeepsTheScrollPosition();
    void filterSaysHowManyAreShown();
    void deleteKeyInTheFilterEditsTheFilter();
    void layoutIsRemembered();
    void closingDuringWorkAsksFirst();
    void roleOfSeveralUsersChangesTogether();
    void screenshotWithDemoData();

private:
    QAction *action(const char *name) const { return m_f->window.findChild<QAction *>(QString::fromLatin1(name)); }
    QTableView *table() const { return m_f->window.usersPanel().table(); }
    QModelIndex cell(const QString &name, int column) const;
    QString countText() const;

    std::unique_ptr<WindowFixture> m_f;
    QString m_bob;
    QString m_carol;
};

void TestMainWindow::init()
{
    m_f = std::make_unique<WindowFixture>();
    QVERIFY(m_f->start());
    m_bob = m_f->server.addUser(u"bob"_s, u"bob-Pa55word!"_s, Role::User);
    m_carol = m_f->server.addUser(u"carol"_s, u"carol-Pa55word!"_s, Role::Viewer);
    m_f->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_f->window));
}

void TestMainWindow::cleanup()
{
    m_f.reset();
}

QModelIndex TestMainWindow::cell(const QString &name, int column) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, UserTableModel::Name).data().toString() == name)
            return model->index(row, column);
    }
    return {};
}

QString TestMainWindow::countText() const
{
    // The first permanent label in the status bar.
    const auto labels = m_f->window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u"user"_s))
            return label->text();
    }
    return {};
}

void TestMainWindow::adminSeesEveryUserWithCountAndWhoIsSignedIn()
{
    QVERIFY(m_f->signInAsAdmin());
    const int all = int(m_f->server.users().size());
    QCOMPARE(table()->model()->rowCount(), all);
    QCOMPARE(countText(), u"%1 users"_s.arg(all));
    QVERIFY(cell(u"bob"_s, UserTableModel::Role).isValid());
    QVERIFY(m_f->window.windowTitle().contains(u"admin @ "_s));
    const auto *status = m_f->window.findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status->text().contains(u"as admin (admin)"_s));
    // Joined: local time in the cell, the exact time in the tooltip.
    const QModelIndex joined = cell(u"bob"_s, UserTableModel::Joined);
    QVERIFY(!joined.data().toString().isEmpty());
    QVERIFY(joined.data(Qt::ToolTipRole).toString().size() > joined.data().toString().size());
}

void TestMainWindow::roleEditorChangesTheRoleAndUndoRevertsIt()
{
    QVERIFY(m_f->signInAsAdmin());
    const QModelIndex role = cell(u"bob"_s, UserTableModel::Role);
    QVERIFY(role.flags() & Qt::ItemIsEditable);
    table()->setCurrentIndex(role);
    table()->edit(role);
    auto *combo = table()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), Role::User);
    QCOMPARE(combo->count(), 3);
    // F2 opens the same editor from any column of the row.
    table()->closePersistentEditor(role);
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_VERIFY(!table()->viewport()->findChild<QComboBox *>()
                || !table()->viewport()->findChild<QComboBox *>()->isVisible());
    table()->setCurrentIndex(cell(u"bob"_s, UserTableModel::Name));
    QAction *editRole = action("actionEditRole");
    QVERIFY(editRole->isEnabled());
    QCOMPARE(editRole->shortcut(), QKeySequence(Qt::Key_F2));
    editRole->trigger();
    QTRY_VERIFY((combo = table()->viewport()->findChild<QComboBox *>()) && combo->isVisible());
    QCOMPARE(table()->currentIndex().column(), int(UserTableModel::Role));
    const int viewer = combo->findData(Role::Viewer);
    QVERIFY(viewer >= 0);
    combo->setCurrentIndex(viewer);
    Q_EMIT combo->activated(viewer);
    QTRY_COMPARE(m_f->server.roleOf(m_bob), Role::Viewer);
    QTRY_COMPARE(cell(u"bob"_s, UserTableModel::Role).data(UserTableModel::RoleIdRole).toString(), Role::Viewer);
    QAction *undo = action("actionUndo");
    QTRY_VERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"bob"_s), qPrintable(undo->text()));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QTRY_COMPARE(m_f->server.roleOf(m_bob), Role::User);
    QTRY_VERIFY(!undo->isEnabled());
}

void TestMainWindow::internalUsersAreGreyedAndNotEditable()
{
    QVERIFY(m_f->signInAsAdmin());
    const QModelIndex system = cell(u"skypilot-system"_s, UserTableModel::Role);
    QVERIFY(system.isValid());
    QVERIFY(!(system.flags() & Qt::ItemIsEditable));
    QVERIFY(system.data(Qt::ToolTipRole).toString().contains(u"internal"_s));
    table()->selectionModel()->select(system, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *remove = action("actionDeleteUsers");
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(u"internal"_s), qPrintable(remove->toolTip()));
}

void TestMainWindow::actionsFollowTheRole_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("ownPassword");
    QTest::newRow("admin") << u"admin"_s << u"admin-Pa55word!"_s << Role::Admin << true << true;
    QTest::newRow("user") << u"bob"_s << u"bob-Pa55word!"_s << Role::User << false << true;
    QTest::newRow("viewer") << u"carol"_s << u"carol-Pa55word!"_s << Role::Viewer << false << false;
}

void TestMainWindow::actionsFollowTheRole()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, role);
    QFETCH(bool, admin);
    QFETCH(bool, ownPassword);
    QVERIFY(m_f->signInAs(name, password, role));
    // Everybody sees everybody.
    QCOMPARE(table()->model()->rowCount(), int(m_f->server.users().size()));
    QCOMPARE(m_f->model.isEditable(), admin);
    QCOMPARE(bool(cell(u"bob"_s, UserTableModel::Role).flags() & Qt::ItemIsEditable), admin);
    m_f->window.usersPanel().selectUsers({m_bob});
    for (const char *actionName : {"actionNewUser", "actionDeleteUsers", "actionResetPassword", "actionRoleViewer"}) {
        QAction *a = action(actionName);
        QCOMPARE(a->isEnabled(), admin);
        // Still there, and saying why not.
        QVERIFY(a->isVisible());
        if (!admin)
            QVERIFY2(a->toolTip().contains(role == Role::Viewer ? u"Viewers"_s : u"Only admins"_s),
                     qPrintable(a->toolTip()));
    }
    QAction *own = action("actionChangeMyPassword");
    QCOMPARE(own->isEnabled(), ownPassword);
    if (!ownPassword)
        QVERIFY(own->toolTip().contains(u"Viewers"_s));
    QVERIFY(action("actionRefresh")->isEnabled());
}

void TestMainWindow::refreshKeepsTheSelection()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_carol});
    const int before = table()->model()->rowCount();
    m_f->server.addUser(u"aaron"_s, u"aaron-Pa55word!"_s, Role::User); // sorts above carol
    QSignalSpy refreshed(&m_f->directory, &UserDirectory::refreshed);
    action("actionRefresh")->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(table()->model()->rowCount(), before + 1);
    const std::vector<User> selected = m_f->window.usersPanel().selectedUsers();
    QCOMPARE(selected.size(), size_t(1));
    QCOMPARE(selected.front().name, u"carol"_s);
    QVERIFY(action("actionRefresh")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QVERIFY(action("actionRefresh")->shortcuts().contains(QKeySequence(QKeySequence::Refresh)));
}

void TestMainWindow::refreshKeepsTheScrollPosition()
{
    for (int i = 1; i <= 150; ++i)
        m_f->server.addUser(u"user%1"_s.arg(i, 3, 10, QChar(u'0')), u"Generated-Pa55word!"_s, Role::User);
    m_f->window.resize(800, 400);
    QVERIFY(m_f->signInAsAdmin());
    const QModelIndex target = cell(u"user100"_s, UserTableModel::Name);
    QTRY_VERIFY(table()->verticalScrollBar()->maximum() > 0); // laid out for the new size
    table()->scrollTo(target, QAbstractItemView::PositionAtTop);
    QVERIFY(table()->verticalScrollBar()->value() > 0);
    QCOMPARE(table()->indexAt(QPoint(1, 1)).data().toString(), u"user100"_s);
    // Changes above and below the visible rows, and one visible row changing role.
    m_f->server.addUser(u"aaa"_s, u"aaa-Pa55word!"_s, Role::User);
    m_f->server.addUser(u"zzz"_s, u"zzz-Pa55word!"_s, Role::User);
    QSignalSpy refreshed(&m_f->directory, &UserDirectory::refreshed);
    action("actionRefresh")->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(table()->indexAt(QPoint(1, 1)).data().toString(), u"user100"_s);
}

void TestMainWindow::filterSaysHowManyAreShown()
{
    QVERIFY(m_f->signInAsAdmin());
    const int all = table()->model()->rowCount();
    auto *filter = m_f->window.findChild<QLineEdit *>(u"filterEdit"_s);
    action("actionFind")->trigger();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"CAR"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY2(countText().startsWith(u"1 of %1 user"_s.arg(all)), qPrintable(countText()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(table()->model()->rowCount(), all);
}

void TestMainWindow::deleteKeyInTheFilterEditsTheFilter()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob});
    QVERIFY(action("actionDeleteUsers")->isEnabled());
    QSignalSpy deleteAsked(&m_f->window, &MainWindow::deleteRequested);
    auto *filter = m_f->window.findChild<QLineEdit *>(u"filterEdit"_s);
    m_f->window.activateWindow();
    action("actionFind")->trigger();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"bob"_s);
    QTest::keyClick(filter, Qt::Key_Home);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), u"ob"_s);
    QCOMPARE(deleteAsked.size(), 0);
    // In the table the same key asks to delete the selection.
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(deleteAsked.size(), 1);
}

void TestMainWindow::layoutIsRemembered()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.restoreLayout(m_f->settings);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(UserTableModel::Name, 333);
    header->moveSection(header->visualIndex(UserTableModel::Joined), 0);
    table()->sortByColumn(UserTableModel::Joined, Qt::DescendingOrder);
    QVERIFY(m_f->window.close());
    QVERIFY(m_f->settings.contains(u"window/geometry"_s));

    UserTableModel model;
    MainWindow again(model);
    again.restoreLayout(m_f->settings);
    QHeaderView *restored = again.usersPanel().table()->horizontalHeader();
    QCOMPARE(restored->sectionSize(UserTableModel::Name), 333);
    QCOMPARE(restored->visualIndex(UserTableModel::Joined), 0);
    QCOMPARE(restored->sortIndicatorSection(), int(UserTableModel::Joined));
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::closingDuringWorkAsksFirst()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->server.setFault(u"/users/update"_s, FakeFault::hang());
    QVERIFY(m_f->model.setData(m_f->model.index(m_f->model.rowOf(m_bob), UserTableModel::Role), Role::Admin));
    QVERIFY(!m_f->window.close());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_f->window.findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(u"role change"_s));
    // The window is not blocked while it asks.
    QVERIFY(m_f->window.isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"&Keep Working"_s)
            button->click();
    }
    QVERIFY(m_f->window.isVisible());
    QCOMPARE(m_f->directory.roleChangesInFlight(), 1);

    QVERIFY(!m_f->window.close());
    QTRY_VERIFY((box = m_f->window.findChild<QMessageBox *>()) && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"&Stop and Close"_s)
            button->click();
    }
    QTRY_VERIFY(!m_f->window.isVisible());
    QCOMPARE(m_f->directory.roleChangesInFlight(), 0);
}

void TestMainWindow::roleOfSeveralUsersChangesTogether()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob, m_carol});
    QAction *toAdmin = action("actionRoleAdmin");
    QVERIFY(toAdmin->isEnabled());
    toAdmin->trigger();
    QTRY_COMPARE(m_f->server.roleOf(m_bob), Role::Admin);
    QTRY_COMPARE(m_f->server.roleOf(m_carol), Role::Admin);
    QTRY_COMPARE(cell(u"carol"_s, UserTableModel::Role).data(UserTableModel::RoleIdRole).toString(), Role::Admin);
    QCOMPARE(m_f->window.usersPanel().selectedUsers().size(), size_t(2));
}

void TestMainWindow::screenshotWithDemoData()
{
    // The names tools/demo seeds, so the README shows what `tools/run --demo` opens.
    m_f->server.addUser(u"alice"_s, u"alice-Pa55word!"_s, Role::Admin);
    m_f->server.addUser(u"dave"_s, u"dave-Pa55word!"_s, Role::User);
    m_f->server.addUser(u"erin"_s, u"erin-Pa55word!"_s, Role::Viewer);
    for (int i = 1; i <= 30; ++i)
        m_f->server.addUser(u"user%1"_s.arg(i, 3, 10, QChar(u'0')), u"Generated-Pa55word!"_s,
                            i % 7 == 0 ? Role::Viewer : Role::User);
    m_f->window.resize(1000, 620);
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob});
    QVERIFY(action("actionResetPassword")->isEnabled());
    QTest::qWait(50); // let the status bar lay out its new texts before the picture
    const QPixmap picture = m_f->window.grab();
    QVERIFY(!picture.isNull());
    const QString dir = qEnvironmentVariable("SKYUSERS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(picture.save(dir + u"/mainwindow.png"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
