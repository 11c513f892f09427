// SPDX-License-Identifier: MIT
// The create-user dialog driven like a person would, offscreen, against the in-process double.
#include "../core/awaitreply.h"
#include "../core/clientfixture.h"
#include "auth/passwordgenerator.h"
#include "createuserdialog.h"
#include "secretclipboard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCreateUserDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsTheUserWithTheChosenRole();
    void duplicateNameIsShownInlineAndKeepsWhatWasTyped();
    void unusableNamesAreRefusedWithAReason_data();
    void unusableNamesAreRefusedWithAReason();
    void mismatchIsExplained();
    void passwordsLongerThan72BytesAreWarnedAbout();
    void roleMustBeChosenExplicitly();
    void generateFillsBothFieldsAndMarksTheClipboard();
    void clipboardIsClearedOnlyWhileItStillHoldsTheSecret();
    void returnSubmitsAndEscapeCancels();
    void tabOrderFollowsTheForm();
    void cancelWhileCreatingAbortsAndCloses();
    void userRoleGetsTheServersRefusalInline();

private:
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QComboBox *roleCombo() const { return m_dialog->findChild<QComboBox *>(u"roleCombo"_s); }
    QLabel *label(const char *name) const { return m_dialog->findChild<QLabel *>(QLatin1String(name)); }
    QPushButton *createButton() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    void fill(const QString &name, const QString &password, const QString &role) const
    {
        field("usernameEdit")->setText(name);
        QTest::keyClicks(field("passwordEdit"), password);
        QTest::keyClicks(field("confirmEdit"), password);
        roleCombo()->setCurrentIndex(roleCombo()->findData(role));
    }

    std::unique_ptr<ClientFixture> m_f;
    std::unique_ptr<CreateUserDialog> m_dialog;
};

void TestCreateUserDialog::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
    m_dialog = std::make_unique<CreateUserDialog>(m_f->api);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCreateUserDialog::cleanup()
{
    m_dialog.reset();
    m_f.reset();
}

void TestCreateUserDialog::createsTheUserWithTheChosenRole()
{
    fill(u"carol"_s, u"carol-Pa55word!"_s, u"viewer"_s);
    QVERIFY(createButton()->isEnabled());
    QVERIFY(!label("problemLabel")->isVisible());
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->createdUsername(), u"carol"_s);
    QCOMPARE(m_dialog->createdRole(), u"viewer"_s);
    const QString id = FakeUserStore::userIdFor(u"carol"_s);
    QVERIFY(m_f->server.user(id).has_value());
    QCOMPARE(m_f->server.roleOf(id), u"viewer"_s);
    // The password arrived byte for byte: carol can sign in with it.
    m_f->signInAs(u"carol"_s, u"carol-Pa55word!"_s);
    const auto me = awaitReply(m_f->api.currentUser());
    QVERIFY2(me.ok(), describe(me.error));
    QCOMPARE(me.value->name, u"carol"_s);
}

void TestCreateUserDialog::duplicateNameIsShownInlineAndKeepsWhatWasTyped()
{
    m_f->server.addUser(u"bob"_s, u"bob-Pa55word!"_s, u"user"_s);
    fill(u"bob"_s, u"other-Pa55word!"_s, u"admin"_s);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_VERIFY(label("messageLabel")->text().contains(u"User 'bob' already exists"_s));
    QTRY_VERIFY(field("usernameEdit")->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // still open, not accepted
    QCOMPARE(label("messageLabel")->textFormat(), Qt::PlainText);
    QCOMPARE(field("usernameEdit")->text(), u"bob"_s);
    QCOMPARE(field("passwordEdit")->text(), u"other-Pa55word!"_s);
    QCOMPARE(field("confirmEdit")->text(), u"other-Pa55word!"_s);
    QCOMPARE(roleCombo()->currentData().toString(), u"admin"_s);
    QVERIFY(createButton()->isEnabled());
    QCOMPARE(m_f->server.roleOf(FakeUserStore::userIdFor(u"bob"_s)), u"user"_s);
}

void TestCreateUserDialog::unusableNamesAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"Enter a user name"_s;
    QTest::newRow("colon (item 16)") << u"ali:ce"_s << u"cannot contain \u201c:\u201d"_s;
    QTest::newRow("tab") << u"ali\tce"_s << u"U+0009"_s;
    QTest::newRow("NUL") << u"ali"_s + QChar(0) + u"ce"_s << u"U+0000"_s;
    QTest::newRow("newline") << u"alice\nbob"_s << u"U+000A"_s;
    QTest::newRow("right-to-left override (item 48)") << u"ali\u202Ece"_s << u"U+202E"_s;
    QTest::newRow("zero-width space") << u"ali\u200Bce"_s << u"U+200B"_s;
    QTest::newRow("leading space") << u" alice"_s << u"cannot start or end with a space"_s;
    QTest::newRow("trailing space") << u"alice "_s << u"cannot start or end with a space"_s;
    QTest::newRow("trailing no-break space") << u"alice\u00A0"_s << u"cannot start or end with a space"_s;
}

