// SPDX-License-Identifier: MIT
// Backup and restore against the real SkyPilot 0.14.1 server (tools/skypilot-stack, through nginx): the
// export dialog writes a backup, two users are deleted, the import dialog previews the backup and the
// import flow sends it back, and both users return and sign in with their original passwords because
// their hashes travelled verbatim (security checklist item 79).
#include "../core/awaitreply.h"
#include "exportdialog.h"
#include "i18n/languageloader.h"
#include "importdialog.h"
#include "importflow.h"
#include "importresultdialog.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestImportExportReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backupRestoresDeletedUsersWithTheirPasswords();
    void backupFillsAnEmptyServer();

private:
    Result<CurrentUser> signInAs(const QUrl &server, const QString &name, const QString &password);
    QString idOf(const QString &name);
    bool createMissingUsers();
    ImportResultDialog *importThroughTheDialogs(ImportFlow &flow, QWidget &window, const QString &path,
                                                const QList<User> &onServer, QString *confirmation);
    /// Exports every user of the first server through the dialog; "" on failure (the test has failed).
    QString exportBackup(const QTemporaryDir &dir);

    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    SkyPilotApi m_api{m_client};
    // A second real server, started empty for this test (the empty_stack fixture).
    QNetworkAccessManager m_emptyNetwork;
    ApiClient m_emptyClient{&m_emptyNetwork};
    SkyPilotApi m_emptyApi{m_emptyClient};
    QStringList m_names;
    QStringList m_passwords;
    // The counts in the confirmation read "1 user" through the English catalogue, as in the app.
    LanguageLoader m_english;
};

void TestImportExportReal::initTestCase()
{
    m_english.install(QLocale(QLocale::English));
    QVERIFY2(qEnvironmentVariableIsSet("SKYPILOT_STACK_URL") && qEnvironmentVariableIsSet("SKYPILOT_STACK_ADMIN_USER"),
             "run through ctest: the real_stack fixture provides the server");
    m_client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    m_client.setCredentials(Credentials{qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER"),
                                        Secret::fromString(qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD"))});
    QVERIFY2(qEnvironmentVariableIsSet("SKYPILOT_EMPTY_STACK_URL"),
             "run through ctest: the empty_stack fixture provides the second server");
    m_emptyClient.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_EMPTY_STACK_URL")));
    m_emptyClient.setCredentials(
            Credentials{qEnvironmentVariable("SKYPILOT_EMPTY_STACK_ADMIN_USER"),
                        Secret::fromString(qEnvironmentVariable("SKYPILOT_EMPTY_STACK_ADMIN_PASSWORD"))});
    const quint32 tag = QRandomGenerator::global()->bounded(1000000);
    m_names = {u"bak%1a"_s.arg(tag), u"bak%1b"_s.arg(tag)};
    m_passwords = {u"Restore-me-%1!"_s.arg(tag), u"has,comma \"q\" %1"_s.arg(tag)};
}

void TestImportExportReal::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names)) {
        if (const QString id = idOf(name); !id.isEmpty())
            awaitReply(m_api.deleteUser(id), 30000);
    }
}

Result<CurrentUser> TestImportExportReal::signInAs(const QUrl &server, const QString &name, const QString &password)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(server);
    client.setCredentials(Credentials{name, Secret::fromString(password)});
    SkyPilotApi api(client);
    return awaitReply(api.currentUser(), 30000);
}

QString TestImportExportReal::idOf(const QString &name)
{
    const Result<QList<User>> users = awaitReply(m_api.listUsers(), 30000);
    if (!users.ok())
        return {};
    for (const User &user : *users.value) {
        if (user.name == name)
            return user.id;
    }
    return {};
}

QString TestImportExportReal::exportBackup(const QTemporaryDir &dir)
{
    // Through the dialog, as a person would.
    const Result<QList<User>> all = awaitReply(m_api.listUsers(), 30000);
    if (!all.ok())
        return {};
    ExportDialog dialog(m_api, *all.value, *all.value, {});
    dialog.show();
    dialog.findChild<QRadioButton *>(u"backupRadio"_s)->click();
    const QString path = dir.filePath(u"backup.csv"_s);
    dialog.setPath(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    if (!exported.wait(60000)) {
        qWarning("export failed: %s", qPrintable(dialog.message()));
        return {};
    }
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || (info.st_mode & 0777) != 0600) {
        qWarning("the backup is not a 0600 file");
        return {};
    }
    return path;
}

bool TestImportExportReal::createMissingUsers()
{
    for (int i = 0; i < 2; ++i) {
        if (!idOf(m_names[i]).isEmpty())
            continue;
        const Result<Done> created = awaitReply(
                m_api.createUser(m_names[i], Secret::fromString(m_passwords[i]), i == 0 ? u"user"_s : u"viewer"_s),
                60000);
        if (!created.ok()) {
            qWarning("creating %s failed: %s", qPrintable(m_names[i]), describe(created.error).constData());
            return false;
        }
    }
    return true;
}

