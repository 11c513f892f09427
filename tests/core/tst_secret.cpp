// SPDX-License-Identifier: MIT
// The secret holder (security checklist item 28).
#include "auth/secret.h"

#include <QTest>

#include <type_traits>

using namespace Qt::StringLiterals;

class TestSecret final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsUtf8BytesExactly();
    void neverConvertsToStringImplicitly();
    void clearWipesTheBuffer();
    void copiesAreIndependent();
    void fromUtf8DoesNotShareTheCallersBuffer();
};

void TestSecret::keepsUtf8BytesExactly()
{
    // Item 24: leading and trailing spaces and non-ASCII characters survive untouched.
    const QString text = u" p\u00e4ssw\u00f6rd\u20ac :x "_s;
    const Secret secret = Secret::fromString(text);
    QCOMPARE(secret.utf8(), text.toUtf8());
    QCOMPARE(secret.toString(), text);
    QCOMPARE(secret.size(), text.toUtf8().size());
}

void TestSecret::neverConvertsToStringImplicitly()
{
    static_assert(!std::is_convertible_v<Secret, QString>);
    static_assert(!std::is_convertible_v<Secret, QByteArray>);
    static_assert(!std::is_constructible_v<Secret, QString>);
    QVERIFY(true);
}

void TestSecret::clearWipesTheBuffer()
{
    QByteArray owned("hunter2-long-enough");
    owned.detach();
    const qsizetype size = owned.size();
    Secret::wipe(owned);
    QCOMPARE(owned, QByteArray(size, '\0'));

    // A buffer someone else also holds is not touched: that copy is theirs.
    QByteArray shared("shared-value");
    const QByteArray otherOwner = shared;
    Secret::wipe(shared);
    QCOMPARE(otherOwner, QByteArray("shared-value"));

    Secret secret = Secret::fromString(u"hunter2"_s);
    secret.clear();
    QVERIFY(secret.isEmpty());
}

void TestSecret::copiesAreIndependent()
{
    Secret a = Secret::fromString(u"alpha"_s);
    Secret b = a;
    QVERIFY(a.utf8().constData() != b.utf8().constData());
    a.clear();
    QVERIFY(a.isEmpty());
    QCOMPARE(b.toString(), u"alpha"_s);
}

void TestSecret::fromUtf8DoesNotShareTheCallersBuffer()
{
    QByteArray typed("typed-password");
    const Secret secret = Secret::fromUtf8(typed);
    QVERIFY(secret.utf8().constData() != typed.constData());
    typed.fill('x');
    QCOMPARE(secret.utf8(), QByteArray("typed-password"));
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
