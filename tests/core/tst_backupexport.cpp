// SPDX-License-Identifier: MIT
// BackupExport: the server's export written verbatim, 0600, atomically; names the format cannot carry
// are listed (security checklist items 74, 75, 78).
#include "awaitreply.h"
#include "clientfixture.h"
#include "export/backupexport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestBackupExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheServersExportVerbatimWithMode0600();
    void overwritingAWorldReadableFileLeavesItOwnerOnly();
    void unwritableTargetGivesAnErrorAndLeavesNoFile();
    void namesTheFormatCannotCarryAreListed();
    void weakHashesAreNamed();
    void defaultFileNameHasATimestamp();

private:
    static int modeOf(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    }
    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

void TestBackupExport::writesTheServersExportVerbatimWithMode0600()
{
    ClientFixture f;
    QVERIFY(f.start());
    f.server.addUser(u"alice"_s, u"alice-pw-1"_s, u"user"_s);
    f.server.addUser(u"bob"_s, u"bob-pw-22"_s, u"viewer"_s);
    const Result<ExportResult> exported = awaitReply(f.api.exportUsers());
    QVERIFY2(exported.ok(), describe(exported.error).constData());

    // umask 022 is the usual one under which QSaveFile alone would give 0644.
    const mode_t old = ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(BackupExport::defaultFileName());
    QString error;
    const bool ok = BackupExport::write(path, exported.value->csvContent, &error);
    ::umask(old);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(contentOf(path), exported.value->csvContent.toUtf8());
    QVERIFY(contentOf(path).contains("$2b$")); // it really is the backup with hashes
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
}

void TestBackupExport::overwritingAWorldReadableFileLeavesItOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"backup.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
    }
    QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(path), 0644);
    QString error;
    QVERIFY2(BackupExport::write(path, u"username,password,role\nx,$2b$12$h,user"_s, &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("username,password,role\nx,$2b$12$h,user"));
    QCOMPARE(modeOf(path), 0600);
}

void TestBackupExport::unwritableTargetGivesAnErrorAndLeavesNoFile()
{
    QTemporaryDir dir;
    // A folder that does not exist, and one nobody may create files in (not even root, unlike a chmod).
    for (const QString &path : {dir.filePath(u"missing/backup.csv"_s), u"/proc/skyusers-backup.csv"_s}) {
        QString error;
        QVERIFY(!BackupExport::write(path, u"username,password,role\na,$2b$12$h,user"_s, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
}

void TestBackupExport::namesTheFormatCannotCarryAreListed()
{
    ClientFixture f;
    QVERIFY(f.start());
    f.server.addUser(u"fine"_s, u"pw-fine-1"_s, u"user"_s);
    f.server.addUser(u"doe,jane"_s, u"pw-comma-1"_s, u"user"_s);
    f.server.addUser(u"say\"hi"_s, u"pw-quote-1"_s, u"user"_s);
    f.server.addUser(u"two\nlines"_s, u"pw-lines-1"_s, u"user"_s);
    f.server.addUser(u" padded"_s, u"pw-pad-1"_s, u"user"_s);
    const Result<QList<User>> users = awaitReply(f.api.listUsers());
    QVERIFY(users.ok());
    QCOMPARE(BackupExport::unrepresentableNames(*users.value),
             (QStringList{u" padded"_s, u"doe,jane"_s, u"say\"hi"_s, u"two\nlines"_s}));
}

void TestBackupExport::weakHashesAreNamed()
{
    const QString csv = u"username,password,role\n"
                        "strong,$2b$12$abcdefghijklmnopqrstuuAbCdEfGhIjKlMnOpQrStUvWxYz01234,user\n"
                        "md5,$apr1$salt$hash0123456789abcdef,admin\n"
                        "sha1,{SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=,user\n"
                        "des,abJnggxhB/yWI,viewer\n"
                        "sso,,user"_s;
    QCOMPARE(BackupExport::weakHashUsers(csv), (QStringList{u"des"_s, u"md5"_s, u"sha1"_s}));
}

void TestBackupExport::defaultFileNameHasATimestamp()
{
    const QDateTime at(QDate(2026, 3, 4), QTime(5, 6, 7));
    QCOMPARE(BackupExport::defaultFileName(at), u"users_export_20260304-050607.csv"_s);
    QVERIFY(QRegularExpression(u"^users_export_\\d{8}-\\d{6}\\.csv$"_s)
                    .match(BackupExport::defaultFileName())
                    .hasMatch());
}

QTEST_GUILESS_MAIN(TestBackupExport)
#include "tst_backupexport.moc"
