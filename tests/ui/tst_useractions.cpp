// SPDX-License-Identifier: MIT
// Every user action through the main window against the double: create, reset and change passwords,
// delete with its confirmation, and bulk role changes and deletes with progress, Cancel and the
// outcome per user (issue 5 §4-§7).
#include "bulkresultdialog.h"
#include "createuserdialog.h"
#include "deleteconfirmdialog.h"
#include "domain/role.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "models/userfilterproxymodel.h"
#include "passworddialog.h"
#include "userspanel.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestUserActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createUserSelectsTheNewUser();
    void adminResetsAnotherUsersPassword();
    void userChangesOwnPasswordAndKeepsWorking();
    void deleteAsksThenDeletes();
    void deletingYourselfNeedsYourName();
    void bulkDeleteReportsEachUserAndKeepsTheFailedSelected();
    void bulkDeleteCanBeCancelled();
    void bulkRoleChangeReportsTheRefusedDemotion();
    void signingInAgainAfterA401BringsTheSelectionBack();
    void csvDroppedOnTheWindowIsImportedAfterThePreview();
    void demotingYourselfInABulkChangeAsksFirst();
    void exportScopesAreTheWindowsUsersFilterAndSelection_data();
    void exportScopesAreTheWindowsUsersFilterAndSelection();

private:
    QAction *action(const char *name) const { return m_f->window.findChild<QAction *>(QString::fromLatin1(name)); }
    template<typename Dialog>
    Dialog *waitForDialog() const
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_f->window.findChild<Dialog *>()) && dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }
    static void setNewPassword(QWidget *dialog, const QString &password)
    {
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
        dialog->findChild<QLineEdit *>(u"confirmEdit"_s)->setText(password);
    }
    static void clickOk(QWidget *dialog)
    {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        ok->click();
    }
    bool authenticates(const QString &name, const QString &password) const;
    QStringList selectedNames() const;

    std::unique_ptr<WindowFixture> m_f;
    QString m_bob;
    QString m_carol;
    QString m_dave;
};

void TestUserActions::init()
{
    m_f = std::make_unique<WindowFixture>();
    QVERIFY(m_f->start());
    m_bob = m_f->server.addUser(u"bob"_s, u"bob-Pa55word!"_s, Role::User);
    m_carol = m_f->server.addUser(u"carol"_s, u"carol-Pa55word!"_s, Role::Viewer);
    m_dave = m_f->server.addUser(u"dave"_s, u"dave-Pa55word!"_s, Role::Admin);
    m_f->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_f->window));
}

void TestUserActions::cleanup()
{
    m_f.reset();
}

bool TestUserActions::authenticates(const QString &name, const QString &password) const
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(m_f->server.baseUrl());
    client.setCredentials(Credentials{name, Secret::fromString(password)});
    SkyPilotApi api(client);
    std::optional<bool> ok;
    QObject context;
    api.currentUser().onFinished(&context, [&ok](Result<CurrentUser> result) { ok = result.ok(); });
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, 10000) && *ok;
}

QStringList TestUserActions::selectedNames() const
{
    QStringList names;
    for (const User &user : m_f->window.usersPanel().selectedUsers())
        names << user.name;
    return names;
}

void TestUserActions::createUserSelectsTheNewUser()
{
    QVERIFY(m_f->signInAsAdmin());
    action("actionNewUser")->trigger();
    auto *dialog = waitForDialog<CreateUserDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"frank"_s);
    setNewPassword(dialog, u"frank-Pa55word!"_s);
    auto *role = dialog->findChild<QComboBox *>(u"roleCombo"_s);
    role->setCurrentIndex(role->findData(Role::Viewer));
    clickOk(dialog);
    QTRY_COMPARE(selectedNames(), QStringList{u"frank"_s});
    QVERIFY(authenticates(u"frank"_s, u"frank-Pa55word!"_s));
    QCOMPARE(m_f->window.usersPanel().selectedUsers().front().role, Role::Viewer);
}

