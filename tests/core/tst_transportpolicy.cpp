// SPDX-License-Identifier: MIT
// Plain HTTP only for loopback unless allowed per server (security checklist items 1-2).
#include "session/transportpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTransportPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesPerAddress_data();
    void decidesPerAddress();
    void overrideAllowsPlainHttp();
    void namesTheProxyInUse();
};

void TestTransportPolicy::decidesPerAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("local server") << u"http://127.0.0.1:46580"_s << false;
    QTest::newRow("other loopback") << u"http://127.8.9.10:80"_s << false;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:46580"_s << false;
    QTest::newRow("localhost") << u"http://localhost:46580"_s << false;
    QTest::newRow("https anywhere") << u"https://sky.example.com"_s << false;
    QTest::newRow("http remote name") << u"http://sky.example.com"_s << true;
    QTest::newRow("http private address") << u"http://10.0.0.5:46580"_s << true;
    QTest::newRow("http localhost look-alike") << u"http://localhost.example.com"_s << true;
    QTest::newRow("not web") << u"ftp://127.0.0.1"_s << true;
}

void TestTransportPolicy::decidesPerAddress()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QCOMPARE(!TransportPolicy::refusal(QUrl(url), false).isEmpty(), refused);
}

void TestTransportPolicy::overrideAllowsPlainHttp()
{
    const QUrl remote(u"http://sky.example.com"_s);
    QVERIFY(TransportPolicy::isInsecure(remote));
    QVERIFY(TransportPolicy::refusal(remote, false).contains(u"not encrypted"_s));
    QVERIFY(TransportPolicy::refusal(remote, true).isEmpty());
    QVERIFY(!TransportPolicy::isInsecure(QUrl(u"http://127.0.0.1"_s)));
}

void TestTransportPolicy::namesTheProxyInUse()
{
    // Item 13, without any traffic: only what the system settings (here the environment) decide.
    qputenv("no_proxy", "");
    qputenv("https_proxy", "http://proxy.test:3128");
    QCOMPARE(TransportPolicy::proxyFor(QUrl(u"https://sky.example.com"_s)), u"proxy.test:3128"_s);
    QCOMPARE(TransportPolicy::proxyFor(QUrl(u"https://127.0.0.1:8443"_s)), QString());
    qunsetenv("https_proxy");
    QCOMPARE(TransportPolicy::proxyFor(QUrl(u"https://sky.example.com"_s)), QString());
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
