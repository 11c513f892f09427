// SPDX-License-Identifier: MIT
#include "languageloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString CatalogueFolder = u":/i18n"_s;
} // namespace

QString LanguageLoader::settingsKey()
{
    return u"ui/language"_s;
}

QStringList LanguageLoader::choices()
{
    return {u"en"_s, u"de"_s, u"zh_CN"_s};
}

QString LanguageLoader::storedChoice(const QSettings &settings)
{
    return settings.value(settingsKey()).toString();
}

void LanguageLoader::storeChoice(QSettings &settings, const QString &choice)
{
    if (choice.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), choice);
}

QLocale LanguageLoader::localeFor(const QString &choice)
{
    // A settings file edited by hand, or written by a later version, may name a language we do not ship.
    return choices().contains(choice) ? QLocale(choice) : QLocale::system();
}

LanguageLoader::~LanguageLoader()
{
    uninstall();
}

void LanguageLoader::install(const QLocale &locale)
{
    uninstall();
    // QTranslator tries each of the locale's UI languages in turn (de_AT, then de, …).
    const bool matched = m_app.load(locale, u"skyusers"_s, u"_"_s, CatalogueFolder);
    // The C locale and languages we lack fall back to English, so counts still read "1 user".
    m_appLoaded = matched || m_app.load(u"skyusers_en"_s, CatalogueFolder);
    if (m_appLoaded) {
        m_appLanguage = QFileInfo(m_app.filePath()).completeBaseName().mid(qsizetype(sizeof("skyusers_") - 1));
        QCoreApplication::installTranslator(&m_app);
    }
    // Qt's buttons in the language of the rest of the window, not French around English text.
    const QLocale qtLocale = matched ? locale : QLocale(QLocale::English);
    m_qtLoaded = m_qt.load(qtLocale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

void LanguageLoader::uninstall()
{
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    m_appLoaded = m_qtLoaded = false;
    m_appLanguage.clear();
}
