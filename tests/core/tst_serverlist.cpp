// SPDX-License-Identifier: MIT
// Saved servers live in QSettings without any secret (security checklist items 15-22, 34).
#include "session/serverlist.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remembersAcrossRuns();
    void oneEntryPerAccount();
    void lastUsedWins();
    void forgetRemovesOnlyThatAccount();
    void neverStoresUserInfo();

private:
    static ServerProfile profile(const QString &url, const QString &user)
    {
        ServerProfile p;
        p.url = QUrl(url);
        p.username = user;
        return p;
    }
};

void TestServerList::remembersAcrossRuns()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"skyusers.conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        ServerList list(settings);
        ServerProfile p = profile(u"https://sky.example.com"_s, u"alice"_s);
        p.insecureHttpAllowed = true;
        p.rememberPassword = false;
        p.pinnedCertificateSha256 = QByteArray(32, '\x5a');
        list.remember(p);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ServerList list(settings);
    QCOMPARE(list.all().size(), 1);
    const ServerProfile p = list.all().first();
    QCOMPARE(p.url, QUrl(u"https://sky.example.com"_s));
    QCOMPARE(p.username, u"alice"_s);
    QVERIFY(p.insecureHttpAllowed);
    QVERIFY(!p.rememberPassword);
    QCOMPARE(p.pinnedCertificateSha256, QByteArray(32, '\x5a'));
    QVERIFY(p.lastUsed.isValid());
}

void TestServerList::oneEntryPerAccount()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
    ServerList list(settings);
    list.remember(profile(u"https://a.example.com"_s, u"alice"_s));
    list.remember(profile(u"https://a.example.com"_s, u"alice"_s));
    list.remember(profile(u"https://a.example.com"_s, u"bob"_s));
    list.remember(profile(u"https://b.example.com"_s, u"alice"_s));
    QCOMPARE(list.all().size(), 3);
}

void TestServerList::lastUsedWins()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
    ServerList list(settings);
    QVERIFY(!list.last());
    list.remember(profile(u"https://a.example.com"_s, u"alice"_s));
    QTest::qWait(5);
    list.remember(profile(u"https://b.example.com"_s, u"bob"_s));
    QCOMPARE(list.last()->username, u"bob"_s);
    QTest::qWait(5);
    list.remember(profile(u"https://a.example.com"_s, u"alice"_s));
    QCOMPARE(list.last()->username, u"alice"_s);
}

void TestServerList::forgetRemovesOnlyThatAccount()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
    ServerList list(settings);
    list.remember(profile(u"https://a.example.com"_s, u"alice"_s));
    list.remember(profile(u"https://a.example.com"_s, u"bob"_s));
    list.forget(profile(u"https://a.example.com"_s, u"alice"_s));
    QCOMPARE(list.all().size(), 1);
    QCOMPARE(list.all().first().username, u"bob"_s);
}

void TestServerList::neverStoresUserInfo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"s.conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        ServerList list(settings);
        list.remember(profile(u"https://alice:Secret-Pw9@a.example.com"_s, u"alice"_s));
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("Secret-Pw9"));
}

QTEST_GUILESS_MAIN(TestServerList)
#include "tst_serverlist.moc"
