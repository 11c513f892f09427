// SPDX-License-Identifier: MIT
// Backup and restore against the real SkyPilot 0.14.1 server (tools/skypilot-stack, through nginx): the
// export dialog writes a backup, two users are deleted, ImportRunner sends the backup back, and both
// users return and sign in with their original passwords because their hashes travelled verbatim
// (security checklist item 79).
#include "../core/awaitreply.h"
#include "exportdialog.h"
#include "import/importrunner.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestImportExportReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backupRestoresDeletedUsersWithTheirPasswords();

private:
    Result<CurrentUser> signInAs(const QString &name, const QString &password);
    QString idOf(const QString &name);

    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    SkyPilotApi m_api{m_client};
    QStringList m_names;
    QStringList m_passwords;
};

void TestImportExportReal::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SKYPILOT_STACK_URL") && qEnvironmentVariableIsSet("SKYPILOT_STACK_ADMIN_USER"),
             "run through ctest: the real_stack fixture provides the server");
    m_client.setServerUrl(QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL")));
    m_client.setCredentials(Credentials{qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER"),
                                        Secret::fromString(qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD"))});
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

Result<CurrentUser> TestImportExportReal::signInAs(const QString &name, const QString &password)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(m_client.serverUrl());
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

void TestImportExportReal::backupRestoresDeletedUsersWithTheirPasswords()
{
    for (int i = 0; i < 2; ++i) {
        const Result<Done> created = awaitReply(
                m_api.createUser(m_names[i], Secret::fromString(m_passwords[i]), i == 0 ? u"user"_s : u"viewer"_s),
                60000);
        QVERIFY2(created.ok(), describe(created.error).constData());
    }

    // Export through the dialog, as a person would.
    const Result<QList<User>> all = awaitReply(m_api.listUsers(), 30000);
    QVERIFY(all.ok());
    ExportDialog dialog(m_api, *all.value, *all.value, {});
    dialog.show();
    dialog.findChild<QRadioButton *>(u"backupRadio"_s)->click();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"backup.csv"_s);
    dialog.setPath(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY2(exported.wait(60000), qPrintable(dialog.message()));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);

    for (const QString &name : std::as_const(m_names)) {
        const QString id = idOf(name);
        QVERIFY(!id.isEmpty());
        QVERIFY(awaitReply(m_api.deleteUser(id), 30000).ok());
    }

    // Every row of the backup that carries a hash goes back; the rest of the server answers AlreadyExisted.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<ImportRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        if (cells.size() != 3 || cells[1].isEmpty())
            continue;
        rows << ImportRow{int(i + 1), cells[0], cells[1], true, cells[2], ImportRow::Route::BatchImport};
    }
    QVERIFY(rows.size() >= 2);
    ImportRunner runner(m_api, rows);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start();
    QVERIFY(finished.wait(300000));
    for (const ImportRowOutcome &outcome : runner.outcomes()) {
        const bool ours = m_names.contains(outcome.username);
        QVERIFY2(outcome.status
                         == (ours ? ImportRowOutcome::Status::Created : ImportRowOutcome::Status::AlreadyExisted),
                 qPrintable(outcome.username + u": "_s + outcome.reason));
    }

    for (int i = 0; i < 2; ++i) {
        const Result<CurrentUser> me = signInAs(m_names[i], m_passwords[i]);
        QVERIFY2(me.ok(), describe(me.error).constData());
        QCOMPARE(me.value->name, m_names[i]);
        QCOMPARE(me.value->role, i == 0 ? u"user"_s : u"viewer"_s);
    }
}

QTEST_MAIN(TestImportExportReal)
#include "tst_importexportreal.moc"