void TestUserActions::adminResetsAnotherUsersPassword()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob});
    action("actionResetPassword")->trigger();
    auto *dialog = waitForDialog<PasswordDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), PasswordDialog::Mode::ResetOther);
    QCOMPARE(dialog->userId(), m_bob);
    setNewPassword(dialog, u"bob-New-Pa55word!"_s);
    const QPointer<PasswordDialog> guard(dialog); // deletes itself when closed
    clickOk(dialog);
    QTRY_VERIFY(!guard);
    QVERIFY(authenticates(u"bob"_s, u"bob-New-Pa55word!"_s));
    QVERIFY(!authenticates(u"bob"_s, u"bob-Pa55word!"_s));
}

void TestUserActions::userChangesOwnPasswordAndKeepsWorking()
{
    QVERIFY(m_f->signInAs(u"bob"_s, u"bob-Pa55word!"_s, Role::User));
    QSignalSpy asked(&m_f->session, &Session::credentialsNeeded);
    action("actionChangeMyPassword")->trigger();
    auto *dialog = waitForDialog<PasswordDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), PasswordDialog::Mode::ChangeOwn);
    setNewPassword(dialog, u"bob-Changed-Pa55!"_s);
    const QPointer<PasswordDialog> guard(dialog); // deletes itself when closed
    clickOk(dialog);
    QTRY_VERIFY(!guard);
    QVERIFY(authenticates(u"bob"_s, u"bob-Changed-Pa55!"_s));
    // The session now signs its requests with the new password: a refresh goes through.
    QSignalSpy refreshed(&m_f->directory, &UserDirectory::refreshed);
    action("actionRefresh")->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(asked.size(), 0);
}

void TestUserActions::deleteAsksThenDeletes()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_carol});
    action("actionDeleteUsers")->trigger();
    auto *dialog = waitForDialog<DeleteConfirmDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->userIds(), QStringList{m_carol});
    // Nothing is sent before the confirmation.
    QVERIFY(m_f->server.user(m_carol).has_value());
    dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
    QTRY_VERIFY(!m_f->server.user(m_carol).has_value());
    QTRY_COMPARE(m_f->model.rowOf(m_carol), -1);
}

void TestUserActions::deletingYourselfNeedsYourName()
{
    QVERIFY(m_f->signInAsAdmin());
    const QString me = m_f->session.user().id;
    m_f->window.usersPanel().selectUsers({me});
    action("actionDeleteUsers")->trigger();
    auto *dialog = waitForDialog<DeleteConfirmDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->includesCurrentUser());
    QPushButton *remove = dialog->findChild<QPushButton *>(u"deleteButton"_s);
    QVERIFY(!remove->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmEdit"_s), dialog->requiredConfirmation());
    QVERIFY(remove->isEnabled());
    dialog->reject();
    QVERIFY(m_f->server.user(me).has_value());
}

void TestUserActions::bulkDeleteReportsEachUserAndKeepsTheFailedSelected()
{
    m_f->server.setActiveResources(m_dave, {u"gpu-box"_s}, {});
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob, m_carol, m_dave});
    action("actionDeleteUsers")->trigger();
    auto *dialog = waitForDialog<DeleteConfirmDialog>();
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
    auto *result = waitForDialog<BulkResultDialog>();
    QVERIFY(result);
    QVERIFY(!m_f->server.user(m_bob).has_value());
    QVERIFY(!m_f->server.user(m_carol).has_value());
    QVERIFY(m_f->server.user(m_dave).has_value());
    const QString report = result->reportText();
    QVERIFY2(report.startsWith(u"dave\t"_s), qPrintable(report)); // failures first
    QVERIFY2(report.contains(u"gpu-box"_s), qPrintable(report));
    QVERIFY(report.contains(u"bob"_s) && report.contains(u"carol"_s)); // every user, not just counts
    QTRY_COMPARE(selectedNames(), QStringList{u"dave"_s});
}

