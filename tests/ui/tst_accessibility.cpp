// SPDX-License-Identifier: MIT
// Every window of the app as a screen reader and a keyboard-only person meet it: each focusable control
// has an accessible name and description, Tab reaches every control and shows where it is, mnemonics
// do not clash, the standard shortcuts are the platform's, and the table works from the keyboard (F2,
// context menu).
#include "accessibilitychecks.h"
#include "allwindows.h"
#include "userspanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlHasANameAndDescription_data() { windows(); }
    void everyControlHasANameAndDescription();
    void tabReachesEveryControl_data() { windows(); }
    void tabReachesEveryControl();
    void focusIsVisible_data() { windows(); }
    void focusIsVisible();
    void mnemonicsDoNotClash_data() { windows(); }
    void mnemonicsDoNotClash();
    void menusHaveDistinctMnemonics();
    void standardShortcutsAreThePlatformOnes();
    void noTwoActionsShareAShortcut();
    void roleEditorWorksFromTheKeyboard();
    void contextMenuOpensFromTheKeyboard_data();
    void contextMenuOpensFromTheKeyboard();

private:
    /// One row per window the app shows (AllWindows::names()).
    static void windows();
    QWidget *open(const QString &name) { return m_all->open(name); }
    QTableView *table() const { return m_f->window.usersPanel().table(); }

    std::unique_ptr<AllWindows> m_all;
    WindowFixture *m_f = nullptr;
};

void TestAccessibility::windows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : AllWindows::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestAccessibility::init()
{
    m_all = std::make_unique<AllWindows>();
    QVERIFY(m_all->start());
    m_f = &m_all->f;
}

void TestAccessibility::cleanup()
{
    m_f = nullptr;
    m_all.reset();
}

void TestAccessibility::everyControlHasANameAndDescription()
{
    QFETCH(QString, name);
    QWidget *window = open(name);
    QVERIFY2(window, qPrintable(name));
    QVERIFY(!A11y::focusable(window).isEmpty());
    const QStringList unnamed = A11y::unnamed(window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name: "_s + unnamed.join(u", "_s)));
    const QStringList undescribed = A11y::undescribed(window);
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"without an accessible description: "_s + undescribed.join(u", "_s)));
}

void TestAccessibility::tabReachesEveryControl()
{
    QFETCH(QString, name);
    QWidget *window = open(name);
    QVERIFY2(window, qPrintable(name));
    const QStringList missed = A11y::unreachableByTab(window);
    QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reaches: "_s + missed.join(u", "_s)));
}

void TestAccessibility::focusIsVisible()
{
    QFETCH(QString, name);
    QWidget *window = open(name);
    QVERIFY2(window, qPrintable(name));
    const QStringList problems = A11y::focusNotShown(window);
    QVERIFY2(problems.isEmpty(), qPrintable(u"no visible focus: "_s + problems.join(u", "_s)));
}

void TestAccessibility::mnemonicsDoNotClash()
{
    QFETCH(QString, name);
    QWidget *window = open(name);
    QVERIFY2(window, qPrintable(name));
    const QStringList problems = A11y::mnemonicProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestAccessibility::menusHaveDistinctMnemonics()
{
    // Saved servers are named by people: an "&" in them must show as one, not become a mnemonic.
    m_f->window.setServers({u"r&d @ http://a.example"_s, u"q&d @ http://b.example"_s}, 0);
    QStringList problems;
    for (const QAction *action : m_f->window.menuBar()->actions())
        problems << A11y::menuMnemonicProblems(action->menu());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestAccessibility::standardShortcutsAreThePlatformOnes()
{
    const std::pair<const char *, QKeySequence::StandardKey> standard[]
            = {{"actionRefresh", QKeySequence::Refresh},    {"actionFind", QKeySequence::Find},
               {"actionDeleteUsers", QKeySequence::Delete}, {"actionNewUser", QKeySequence::New},
               {"actionUndo", QKeySequence::Undo},          {"actionSelectAll", QKeySequence::SelectAll},
               {"actionQuit", QKeySequence::Quit}};
    for (const auto &[name, key] : standard) {
        const QAction *action = m_f->window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        for (const QKeySequence &binding : QKeySequence::keyBindings(key))
            QVERIFY2(action->shortcuts().contains(binding),
                     qPrintable(u"%1 lacks %2"_s.arg(QLatin1String(name), binding.toString())));
    }
    // The extras the README promises stay.
    QVERIFY(m_f->window.findChild<QAction *>(u"actionRefresh"_s)->shortcuts().contains(QKeySequence(u"Ctrl+R"_s)));
    QVERIFY(m_f->window.findChild<QAction *>(u"actionEditRole"_s)->shortcuts().contains(QKeySequence(Qt::Key_F2)));
}

void TestAccessibility::noTwoActionsShareAShortcut()
{
    QHash<QKeySequence, QString> seen;
    QStringList clashes;
    const QList<QAction *> actions = m_f->window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (seen.contains(key) && seen.value(key) != action->objectName())
                clashes << u"%1: %2 and %3"_s.arg(key.toString(), seen.value(key), action->objectName());
            seen.insert(key, action->objectName());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestAccessibility::roleEditorWorksFromTheKeyboard()
{
    QVERIFY(QTest::qWaitForWindowActive(&m_f->window));
    // From the filter box, Tab goes on to the table; Down picks a row, F2 edits its role.
    QLineEdit *filter = m_f->window.findChild<QLineEdit *>(u"filterEdit"_s);
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));
    QTest::keyClick(table(), Qt::Key_Down);
    QVERIFY(table()->currentIndex().isValid());
    QTest::keyClick(table(), Qt::Key_F2);
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = table()->viewport()->findChild<QComboBox *>()) && combo->hasFocus());
    QVERIFY(!A11y::accessibleText(combo, QAccessible::Name).isEmpty());
    QVERIFY(!A11y::accessibleText(combo, QAccessible::Description).isEmpty());
    QCOMPARE(table()->currentIndex().column(), int(UserTableModel::Role));
    // Escape leaves the editor without a change, and the focus back in the table.
    const QString before = table()->currentIndex().data(UserTableModel::RoleIdRole).toString();
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_VERIFY(table()->hasFocus());
    QCOMPARE(table()->currentIndex().data(UserTableModel::RoleIdRole).toString(), before);
}

void TestAccessibility::contextMenuOpensFromTheKeyboard_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("Menu") << QKeySequence(Qt::Key_Menu);
    QTest::newRow("Shift+F10") << QKeySequence(Qt::SHIFT | Qt::Key_F10);
}

void TestAccessibility::contextMenuOpensFromTheKeyboard()
{
    QFETCH(QKeySequence, key);
    QVERIFY(QTest::qWaitForWindowActive(&m_f->window));
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    table()->setCurrentIndex(table()->model()->index(0, 0));
    table()->selectRow(0);
    QString seen;
    // The menu runs its own loop until closed: look at it, then close it, from inside.
    QTimer::singleShot(100, this, [&seen] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions())
                seen += action->text() + u'|';
            menu->close();
        }
    });
    QTest::keySequence(table(), key);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 3000);
    QVERIFY2(seen.contains(u"Delete"_s), qPrintable(seen));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
