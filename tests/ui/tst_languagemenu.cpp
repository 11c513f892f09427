// SPDX-License-Identifier: MIT
#include "i18n/languageloader.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// Settings ▸ Language stores the choice; a German catalogue turns the window German, Qt's buttons included.
class TestLanguageMenu : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    static QAction *entry(const LanguageMenu &menu, const QString &text)
    {
        for (QAction *action : menu.actions())
            if (action->text() == text)
                return action;
        return nullptr;
    }

private Q_SLOTS:
    void offersTheSystemAndEachShippedLanguage()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        LanguageMenu menu(settings);
        QStringList names;
        for (const QAction *action : menu.actions())
            names << action->text();
        QCOMPARE(names, QStringList({u"System Default"_s, u"English"_s, u"Deutsch"_s, u"中文（简体）"_s}));
        QCOMPARE(menu.checkedChoice(), QString());
    }

    void choosingALanguageStoresItAndSaysWhenItApplies()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        LanguageMenu menu(settings);
        QSignalSpy notices(&menu, &LanguageMenu::notice);
        entry(menu, u"Deutsch"_s)->trigger();
        QCOMPARE(LanguageLoader::storedChoice(settings), u"de"_s);
        QCOMPARE(menu.checkedChoice(), u"de"_s);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(u"next start"_s));

        LanguageMenu reopened(settings);
        QCOMPARE(reopened.checkedChoice(), u"de"_s);
        entry(reopened, u"System Default"_s)->trigger();
        QVERIFY(!settings.contains(LanguageLoader::settingsKey()));
    }

    void theMainWindowSpeaksGermanWithTheGermanCatalogue()
    {
        LanguageLoader loader;
        loader.install(QLocale(QLocale::German, QLocale::Germany));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        UserTableModel model;
        MainWindow window(model);
        window.addSettingsMenu(new LanguageMenu(settings));
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(u"&Datei"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY2(titles.contains(u"&Einstellungen"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY2(titles.contains(u"&Hilfe"_s), qPrintable(titles.join(u", "_s)));
        // Qt's own catalogue: a standard button outside any SkyUsers string.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
        // A picture for whoever reviews the translation: <build>/tests/ui/mainwindow_de.png.
        QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + u"/mainwindow_de.png"_s));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
