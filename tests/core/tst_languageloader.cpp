// SPDX-License-Identifier: MIT
#include "i18n/languageloader.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// The catalogues are embedded in skyusers_core and load by locale; the app's and Qt's both.
class TestLanguageLoader : public QObject
{
    Q_OBJECT

private:
    static QString translated(const char *context, const char *text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }

private Q_SLOTS:
    void germanCatalogueTranslatesTheMenus()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(loader.appLanguage(), QStringLiteral("de"));
        QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translated("MainWindow", "%n user(s)", 1), QStringLiteral("1 Benutzer"));
        QCOMPARE(translated("UserActions", "Deleting %n user(s)…", 3), QStringLiteral("3 Benutzer werden gelöscht …"));
    }

    void anAustrianFallsBackToGerman()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::German, QLocale::Austria));
        QCOMPARE(loader.appLanguage(), QStringLiteral("de"));
    }

    void simplifiedChineseCatalogueTranslatesTheMenus()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        QCOMPARE(loader.appLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translated("MainWindow", "%n user(s)", 5), QStringLiteral("5 个用户"));
        QVERIFY2(loader.qtCatalogLoaded(), "qtbase_zh_CN.qm missing: install qt6-translations-l10n");
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void englishCountsReadNaturally()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(loader.appLanguage(), QStringLiteral("en"));
        QCOMPARE(translated("MainWindow", "%n user(s)", 1), QStringLiteral("1 user"));
        QCOMPARE(translated("MainWindow", "%n user(s)", 2), QStringLiteral("2 users"));
        QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&File"));
    }

    void aLanguageWithoutCatalogueSpeaksEnglish()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(loader.appLanguage(), QStringLiteral("en"));
        QCOMPARE(translated("MainWindow", "%n user(s)", 1), QStringLiteral("1 user"));
        // Qt's own buttons then stay English too rather than French around English text.
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void qtsOwnGermanCatalogueLoads()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loader.qtCatalogLoaded(), "qtbase_de.qm missing: install qt6-translations-l10n");
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void uninstallingRestoresTheSourceText()
    {
        {
            LanguageLoader loader;
            loader.install(QLocale(QLocale::German, QLocale::Germany));
        }
        QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&File"));
    }

    void theChoiceIsStoredAndUnknownChoicesMeanTheSystem()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        QCOMPARE(LanguageLoader::storedChoice(settings), QString());
        LanguageLoader::storeChoice(settings, QStringLiteral("zh_CN"));
        QCOMPARE(LanguageLoader::storedChoice(settings), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageLoader::localeFor(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(LanguageLoader::localeFor(QStringLiteral("de")).language(), QLocale::German);
        LanguageLoader::storeChoice(settings, QString());
        QVERIFY(!settings.contains(LanguageLoader::settingsKey()));
        QCOMPARE(LanguageLoader::localeFor(QStringLiteral("tlh")), QLocale::system());
        QCOMPARE(LanguageLoader::localeFor(QString()), QLocale::system());
    }

    /// Registered twice in ctest: under C.UTF-8 the system locale means English; under de_DE.UTF-8, German.
    void theSystemLocaleIsFollowed()
    {
        const QString expected = qEnvironmentVariable("SKYUSERS_EXPECTED_LANGUAGE", QStringLiteral("en"));
        LanguageLoader loader;
        loader.install(LanguageLoader::localeFor(QString()));
        QCOMPARE(loader.appLanguage(), expected);
    }
};

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
