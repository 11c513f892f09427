// SPDX-License-Identifier: MIT
// The sign-in dialog driven like a person would, offscreen, against the in-process double.
#include "../core/clientfixture.h"
#include "../core/selfsignedcertificate.h"
#include "signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signsInAndCloses();
    void wrongPasswordKeepsTheDialogAndWhatWasTyped();
    void credentialsInTheAddressMoveIntoTheirFields();
    void colonInUserNameIsRefusedBeforeSending();
    void showPasswordTogglesEchoMode();
    void longPasswordsArePastedAndSentExactly();
    void plainHttpToAnotherHostNeedsTheTypedHostName();
    void untrustedCertificateIsShownAndCanBeTrusted();
    void rendersAScreenshot();

private:
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *message() const { return m_dialog->findChild<QLabel *>(u"messageLabel"_s); }
    void clickSignIn() const
    {
        QTest::mouseClick(m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<ClientFixture> m_f;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
    m_f->client.clearCredentials();
    m_dialog = std::make_unique<SignInDialog>(m_f->api);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_f.reset();
}

void TestSignInDialog::signsInAndCloses()
{
    QTest::keyClicks(field("serverEdit"), m_f->server.baseUrl().toString());
    QTest::keyClicks(field("usernameEdit"), u"admin"_s);
    QTest::keyClicks(field("passwordEdit"), u"admin-Pa55word!"_s);
    clickSignIn();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->user().name, u"admin"_s);
    QCOMPARE(m_dialog->user().role, u"admin"_s);
    QCOMPARE(m_dialog->profile().username, u"admin"_s);
    QCOMPARE(m_dialog->password().toString(), u"admin-Pa55word!"_s);
}

void TestSignInDialog::wrongPasswordKeepsTheDialogAndWhatWasTyped()
{
    const QString server = m_f->server.baseUrl().toString();
    field("serverEdit")->setText(server);
    field("usernameEdit")->setText(u"admin"_s);
    field("passwordEdit")->setText(u"wrong"_s);
    clickSignIn();
    QTRY_VERIFY(message()->text().contains(u"did not accept the user name or password"_s));
    QTRY_VERIFY(field("passwordEdit")->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // not accepted: still open
    QCOMPARE(field("serverEdit")->text(), server);
    QCOMPARE(field("usernameEdit")->text(), u"admin"_s);
    QCOMPARE(field("passwordEdit")->text(), u"wrong"_s);
    QCOMPARE(message()->textFormat(), Qt::PlainText);
    QVERIFY(field("passwordEdit")->hasFocus());
}

void TestSignInDialog::credentialsInTheAddressMoveIntoTheirFields()
{
    // The `sky api login` form, percent-encoded as that CLI requires.
    QUrl withCredentials = m_f->server.baseUrl();
    withCredentials.setUserName(u"admin"_s);
    withCredentials.setPassword(u"admin-Pa55word!"_s);
    m_dialog->setServer(withCredentials);
    QCOMPARE(field("serverEdit")->text(), m_f->server.baseUrl().toString());
    QCOMPARE(field("usernameEdit")->text(), u"admin"_s);
    QCOMPARE(field("passwordEdit")->text(), u"admin-Pa55word!"_s);
    clickSignIn();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));

    QString user;
    QString password;
    const QUrl clean = SignInDialog::splitCredentials(QUrl(u"http://al%3Aice:p%40ss%3Aword@127.0.0.1:46580"_s), &user,
                                                      &password);
    QCOMPARE(clean, QUrl(u"http://127.0.0.1:46580"_s));
    QCOMPARE(user, u"al:ice"_s);
    QCOMPARE(password, u"p@ss:word"_s);
}

void TestSignInDialog::colonInUserNameIsRefusedBeforeSending()
{
    field("serverEdit")->setText(m_f->server.baseUrl().toString());
    field("usernameEdit")->setText(u"ad:min"_s);
    field("passwordEdit")->setText(u"x"_s);
    clickSignIn();
    QVERIFY(message()->text().contains(u"cannot contain"_s));
    QTest::qWait(50);
    QCOMPARE(m_f->server.requests().size(), 0);
}

