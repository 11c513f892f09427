// SPDX-License-Identifier: MIT
// The password dialog, both modes, driven offscreen against the in-process double as an admin, a
// user-role account and a viewer.
#include "../core/awaitreply.h"
#include "../core/clientfixture.h"
#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using Mode = PasswordDialog::Mode;

class TestPasswordDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminResetsAnotherUsersPassword();
    void userChangesOwnPasswordAndItAuthenticates();
    void userCannotResetSomeoneElsesPassword();
    void viewerIsRefusedEvenForTheirOwnPassword();
    void showHideAndMismatchAndGenerate();
    void cancelWhileSettingAbortsAndCloses();
    void closingTheWindowWhileBusyIsSafe();

private:
    void open(Mode mode, const QString &userId, const QString &name);
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_dialog->findChild<QLabel *>(QLatin1String(name)); }
    QPushButton *okButton() const { return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    void type(const QString &password) const
    {
        QTest::keyClicks(field("passwordEdit"), password);
        QTest::keyClicks(field("confirmEdit"), password);
    }
    /// Whether name/password signs in against the double, asked with a client of its own.
    bool authenticates(const QString &name, const QString &password)
    {
        ApiClient client(&m_f->network);
        client.setServerUrl(m_f->server.baseUrl());
        client.setCredentials(Credentials{name, Secret::fromString(password)});
        SkyPilotApi api(client);
        const auto me = awaitReply(api.currentUser());
        return me.ok() && me.value->name == name;
    }

    std::unique_ptr<ClientFixture> m_f;
    std::unique_ptr<PasswordDialog> m_dialog;
};

void TestPasswordDialog::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
}

void TestPasswordDialog::cleanup()
{
    m_dialog.reset();
    m_f.reset();
}

void TestPasswordDialog::open(Mode mode, const QString &userId, const QString &name)
{
    m_dialog = std::make_unique<PasswordDialog>(m_f->api, mode, userId, name);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestPasswordDialog::adminResetsAnotherUsersPassword()
{
    const QString id = m_f->server.addUser(u"<b>bob</b>"_s, u"old-Pa55word!"_s, u"user"_s);
    open(Mode::ResetOther, id, u"<b>bob</b>"_s);
    QVERIFY(label("whoLabel")->text().contains(u"\u201c<b>bob</b>\u201d"_s));
    QVERIFY(label("whoLabel")->text().contains(id));
    QCOMPARE(label("whoLabel")->textFormat(), Qt::PlainText);
    QVERIFY(!m_dialog->windowTitle().contains(u"Pa55"_s));
    QVERIFY(!okButton()->isEnabled());
    type(u"new-Pa55word!"_s);
    QVERIFY(okButton()->isEnabled());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->password().toString(), u"new-Pa55word!"_s);
    QCOMPARE(m_dialog->userId(), id);
    QVERIFY(authenticates(u"<b>bob</b>"_s, u"new-Pa55word!"_s));
    QVERIFY(!authenticates(u"<b>bob</b>"_s, u"old-Pa55word!"_s));
}

void TestPasswordDialog::userChangesOwnPasswordAndItAuthenticates()
{
    const QString id = m_f->server.addUser(u"uma"_s, u"uma-Pa55word!"_s, u"user"_s);
    m_f->signInAs(u"uma"_s, u"uma-Pa55word!"_s);
    open(Mode::ChangeOwn, id, u"uma"_s);
    QCOMPARE(m_dialog->mode(), Mode::ChangeOwn);
    QVERIFY(label("whoLabel")->text().contains(u"your account"_s));
    // Leading and trailing spaces are part of the password, sent as typed (item 24).
    type(u" uma-N3w pass "_s);
    QTest::keyClick(field("confirmEdit"), Qt::Key_Return);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->password().toString(), u" uma-N3w pass "_s);
    QVERIFY(authenticates(u"uma"_s, u" uma-N3w pass "_s));
    QVERIFY(!authenticates(u"uma"_s, u"uma-Pa55word!"_s));
}