void TestCreateUserDialog::unusableNamesAreRefusedWithAReason()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    fill(name, u"Pa55word!"_s, u"user"_s);
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(label("problemLabel")->isVisible());
    QVERIFY2(label("problemLabel")->text().contains(reason), qPrintable(label("problemLabel")->text()));
    QCOMPARE(field("usernameEdit")->text(), name); // never trimmed or changed behind the person's back
    // Return does not get round the disabled button.
    QTest::keyClick(field("confirmEdit"), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 0);
    QVERIFY(m_dialog->isVisible());
    // A usable name of the same shape is accepted, so the reason was about the name.
    field("usernameEdit")->setText(u"alice"_s);
    QVERIFY(createButton()->isEnabled());
}

void TestCreateUserDialog::mismatchIsExplained()
{
    field("usernameEdit")->setText(u"dave"_s);
    roleCombo()->setCurrentIndex(roleCombo()->findData(u"user"_s));
    QTest::keyClicks(field("passwordEdit"), u"first-Pa55"_s);
    QVERIFY(label("problemLabel")->text().contains(u"again"_s));
    QTest::keyClicks(field("confirmEdit"), u"first-Pa56"_s);
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(label("problemLabel")->text(), u"The two passwords do not match."_s);
    QTest::keyClick(field("confirmEdit"), Qt::Key_Backspace);
    QTest::keyClicks(field("confirmEdit"), u"5"_s);
    QVERIFY(createButton()->isEnabled());
    QVERIFY(!label("problemLabel")->isVisible());
}

void TestCreateUserDialog::passwordsLongerThan72BytesAreWarnedAbout()
{
    QLabel *warning = label("warningLabel");
    // 36 two-byte characters: 72 bytes, the most bcrypt uses.
    field("passwordEdit")->insert(QString(36, u'\u00e9')); // as if pasted: keyClicks is ASCII-only
    QVERIFY(!warning->isVisible());
    QTest::keyClicks(field("passwordEdit"), u"x"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"73 bytes"_s) && warning->text().contains(u"72"_s), qPrintable(warning->text()));
    // A warning, not a refusal: the long password can still be used.
    field("usernameEdit")->setText(u"erin"_s);
    field("confirmEdit")->insert(QString(36, u'\u00e9') + u"x"_s);
    roleCombo()->setCurrentIndex(roleCombo()->findData(u"user"_s));
    QVERIFY(createButton()->isEnabled());
}

void TestCreateUserDialog::roleMustBeChosenExplicitly()
{
    QCOMPARE(roleCombo()->currentIndex(), -1);
    QCOMPARE(roleCombo()->placeholderText(), u"Choose a role"_s);
    field("usernameEdit")->setText(u"frank"_s);
    QTest::keyClicks(field("passwordEdit"), u"Pa55word!"_s);
    QTest::keyClicks(field("confirmEdit"), u"Pa55word!"_s);
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(label("problemLabel")->text().contains(u"Choose a role"_s));
    QStringList roles;
    for (int i = 0; i < roleCombo()->count(); ++i)
        roles << roleCombo()->itemData(i).toString();
    QCOMPARE(roles, (QStringList{u"admin"_s, u"user"_s, u"viewer"_s}));
    roleCombo()->setCurrentIndex(roleCombo()->findData(u"user"_s));
    QVERIFY(createButton()->isEnabled());
}

