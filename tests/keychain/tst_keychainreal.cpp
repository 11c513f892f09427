// SPDX-License-Identifier: MIT
// KeychainCredentialStore against a real Secret Service: gnome-keyring in a private D-Bus session with
// private HOME and XDG folders, set up and torn down by run-with-keyring.sh (security checklist items
// 29, 30, 33, 34, 35; facts K6, K9, K10). Fails, never skips, when run without that wrapper.
#include "auth/keychaincredentialstore.h"
#include "keychainchild.h"
#include "keychaintesttools.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Result = CredentialJob::Result;
using namespace KeychainTestTools;

class TestKeychainReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeThenReadKeepsBytes_data();
    void writeThenReadKeepsBytes();
    void anotherProcessReadsTheEntry();
    void removeThenReadIsNotFound();
    void entriesAreSeparatePerServerAndUser();
    void secretToolListsTheItems();
    void lateBackendAnswerAfterWatchdogIsIgnored();
    void withoutSessionBusFailsFastAndWritesNothing();
    void noFileContainsAPassword();
    void cleanupTestCase();

private:
    struct Outcome
    {
        Result result = Result::Pending;
        QString errorText;
        Secret secret;
    };
    Outcome run(CredentialJob *job);
    Outcome write(const QString &key, const Secret &secret) { return run(m_store.write(key, secret)); }
    QString key(const QString &host, const QString &user);
    Secret remember(const QString &password);

    KeychainCredentialStore m_store;
    QList<Secret> m_used;
    QStringList m_keys;
    QString m_root;
};

TestKeychainReal::Outcome TestKeychainReal::run(CredentialJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &CredentialJob::finished);
    spy.wait(20'000); // above the store's own 10 s watchdog
    Outcome outcome{job->result(), job->errorText(), job->takeSecret()};
    delete job;
    return outcome;
}

QString TestKeychainReal::key(const QString &host, const QString &user)
{
    m_keys.append(CredentialStore::keyFor(QUrl(u"https://"_s + host), user));
    return m_keys.constLast();
}

Secret TestKeychainReal::remember(const QString &password)
{
    m_used.append(Secret::fromString(password));
    return m_used.constLast();
}

void TestKeychainReal::initTestCase()
{
    m_root = qEnvironmentVariable("SKYUSERS_KEYRING_ROOT");
    QVERIFY2(!m_root.isEmpty() && QFileInfo(m_root).isDir() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through tests/keychain/run-with-keyring.sh (a private D-Bus session and keyring)");
    QVERIFY(QDir::homePath().startsWith(m_root));
    QCOMPARE(m_store.timeout(), KeychainCredentialStore::DefaultTimeout);
}

void TestKeychainReal::writeThenReadKeepsBytes_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("1024 bytes of UTF-8") << utf8OfSize(1024); // item 35
    QTest::newRow("spaces, colon, non-ASCII") << u" p\u00e4ss w\u00f6rd:\u20ac:x "_s; // item 24
}

void TestKeychainReal::writeThenReadKeepsBytes()
{
    QFETCH(QString, password);
    const Secret secret = remember(password);
    const QString account = key(u"sky.example.com"_s, QString::fromLatin1(QTest::currentDataTag()));
    const Outcome written = write(account, secret);
    QCOMPARE(written.result, Result::Ok);
    const Outcome read = run(m_store.read(account));
    QCOMPARE(read.result, Result::Ok);
    QCOMPARE(read.secret.size(), secret.size());
    QVERIFY(read.secret == secret); // no QCOMPARE: a failure must not print the password
}

void TestKeychainReal::anotherProcessReadsTheEntry()
{
    // Item 33: what one run of the app remembered, the next run reads.
    const Secret secret = remember(u"restart p\u00e4ssword"_s);
    const QString account = key(u"sky.example.com"_s, u"restart"_s);
    QCOMPARE(write(account, secret).result, Result::Ok);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(KeychainChild::ExpectedHashVariable),
               QString::fromLatin1(QCryptographicHash::hash(secret.utf8(), QCryptographicHash::Sha256).toHex()));
    int exitCode = -1;
    const QByteArray output = runProcess(QCoreApplication::applicationFilePath(),
                                         {QString::fromLatin1(KeychainChild::ReadArgument), account}, env, exitCode);
    QVERIFY2(exitCode == 0 && output.contains("read Ok match"), output.constData());
}

void TestKeychainReal::removeThenReadIsNotFound()
{
    const QString account = key(u"sky.example.com"_s, u"removed"_s);
    QCOMPARE(write(account, remember(u"soon gone"_s)).result, Result::Ok);
    QCOMPARE(run(m_store.remove(account)).result, Result::Ok);
    const Outcome read = run(m_store.read(account));
    QCOMPARE(read.result, Result::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.errorText.isEmpty());
    QCOMPARE(run(m_store.remove(account)).result, Result::Ok); // removing twice is not an error
}

