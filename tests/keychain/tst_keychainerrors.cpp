// SPDX-License-Identifier: MIT
// What KeychainCredentialStore makes of QtKeychain's answers, without a keychain: the error mapping of
// toolchain.md (only EntryNotFound is "not found", everything else "unavailable") and the backend's
// message, which is shown to people and so must never carry the secret (security checklist item 25).
#include "auth/keychaincredentialstore.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using Result = CredentialJob::Result;

class TestKeychainErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainErrorsMapToResults_data();
    void keychainErrorsMapToResults();
    void backendTextNeverShowsTheSecret_data();
    void backendTextNeverShowsTheSecret();
};

void TestKeychainErrors::keychainErrorsMapToResults_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<Result>("result");
    QTest::newRow("NoError") << int(QKeychain::NoError) << Result::Ok;
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << Result::NotFound;
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry) << Result::Unavailable;
    QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser) << Result::Unavailable;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << Result::Unavailable;
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable) << Result::Unavailable;
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << Result::Unavailable;
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << Result::Unavailable;
    QTest::newRow("unknown code") << 99 << Result::Unavailable;
}

void TestKeychainErrors::keychainErrorsMapToResults()
{
    QFETCH(int, error);
    QFETCH(Result, result);
    QCOMPARE(KeychainCredentialStore::resultFor(error), result);
}

void TestKeychainErrors::backendTextNeverShowsTheSecret_data()
{
    const QString secret = u"s3cr\u00e9t pw"_s;
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withheld");
    QTest::newRow("plain message") << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << false;
    QTest::newRow("secret inside") << u"bad value '%1'"_s.arg(secret) << true;
    QTest::newRow("as base64") << QString::fromLatin1(secret.toUtf8().toBase64()) << true;
    QTest::newRow("percent-encoded") << QString::fromLatin1(secret.toUtf8().toPercentEncoding()) << true;
    QTest::newRow("split by a control char") << u"s3cr\u00e9t\u0007 pw"_s << true;
}

void TestKeychainErrors::backendTextNeverShowsTheSecret()
{
    QFETCH(QString, text);
    QFETCH(bool, withheld);
    const Secret secret = Secret::fromString(u"s3cr\u00e9t pw"_s);
    const QString shown = KeychainCredentialStore::sanitisedBackendText(text, secret);
    QVERIFY(!shown.contains(u"s3cr"_s));
    QCOMPARE(shown == KeychainCredentialStore::sanitisedBackendText(u"s3cr\u00e9t pw"_s, secret), withheld);

    // Whatever the backend says comes out as one bounded line.
    const QString noisy = KeychainCredentialStore::sanitisedBackendText(u"a\nb\u202e"_s + QString(500, u'x'), Secret());
    QVERIFY(!noisy.contains(u'\n') && !noisy.contains(u'\u202e'));
    QVERIFY(noisy.size() <= 200);
}

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
