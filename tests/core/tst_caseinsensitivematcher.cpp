// SPDX-License-Identifier: MIT
// The filter's fast matcher must answer exactly like QStringMatcher(…, Qt::CaseInsensitive).
#include "models/caseinsensitivematcher.h"

#include <QRandomGenerator>
#include <QStringMatcher>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseInsensitiveMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsText_data();
    void findsText();
    void agreesWithQStringMatcherOnRandomText();
};

void TestCaseInsensitiveMatcher::findsText_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("empty needle") << QString() << u"bob"_s << true;
    QTest::newRow("empty text") << u"a"_s << QString() << false;
    QTest::newRow("upper needle") << u"ALI"_s << u"Alice"_s << true;
    QTest::newRow("upper text") << u"smith"_s << u"ALICE.SMITH"_s << true;
    QTest::newRow("at the end") << u"ith"_s << u"smith"_s << true;
    QTest::newRow("longer than text") << u"smiths"_s << u"smith"_s << false;
    QTest::newRow("partial overlap") << u"aab"_s << u"aaab"_s << true;
    QTest::newRow("digits and dots") << u"e.1"_s << u"alice.1980"_s << true;
    QTest::newRow("no letter folding of @") << u"`"_s << u"a@b"_s << false;
    // Beyond ASCII, Unicode case folding decides, in the text or in the needle.
    QTest::newRow("Kelvin sign folds to k") << u"k"_s << u"\u212Aarl"_s << true;
    QTest::newRow("long s folds to s") << u"s"_s << u"\u017F"_s << true;
    QTest::newRow("needle long s") << u"\u017Fmith"_s << u"SMITH"_s << true;
    QTest::newRow("accented") << u"\u00E9lo\u00EFse"_s << u"\u00C9LO\u00CFSE"_s << true;
    QTest::newRow("ASCII found before non-ASCII") << u"bo"_s << u"bob \u00E9"_s << true;
    QTest::newRow("non-ASCII text without it") << u"x"_s << u"\u00E9t\u00E9"_s << false;
}

void TestCaseInsensitiveMatcher::findsText()
{
    QFETCH(QString, needle);
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(CaseInsensitiveMatcher(needle).isIn(text), found);
    QCOMPARE(QStringMatcher(needle, Qt::CaseInsensitive).indexIn(text) >= 0 || needle.isEmpty(), found);
}

void TestCaseInsensitiveMatcher::agreesWithQStringMatcherOnRandomText()
{
    // Letters that fold across the ASCII border, accented ones, and a surrogate pair.
    const QString alphabet = u"abkKsS01.@_-\u212A\u017F\u00E9\u00C9\u00DF\U00010400\U00010428"_s;
    QRandomGenerator random(20261130);
    const auto randomText = [&](int maxLength) {
        QString text;
        const int length = random.bounded(maxLength + 1);
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(alphabet.size()));
        return text;
    };
    for (int round = 0; round < 20000; ++round) {
        const QString needle = randomText(3);
        const QString text = randomText(12);
        const bool expected = needle.isEmpty() || QStringMatcher(needle, Qt::CaseInsensitive).indexIn(text) >= 0;
        if (CaseInsensitiveMatcher(needle).isIn(text) != expected)
            QFAIL(qPrintable(u"\"%1\" in \"%2\": expected %3"_s.arg(needle, text).arg(expected)));
    }
}

QTEST_GUILESS_MAIN(TestCaseInsensitiveMatcher)
#include "tst_caseinsensitivematcher.moc"
