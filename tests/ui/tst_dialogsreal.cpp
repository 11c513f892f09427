// SPDX-License-Identifier: MIT
// The create-user and password dialogs driven offscreen against the real SkyPilot 0.14.1 server
// (tools/skypilot-stack, through nginx): create a viewer, see a duplicate refused, reset its password,
// and sign in as it with the new password.
#include "../core/awaitreply.h"
#include "createuserdialog.h"
#include "domain/role.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "passworddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestDialogsReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAViewerAndRefusesADuplicate();
    void resetsItsPasswordWhichThenSignsIn();
    void viewerCannotChangeOwnPassword();

private:
    static void typeInto(QDialog &dialog, const char *name, const QString &text)
    {
        // insert() is what a paste does; QTest::keyClicks cannot type non-ASCII.
        dialog.findChild<QLineEdit *>(QLatin1String(name))->insert(text);
    }
    static void clickOk(QDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    static QString message(QDialog &dialog) { return dialog.findChild<QLabel *>(u"messageLabel"_s)->text(); }
    std::unique_ptr<CreateUserDialog> createDialog(const QString &password);
    Result<CurrentUser> signInAs(const QString &name, const QString &password);

    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    SkyPilotApi m_api{m_client};
    QString m_name;
    QString m_id;
};

void TestDialogsReal::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SKYPILOT_STACK_URL") && qEnvironmentVariableIsSet("SKYPILOT_STACK_ADMIN_USER"),
             "run through ctest: the real_stack fixture provides the server");
    m_client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    m_client.setCredentials(Credentials{qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER"),
                                        Secret::fromString(qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD"))});
    m_name = u"dlg%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
}

void TestDialogsReal::cleanupTestCase()
{
    if (!m_id.isEmpty())
        QVERIFY(awaitReply(m_api.deleteUser(m_id), 30000).ok());
}

std::unique_ptr<CreateUserDialog> TestDialogsReal::createDialog(const QString &password)
{
    auto dialog = std::make_unique<CreateUserDialog>(m_api);
    dialog->show();
    typeInto(*dialog, "usernameEdit", m_name);
    typeInto(*dialog, "passwordEdit", password);
    typeInto(*dialog, "confirmEdit", password);
    auto *role = dialog->findChild<QComboBox *>(u"roleCombo"_s);
    role->setCurrentIndex(role->findData(Role::Viewer));
    return dialog;
}

Result<CurrentUser> TestDialogsReal::signInAs(const QString &name, const QString &password)
{
    ApiClient client(&m_network);
    client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    client.setCredentials(Credentials{name, Secret::fromString(password)});
    return awaitReply(SkyPilotApi(client).currentUser(), 30000);
}

void TestDialogsReal::createsAViewerAndRefusesADuplicate()
{
    auto dialog = createDialog(u"first-Pa55 word"_s);
    clickOk(*dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 30000);
    QCOMPARE(dialog->createdUsername(), m_name);
    QCOMPARE(dialog->createdRole(), Role::Viewer);
    const auto users = awaitReply(m_api.listUsers(), 30000);
    QVERIFY2(users.ok(), describe(users.error));
    const auto it
            = std::find_if(users.value->cbegin(), users.value->cend(), [&](const User &u) { return u.name == m_name; });
    QVERIFY(it != users.value->cend());
    m_id = it->id;
    QCOMPARE(it->role, Role::Viewer);

    auto again = createDialog(u"other"_s);
    clickOk(*again);
    QTRY_VERIFY_WITH_TIMEOUT(message(*again).contains(u"User '%1' already exists"_s.arg(m_name)), 30000);
    QVERIFY(again->isVisible());
    QCOMPARE(again->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), m_name);
}

void TestDialogsReal::resetsItsPasswordWhichThenSignsIn()
{
    QVERIFY(!m_id.isEmpty());
    PasswordDialog dialog(m_api, PasswordDialog::Mode::ResetOther, m_id, m_name);
    dialog.show();
    typeInto(dialog, "passwordEdit", u"second-P\u00e4ss: word"_s);
    typeInto(dialog, "confirmEdit", u"second-P\u00e4ss: word"_s);
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    const auto me = signInAs(m_name, u"second-P\u00e4ss: word"_s);
    QVERIFY2(me.ok(), describe(me.error));
    QCOMPARE(me.value->name, m_name);
    QCOMPARE(me.value->role, Role::Viewer);
    QCOMPARE(signInAs(m_name, u"first-Pa55 word"_s).error.kind, ApiError::Kind::AuthRejected);
}

void TestDialogsReal::viewerCannotChangeOwnPassword()
{
    QVERIFY(!m_id.isEmpty());
    ApiClient client(&m_network);
    client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    client.setCredentials(Credentials{m_name, Secret::fromString(u"second-P\u00e4ss: word"_s)});
    SkyPilotApi api(client);
    PasswordDialog dialog(api, PasswordDialog::Mode::ChangeOwn, m_id, m_name);
    dialog.show();
    typeInto(dialog, "passwordEdit", u"third-pass"_s);
    typeInto(dialog, "confirmEdit", u"third-pass"_s);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(message(dialog).contains(u"Forbidden"_s), 30000);
    QVERIFY(dialog.isVisible());
    QVERIFY(signInAs(m_name, u"second-P\u00e4ss: word"_s).ok());
}

QTEST_MAIN(TestDialogsReal)
#include "tst_dialogsreal.moc"