void TestCreateUserDialog::generateFillsBothFieldsAndMarksTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    field("usernameEdit")->setText(u"kim"_s);
    roleCombo()->setCurrentIndex(roleCombo()->findData(u"user"_s));
    QVERIFY(!createButton()->isEnabled());
    auto *generate = m_dialog->findChild<QPushButton *>(u"generateButton"_s);
    QTest::mouseClick(generate, Qt::LeftButton);
    const QString first = field("passwordEdit")->text();
    QCOMPARE(first.size(), PasswordGenerator::DefaultLength);
    QCOMPARE(field("confirmEdit")->text(), first);
    for (const QChar c : first)
        QVERIFY2(PasswordGenerator::alphabet().contains(c), qPrintable(first));
    for (const QChar ambiguous : u"0O1lI|:"_s)
        QVERIFY(!first.contains(ambiguous));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), first);
    QVERIFY(data->hasFormat(u"x-kde-passwordManagerHint"_s));
    QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY(label("noteLabel")->isVisible());
    QVERIFY(label("noteLabel")->text().contains(u"copied to the clipboard"_s));
    QVERIFY(!label("noteLabel")->text().contains(first));
    QVERIFY(createButton()->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(field("passwordEdit")->text() != first);
    // Typing makes the note stale, so it goes.
    QTest::keyClicks(field("passwordEdit"), u"x"_s);
    QVERIFY(!label("noteLabel")->isVisible());
    QVERIFY(label("problemLabel")->text().contains(u"do not match"_s));
}

void TestCreateUserDialog::clipboardIsClearedOnlyWhileItStillHoldsTheSecret()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    SecretClipboard::copy(Secret::fromString(u"s3cret-one"_s), 50);
    QCOMPARE(clipboard->text(), u"s3cret-one"_s);
    QTRY_VERIFY(clipboard->text().isEmpty());
    SecretClipboard::copy(Secret::fromString(u"s3cret-two"_s), 50);
    clipboard->setText(u"something the person copied later"_s);
    QTest::qWait(200);
    QCOMPARE(clipboard->text(), u"something the person copied later"_s);
}

void TestCreateUserDialog::returnSubmitsAndEscapeCancels()
{
    fill(u"gina"_s, u"gina-Pa55word!"_s, u"user"_s);
    QTest::keyClick(field("usernameEdit"), Qt::Key_Return);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_f->server.user(FakeUserStore::userIdFor(u"gina"_s)).has_value());

    CreateUserDialog other(m_f->api);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QTest::keyClick(&other, Qt::Key_Escape);
    QVERIFY(!other.isVisible());
    QCOMPARE(other.result(), int(QDialog::Rejected));
}

void TestCreateUserDialog::tabOrderFollowsTheForm()
{
    QStringList order;
    QWidget *w = field("usernameEdit");
    for (int i = 0; i < 6; ++i) {
        order << w->objectName();
        w = w->nextInFocusChain();
        while (w->focusPolicy() == Qt::NoFocus)
            w = w->nextInFocusChain();
    }
    QCOMPARE(order,
             (QStringList{u"usernameEdit"_s, u"passwordEdit"_s, u"confirmEdit"_s, u"showPasswordCheck"_s,
                          u"generateButton"_s, u"roleCombo"_s}));
    QCOMPARE(field("usernameEdit")->accessibleName(), u"User name"_s);
    QCOMPARE(roleCombo()->accessibleName(), u"Role"_s);
    QCOMPARE(field("confirmEdit")->accessibleName(), u"Confirm new password"_s);
}

void TestCreateUserDialog::cancelWhileCreatingAbortsAndCloses()
{
    m_f->server.setFault(u"/users/create"_s, FakeFault::hang());
    fill(u"hank"_s, u"hank-Pa55word!"_s, u"user"_s);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_COMPARE(m_f->server.requestCount(u"/users/create"_s), 1);
    QVERIFY(!field("usernameEdit")->isEnabled());
    QVERIFY(!field("passwordEdit")->isEnabled());
    QVERIFY(!roleCombo()->isEnabled());
    QVERIFY(!createButton()->isEnabled());
    QPushButton *cancel = m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel->isEnabled());
    QVERIFY(label("messageLabel")->text().contains(u"may still create"_s));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->createdUsername().isEmpty());
    QTest::qWait(100); // the aborted reply's late finish must not reopen or accept anything
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestCreateUserDialog::userRoleGetsTheServersRefusalInline()
{
    m_f->server.addUser(u"uma"_s, u"uma-Pa55word!"_s, u"user"_s);
    m_f->signInAs(u"uma"_s, u"uma-Pa55word!"_s);
    fill(u"ivan"_s, u"ivan-Pa55word!"_s, u"viewer"_s);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_VERIFY(label("messageLabel")->text().contains(u"Forbidden"_s));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(field("usernameEdit")->text(), u"ivan"_s);
    QCOMPARE(field("passwordEdit")->text(), u"ivan-Pa55word!"_s);
    QVERIFY(!m_f->server.user(FakeUserStore::userIdFor(u"ivan"_s)).has_value());
}

QTEST_MAIN(TestCreateUserDialog)
#include "tst_createuserdialog.moc"