ImportResultDialog *TestImportExportReal::importThroughTheDialogs(ImportFlow &flow, QWidget &window,
                                                                  const QString &path, const QList<User> &onServer,
                                                                  QString *confirmation)
{
    // As a person would: the preview, its confirmation, Import, then the result.
    flow.start(path, onServer);
    auto *preview = window.findChild<ImportDialog *>();
    auto *confirm = preview ? preview->findChild<QCheckBox *>(u"confirmCheck"_s) : nullptr;
    if (!confirm || !QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 30000)) {
        *confirmation = u"the preview never offered its confirmation"_s;
        return nullptr;
    }
    *confirmation = confirm->text();
    confirm->click();
    for (QAbstractButton *button : preview->findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == u"&Import"_s)
            button->click();
    }
    ImportResultDialog *result = nullptr;
    if (!QTest::qWaitFor([&] { return (result = window.findChild<ImportResultDialog *>()) && result->isVisible(); },
                         300000))
        *confirmation = u"no result after 5 minutes; the preview said: "_s + *confirmation;
    return result && result->isVisible() ? result : nullptr;
}

void TestImportExportReal::backupRestoresDeletedUsersWithTheirPasswords()
{
    QVERIFY(createMissingUsers());

    QTemporaryDir dir;
    const QString path = exportBackup(dir);
    QVERIFY(!path.isEmpty());

    for (const QString &name : std::as_const(m_names)) {
        const QString id = idOf(name);
        QVERIFY(!id.isEmpty());
        QVERIFY(awaitReply(m_api.deleteUser(id), 30000).ok());
    }

    // The backup goes back through the import dialog, as a person would restore it: the preview finds
    // everyone else on the server already, so only the two deleted users are sent, with their hashes.
    const Result<QList<User>> remaining = awaitReply(m_api.listUsers(), 30000);
    QVERIFY(remaining.ok());
    QWidget window;
    window.show();
    ImportFlow flow(m_api, &window);
    QString confirmation;
    ImportResultDialog *result = importThroughTheDialogs(flow, window, path, *remaining.value, &confirmation);
    QVERIFY2(result, qPrintable(confirmation));
    QVERIFY2(confirmation.contains(u"creates 1 user, 1 viewer"_s), qPrintable(confirmation));
    QCOMPARE(result->summary(), u"Created 2, already existed 0, failed 0, not sent 0."_s);
    const QAbstractItemModel *list = result->findChild<QTreeView *>(u"outcomeList"_s)->model();
    QStringList restored;
    for (int i = 0; i < list->rowCount(); ++i)
        restored << list->index(i, 1).data().toString();
    restored.sort();
    QCOMPARE(restored, m_names);

    for (int i = 0; i < 2; ++i) {
        const Result<CurrentUser> me = signInAs(m_client.serverUrl(), m_names[i], m_passwords[i]);
        QVERIFY2(me.ok(), describe(me.error).constData());
        QCOMPARE(me.value->name, m_names[i]);
        QCOMPARE(me.value->role, i == 0 ? u"user"_s : u"viewer"_s);
    }
}

void TestImportExportReal::backupFillsAnEmptyServer()
{
    // Everybody on the first server (the users above, its admin, whoever other tests left) moves to a
    // second server that has only its own admin; each user we know the password of then signs in there.
    QVERIFY(createMissingUsers());
    QTemporaryDir dir;
    const QString path = exportBackup(dir);
    QVERIFY(!path.isEmpty());

    const Result<QList<User>> before = awaitReply(m_emptyApi.listUsers(), 30000);
    QVERIFY2(before.ok(), describe(before.error).constData());
    QWidget window;
    window.show();
    ImportFlow flow(m_emptyApi, &window);
    QString confirmation;
    ImportResultDialog *result = importThroughTheDialogs(flow, window, path, *before.value, &confirmation);
    QVERIFY2(result, qPrintable(confirmation));
    QVERIFY2(confirmation.contains(u"admin"_s), qPrintable(confirmation)); // the first server's admin
    QVERIFY2(result->summary().contains(u"failed 0, not sent 0."_s), qPrintable(result->summary()));

    const QUrl empty = m_emptyClient.serverUrl();
    for (int i = 0; i < 2; ++i) {
        const Result<CurrentUser> me = signInAs(empty, m_names[i], m_passwords[i]);
        QVERIFY2(me.ok(), describe(me.error).constData());
        QCOMPARE(me.value->role, i == 0 ? u"user"_s : u"viewer"_s);
    }
    const Result<CurrentUser> admin = signInAs(empty, qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER"),
                                               qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD"));
    QVERIFY2(admin.ok(), describe(admin.error).constData());
    QCOMPARE(admin.value->role, u"admin"_s);
}

QTEST_MAIN(TestImportExportReal)
#include "tst_importexportreal.moc"