void TestUserActions::bulkDeleteCanBeCancelled()
{
    QStringList ids;
    for (int i = 1; i <= 12; ++i)
        ids << m_f->server.addUser(u"temp%1"_s.arg(i, 2, 10, QChar(u'0')), u"Temp-Pa55word!"_s, Role::User);
    QVERIFY(m_f->signInAsAdmin());
    // Each answer trickles in over about a second, so Cancel comes while the first ones are in flight.
    m_f->server.setFault(u"/users/delete"_s, FakeFault::slowDrip(8, 40));
    m_f->window.usersPanel().selectUsers(ids);
    action("actionDeleteUsers")->trigger();
    auto *dialog = waitForDialog<DeleteConfirmDialog>();
    QVERIFY(dialog);
    if (!dialog->requiredConfirmation().isEmpty())
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmEdit"_s), dialog->requiredConfirmation());
    dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
    auto *progress = waitForDialog<QProgressDialog>();
    QVERIFY(progress);
    QVERIFY(!m_f->window.close()); // asks first while the deletes run
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!cancel->isEnabled()); // it stops after the requests already sent, and says so
    QVERIFY(progress->labelText().contains(u"Stopping"_s));
    auto *result = waitForDialog<BulkResultDialog>();
    QVERIFY(result);
    int remaining = 0;
    for (const QString &id : std::as_const(ids))
        remaining += m_f->server.user(id).has_value() ? 1 : 0;
    QVERIFY2(remaining > 0 && remaining < ids.size(), qPrintable(QString::number(remaining)));
    QVERIFY(result->reportText().contains(u"Not sent"_s));
}

void TestUserActions::bulkRoleChangeReportsTheRefusedDemotion()
{
    m_f->server.addDemotionBlocker(m_dave, u"private-ws"_s, {u"gpu-box"_s}, {});
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob, m_carol, m_dave});
    action("actionRoleViewer")->trigger();
    auto *result = waitForDialog<BulkResultDialog>();
    QVERIFY(result);
    QCOMPARE(m_f->server.roleOf(m_bob), Role::Viewer);
    QCOMPARE(m_f->server.roleOf(m_carol), Role::Viewer);
    QCOMPARE(m_f->server.roleOf(m_dave), Role::Admin);
    QVERIFY2(result->reportText().contains(u"gpu-box"_s), qPrintable(result->reportText()));
    QTRY_COMPARE(selectedNames(), QStringList{u"dave"_s});
}

void TestUserActions::signingInAgainAfterA401BringsTheSelectionBack()
{
    QVERIFY(m_f->signInAsAdmin());
    m_f->window.usersPanel().selectUsers({m_bob, m_carol});
    QSignalSpy asked(&m_f->session, &Session::credentialsNeeded);
    // The password is changed elsewhere: the next call gets a 401 and the session asks again.
    {
        QNetworkAccessManager network;
        ApiClient other(&network);
        other.setServerUrl(m_f->server.baseUrl());
        other.setCredentials(Credentials{QString::fromLatin1(WindowFixture::AdminName),
                                         Secret::fromString(QString::fromLatin1(WindowFixture::AdminPassword))});
        std::optional<bool> changed;
        QObject context;
        SkyPilotApi(other)
                .updatePassword(m_f->session.user().id, Secret::fromString(u"changed-Pa55word!"_s))
                .onFinished(&context, [&changed](Result<Done> result) { changed = result.ok(); });
        QTRY_VERIFY(changed.has_value());
        QVERIFY(*changed);
    }
    action("actionRefresh")->trigger();
    QVERIFY(asked.wait(10000));
    QCOMPARE(m_f->model.rowCount(), 0); // nothing shown that was not just confirmed by the server
    QVERIFY(m_f->signInAs(QString::fromLatin1(WindowFixture::AdminName), u"changed-Pa55word!"_s, Role::Admin));
    QTRY_COMPARE(selectedNames(), (QStringList{u"bob"_s, u"carol"_s}));
}

