// SPDX-License-Identifier: MIT
// The sign-in dialog driven offscreen against the real SkyPilot 0.14.1 server (tools/skypilot-stack):
// through nginx over http, the `user:pass@` address form, a wrong password, the server's own port
// (where it trusts every local connection), and https with the stack's self-signed certificate.
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "signindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignInDialogReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signsInThroughTheProxy();
    void acceptsTheAddressWithCredentials();
    void wrongPasswordStaysInTheDialog();
    void serversOwnPortIsExplained();
    void selfSignedHttpsCanBeTrusted();

private:
    QLineEdit *field(const char *name) const { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    QString message() const { return m_dialog->findChild<QLabel *>(u"messageLabel"_s)->text(); }
    void signIn(const QString &server, const QString &password)
    {
        field("serverEdit")->setText(server);
        field("usernameEdit")->setText(m_admin);
        field("passwordEdit")->setText(password);
        QTest::mouseClick(m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QString m_admin;
    QString m_password;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SkyPilotApi> m_api;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialogReal::initTestCase()
{
    m_admin = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER");
    m_password = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD");
    QVERIFY2(!m_admin.isEmpty(), "run through ctest: the real_stack fixture provides the server");
}

void TestSignInDialogReal::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_api = std::make_unique<SkyPilotApi>(*m_client);
    m_dialog = std::make_unique<SignInDialog>(*m_api);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialogReal::cleanup()
{
    m_dialog.reset();
    m_api.reset();
    m_client.reset();
    m_network.reset();
}

void TestSignInDialogReal::signsInThroughTheProxy()
{
    signIn(qEnvironmentVariable("SKYPILOT_STACK_URL"), m_password);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
    QCOMPARE(m_dialog->user().name, m_admin);
    QCOMPARE(m_dialog->user().role, u"admin"_s);
    QVERIFY(!m_dialog->windowTitle().contains(m_password));
}

void TestSignInDialogReal::acceptsTheAddressWithCredentials()
{
    QUrl url(qEnvironmentVariable("SKYPILOT_STACK_URL"));
    url.setUserName(m_admin);
    url.setPassword(m_password);
    m_dialog->setServer(url);
    QCOMPARE(field("serverEdit")->text(), qEnvironmentVariable("SKYPILOT_STACK_URL"));
    QTest::mouseClick(m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
}

void TestSignInDialogReal::wrongPasswordStaysInTheDialog()
{
    signIn(qEnvironmentVariable("SKYPILOT_STACK_URL"), u"certainly-wrong"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message().contains(u"did not accept the user name or password"_s), 30000);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(field("usernameEdit")->text(), m_admin);
}

void TestSignInDialogReal::serversOwnPortIsExplained()
{
    signIn(qEnvironmentVariable("SKYPILOT_STACK_DIRECT_URL"), m_password);
    QTRY_VERIFY_WITH_TIMEOUT(message().contains(u"without a password"_s), 30000);
    QVERIFY(m_dialog->isVisible());
}

void TestSignInDialogReal::selfSignedHttpsCanBeTrusted()
{
    signIn(qEnvironmentVariable("SKYPILOT_STACK_HTTPS_URL"), m_password);
    QWidget *panel = m_dialog->findChild<QWidget *>(u"certificatePanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 30000);
    QVERIFY(m_dialog->findChild<QLabel *>(u"certificateLabel"_s)->text().contains(u"127.0.0.1"_s));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"trustCertificateButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
    QCOMPARE(m_dialog->profile().url.scheme(), u"https"_s);
}

QTEST_MAIN(TestSignInDialogReal)
#include "tst_signindialogreal.moc"