void TestPasswordDialog::userCannotResetSomeoneElsesPassword()
{
    const QString other = m_f->server.addUser(u"vic"_s, u"vic-Pa55word!"_s, u"user"_s);
    m_f->server.addUser(u"uma"_s, u"uma-Pa55word!"_s, u"user"_s);
    m_f->signInAs(u"uma"_s, u"uma-Pa55word!"_s);
    open(Mode::ResetOther, other, u"vic"_s);
    type(u"stolen-Pa55word!"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY(label("messageLabel")->text().contains(u"Only admin can update password for other users"_s));
    QTRY_VERIFY(field("passwordEdit")->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->password().isEmpty());
    QCOMPARE(field("passwordEdit")->text(), u"stolen-Pa55word!"_s);
    QCOMPARE(field("confirmEdit")->text(), u"stolen-Pa55word!"_s);
    QVERIFY(authenticates(u"vic"_s, u"vic-Pa55word!"_s));
}

void TestPasswordDialog::viewerIsRefusedEvenForTheirOwnPassword()
{
    const QString id = m_f->server.addUser(u"wes"_s, u"wes-Pa55word!"_s, u"viewer"_s);
    m_f->signInAs(u"wes"_s, u"wes-Pa55word!"_s);
    open(Mode::ChangeOwn, id, u"wes"_s);
    type(u"wes-N3w-pass"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY(label("messageLabel")->text().contains(u"Forbidden"_s));
    QTRY_VERIFY(okButton()->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(field("passwordEdit")->text(), u"wes-N3w-pass"_s);
    QVERIFY(authenticates(u"wes"_s, u"wes-Pa55word!"_s));
}

void TestPasswordDialog::showHideAndMismatchAndGenerate()
{
    open(Mode::ResetOther, m_f->server.addUser(u"xena"_s, u"x-Pa55word!"_s, u"user"_s), u"xena"_s);
    QCOMPARE(field("passwordEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(field("confirmEdit")->echoMode(), QLineEdit::Password);
    m_dialog->findChild<QCheckBox *>(u"showPasswordCheck"_s)->setChecked(true);
    QCOMPARE(field("passwordEdit")->echoMode(), QLineEdit::Normal);
    QCOMPARE(field("confirmEdit")->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(field("passwordEdit"), u"abc"_s);
    QTest::keyClicks(field("confirmEdit"), u"abd"_s);
    QCOMPARE(label("problemLabel")->text(), u"The two passwords do not match."_s);
    QVERIFY(!okButton()->isEnabled());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
    QCOMPARE(field("passwordEdit")->text().size(), 20);
    QCOMPARE(field("confirmEdit")->text(), field("passwordEdit")->text());
    QVERIFY(okButton()->isEnabled());
}

void TestPasswordDialog::cancelWhileSettingAbortsAndCloses()
{
    const QString id = m_f->server.addUser(u"yan"_s, u"y-Pa55word!"_s, u"user"_s);
    m_f->server.setFault(u"/users/update"_s, FakeFault::hang());
    open(Mode::ResetOther, id, u"yan"_s);
    type(u"yan-N3w"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_f->server.requestCount(u"/users/update"_s), 1);
    QVERIFY(!field("passwordEdit")->isEnabled());
    QVERIFY(label("messageLabel")->text().contains(u"may still change"_s));
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->password().isEmpty());
}

void TestPasswordDialog::closingTheWindowWhileBusyIsSafe()
{
    const QString id = m_f->server.addUser(u"zed"_s, u"z-Pa55word!"_s, u"user"_s);
    m_f->server.setFault(u"/users/update"_s, FakeFault::hang());
    open(Mode::ResetOther, id, u"zed"_s);
    type(u"zed-N3w"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_f->server.requestCount(u"/users/update"_s), 1);
    // The main window may be closed (and the dialog deleted) mid-call: the reply is aborted, nothing crashes.
    m_dialog.reset();
    QTest::qWait(100);
    QVERIFY(authenticates(u"zed"_s, u"z-Pa55word!"_s));
}

QTEST_MAIN(TestPasswordDialog)
#include "tst_passworddialog.moc"