void TestUserActions::csvDroppedOnTheWindowIsImportedAfterThePreview()
{
    QVERIFY(m_f->signInAsAdmin());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,password,role\r\nfrank,frank-Pa55word!,user\r\ngina,\"gi,na-Pa55\",viewer\r\nbob,x-Pa55word!,"
               "user\r\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&m_f->window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&m_f->window, &drop);
    auto *dialog = waitForDialog<ImportDialog>();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QCheckBox *>(u"confirmCheck"_s);
    QTRY_VERIFY(confirm->isEnabled());
    confirm->click();
    QPushButton *import = nullptr;
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == u"&Import"_s)
            import = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(import && import->isEnabled());
    import->click();
    auto *result = waitForDialog<ImportResultDialog>();
    QVERIFY(result);
    QVERIFY(authenticates(u"frank"_s, u"frank-Pa55word!"_s));
    // A password with a comma cannot travel through the server's CSV: it was created one by one.
    QVERIFY(authenticates(u"gina"_s, u"gi,na-Pa55"_s));
    QVERIFY(authenticates(u"bob"_s, u"bob-Pa55word!"_s)); // existing user untouched
    QTRY_VERIFY(m_f->model.rowOf(m_f->server.users().constLast().id) >= 0); // the table was read again
}

void TestUserActions::demotingYourselfInABulkChangeAsksFirst()
{
    QVERIFY(m_f->signInAsAdmin());
    const QString me = m_f->session.user().id;
    m_f->window.usersPanel().selectUsers({me, m_bob});
    m_f->server.clearRequests();
    action("actionRoleViewer")->trigger();
    auto *box = waitForDialog<QMessageBox>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"your own admin role"_s), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(m_f->server.requestCount(u"/users/batch_update"_s), 0);
    QCOMPARE(m_f->server.roleOf(me), Role::Admin);
    QCOMPARE(m_f->server.roleOf(m_bob), Role::User);
}

void TestUserActions::exportScopesAreTheWindowsUsersFilterAndSelection_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("names");
    // The filter "ar" shows carol only; bob and dave are selected; all ignores the filter.
    QTest::newRow("filter") << u"ar"_s << u"scopeFilterRadio"_s << QStringList{u"carol"_s};
    QTest::newRow("selection") << QString() << u"scopeSelectionRadio"_s << QStringList{u"bob"_s, u"dave"_s};
    QTest::newRow("all") << u"ar"_s << u"scopeAllRadio"_s << QStringList{u"bob"_s, u"carol"_s, u"dave"_s};
}

void TestUserActions::exportScopesAreTheWindowsUsersFilterAndSelection()
{
    QFETCH(QString, filter);
    QFETCH(QString, scope);
    QFETCH(QStringList, names);
    QVERIFY(m_f->signInAsAdmin());
    QTRY_VERIFY(m_f->model.rowOf(m_dave) >= 0);
    m_f->window.usersPanel().selectUsers({m_bob, m_dave});
    if (!filter.isEmpty()) { // hides the selected rows too
        m_f->window.findChild<QLineEdit *>(u"filterEdit"_s)->setText(filter);
        QTRY_COMPARE(m_f->window.usersPanel().proxy().rowCount(), 1);
    }
    QVERIFY(m_f->window.findChild<ExportDialog *>() == nullptr);
    action("actionExportUsers")->trigger();
    auto *dialog = waitForDialog<ExportDialog>();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(u"spreadsheetRadio"_s)->click();
    auto *scopeRadio = dialog->findChild<QRadioButton *>(scope);
    QVERIFY(scopeRadio->isEnabled());
    scopeRadio->click();
    QVERIFY(scopeRadio->isChecked());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.csv"_s);
    dialog->setPath(path);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->findChild<QPushButton *>(u"exportButton"_s)->click();
    QTRY_COMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList listed;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QString name = QString::fromUtf8(line.left(line.indexOf(',')));
        if (!name.isEmpty() && name != QString::fromLatin1(WindowFixture::AdminName))
            listed << name;
    }
    listed.sort();
    if (scope == u"scopeAllRadio"_s) // the table also lists the signed-in admin and the server's own users
        QVERIFY(listed.size() >= names.size());
    for (const QString &name : std::as_const(names))
        QVERIFY2(listed.contains(name), qPrintable(listed.join(u' ')));
    if (scope != u"scopeAllRadio"_s)
        QCOMPARE(listed, names);
}

QTEST_MAIN(TestUserActions)
#include "tst_useractions.moc"