void TestKeychainReal::entriesAreSeparatePerServerAndUser()
{
    // Item 34: same user on two servers, two users on one server.
    const QList<QString> accounts = {key(u"a.example.com"_s, u"alice"_s), key(u"b.example.com"_s, u"alice"_s),
                                     key(u"a.example.com"_s, u"bob"_s)};
    QList<Secret> secrets;
    for (const QString &account : accounts) {
        secrets.append(remember(u"password of "_s + account));
        QCOMPARE(write(account, secrets.constLast()).result, Result::Ok);
    }
    for (qsizetype i = 0; i < accounts.size(); ++i)
        QVERIFY(run(m_store.read(accounts.at(i))).secret == secrets.at(i));

    QCOMPARE(run(m_store.remove(accounts.at(0))).result, Result::Ok);
    QCOMPARE(run(m_store.read(accounts.at(0))).result, Result::NotFound);
    QVERIFY(run(m_store.read(accounts.at(1))).secret == secrets.at(1));
    QVERIFY(run(m_store.read(accounts.at(2))).secret == secrets.at(2));
}

void TestKeychainReal::secretToolListsTheItems()
{
    const QList<QString> accounts = {key(u"listed.example.com"_s, u"alice"_s), key(u"listed.example.com"_s, u"bob"_s)};
    for (const QString &account : accounts)
        QCOMPARE(write(account, remember(u"listed "_s + account)).result, Result::Ok);

    int exitCode = -1;
    // secret-tool prints the attributes on stderr, label and secret on stdout; the output stays in here.
    const QByteArray output = runProcess(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"skyusers"_s},
                                         QProcessEnvironment::systemEnvironment(), exitCode);
    QCOMPARE(exitCode, 0);
    for (const QString &account : accounts)
        QVERIFY2(output.contains("attribute.user = " + account.toUtf8() + '\n'), qPrintable(account));
    QVERIFY(output.contains("attribute.server = skyusers\n"));
    // Written with setBinaryData: QtKeychain keeps the bytes base64-encoded, so any encoding survives.
    QVERIFY(output.contains("attribute.type = base64\n"));
}

void TestKeychainReal::lateBackendAnswerAfterWatchdogIsIgnored()
{
    // Item 31 with the real backend: the watchdog fires first, the backend answers afterwards.
    const QString account = key(u"sky.example.com"_s, u"late"_s);
    const Secret secret = remember(u"late answer p\u00e4ss"_s);
    const auto restore = qScopeGuard([this] { m_store.setTimeout(KeychainCredentialStore::DefaultTimeout); });
    m_store.setTimeout(1ms);
    CredentialJob *late = m_store.write(account, secret);
    late->setAutoDelete(false);
    const auto cleanup = qScopeGuard([late] { delete late; });
    QSignalSpy spy(late, &CredentialJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(late->result(), Result::TimedOut);

    // QtKeychain runs one job at a time, so this read starts only after the timed-out write answered.
    m_store.setTimeout(KeychainCredentialStore::DefaultTimeout);
    const Outcome read = run(m_store.read(account));
    QCOMPARE(read.result, Result::Ok);
    QVERIFY(read.secret == secret);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(late->result(), Result::TimedOut);
}

void TestKeychainReal::withoutSessionBusFailsFastAndWritesNothing()
{
    // Item 30 / K6: no D-Bus session at all (SSH, containers). The child gets empty folders of its own.
    QTemporaryDir dir(m_root + u"/nobus-XXXXXX"_s);
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    for (const auto *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        env.insert(QString::fromLatin1(name), path);
    }

    int exitCode = -1;
    const QByteArray output
            = runProcess(QCoreApplication::applicationFilePath(),
                         {QString::fromLatin1(KeychainChild::NoBusArgument), key(u"nobus.example.com"_s, u"alice"_s)},
                         env, exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && (words.at(0) == "write" || words.at(0) == "read")) {
            QVERIFY2(words.at(1) == "Unavailable", line.constData());
            QVERIFY2(words.at(2).toInt() < 2000, line.constData());
        }
    }
    QVERIFY2(output.contains("write Unavailable") && output.contains("read Unavailable"), output.constData());
    QVERIFY(!output.contains(KeychainChild::noBusPassword().utf8()));

    int scanned = 0;
    const QStringList leaks = filesContaining(dir.path(), {KeychainChild::noBusPassword()}, scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    QCOMPARE(scanned, 0); // not a single file: no plain-text fallback, no cache, nothing
    QDirIterator settings(dir.path(), {u"skyusers*"_s}, QDir::AllEntries | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!settings.hasNext(), "QtKeychain fell back to a plain-text file");
}

void TestKeychainReal::noFileContainsAPassword()
{
    // Item 29 / K7: after all of the above, the passwords exist only inside the encrypted keyring.
    QVERIFY(!m_used.isEmpty());
    const QFileInfo keyring(qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring"_s);
    QVERIFY2(keyring.isFile() && keyring.size() > 0, "the keyring file is missing: where did the entries go?");
    int scanned = 0;
    const QStringList leaks = filesContaining(m_root, m_used, scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    QVERIFY(scanned > 0);
}

void TestKeychainReal::cleanupTestCase()
{
    for (const QString &account : std::as_const(m_keys))
        run(m_store.remove(account));
    // QtKeychain deletes its finished jobs later; let that happen before the leak checker looks.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

int main(int argc, char **argv)
{
    const int childStatus = KeychainChild::runIfChild(argc, argv);
    if (childStatus >= 0)
        return childStatus;
    QCoreApplication app(argc, argv);
    TestKeychainReal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainreal.moc"