void TestSignInDialog::showPasswordTogglesEchoMode()
{
    QCOMPARE(field("passwordEdit")->echoMode(), QLineEdit::Password);
    m_dialog->findChild<QCheckBox *>(u"showPasswordCheck"_s)->setChecked(true);
    QCOMPARE(field("passwordEdit")->echoMode(), QLineEdit::Normal);
}

void TestSignInDialog::longPasswordsArePastedAndSentExactly()
{
    // Item 24: 256 characters with spaces at both ends, pasted, not trimmed or truncated.
    const QString password = u" "_s + QString(127, u'\u00e9') + QString(127, u'x') + u" "_s;
    m_f->server.addUser(u"paula"_s, password, u"user"_s);
    field("serverEdit")->setText(m_f->server.baseUrl().toString());
    field("usernameEdit")->setText(u"paula"_s);
    field("passwordEdit")->setText(password);
    QCOMPARE(field("passwordEdit")->text().size(), 256);
    clickSignIn();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->password().toString(), password);
}

void TestSignInDialog::plainHttpToAnotherHostNeedsTheTypedHostName()
{
    // Item 1: refused before sending; allowed only after typing the host name. ".invalid" never resolves,
    // so nothing leaves the computer even once allowed.
    field("serverEdit")->setText(u"http://skyusers-test.invalid:46580"_s);
    field("usernameEdit")->setText(u"admin"_s);
    field("passwordEdit")->setText(u"pw"_s);
    clickSignIn();
    QTRY_VERIFY(m_dialog->findChild<QWidget *>(u"insecurePanel"_s)->isVisible());
    QVERIFY(message()->text().contains(u"not encrypted"_s));
    auto *allow = m_dialog->findChild<QPushButton *>(u"allowInsecureButton"_s);
    QVERIFY(!allow->isEnabled());
    QTest::keyClicks(field("confirmHostEdit"), u"skyusers-test.invali"_s);
    QVERIFY(!allow->isEnabled());
    QTest::keyClicks(field("confirmHostEdit"), u"d"_s);
    QVERIFY(allow->isEnabled());
    QTest::mouseClick(allow, Qt::LeftButton);
    QTRY_VERIFY(message()->text().contains(u"could not be found"_s));
    QVERIFY(m_dialog->profile().insecureHttpAllowed);
}

void TestSignInDialog::untrustedCertificateIsShownAndCanBeTrusted()
{
    QTemporaryDir dir;
    const SelfSignedCertificate made = SelfSignedCertificate::make(dir, u"server"_s);
    QVERIFY(!made.certificate.isNull());
    FakeSkyPilotServer tls(u"admin"_s, u"admin-Pa55word!"_s);
    tls.sslSetup(made.certificate, made.key);
    QVERIFY(tls.start());
    field("serverEdit")->setText(tls.baseUrl().toString());
    field("usernameEdit")->setText(u"admin"_s);
    field("passwordEdit")->setText(u"admin-Pa55word!"_s);
    clickSignIn();
    auto *panel = m_dialog->findChild<QWidget *>(u"certificatePanel"_s);
    QTRY_VERIFY(panel->isVisible());
    const QString details = m_dialog->findChild<QLabel *>(u"certificateLabel"_s)->text();
    QVERIFY2(details.contains(u"SkyUsers tests"_s), qPrintable(details));
    QVERIFY(details.contains(
            QString::fromLatin1(made.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper())));
    QCOMPARE(tls.requests().size(), 0);
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"trustCertificateButton"_s)->isDefault());

    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"trustCertificateButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->profile().pinnedCertificateSha256, made.certificate.digest(QCryptographicHash::Sha256));
}

void TestSignInDialog::rendersAScreenshot()
{
    // The picture in the README comes from here (SKYUSERS_SCREENSHOT_DIR set); the test checks it renders.
    m_dialog->setProfile([this] {
        ServerProfile p;
        p.url = m_f->server.baseUrl();
        p.username = u"admin"_s;
        return p;
    }());
    field("passwordEdit")->setText(u"wrong"_s);
    clickSignIn();
    QTRY_VERIFY(message()->text().contains(u"did not accept"_s));
    const QPixmap picture = m_dialog->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= m_dialog->minimumSizeHint().width());
    const QString dir = qEnvironmentVariable("SKYUSERS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(picture.save(dir + u"/signin.png"_s));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
