// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QSettings;

/// Picks the language SkyUsers speaks and installs its catalogues: the app's own (embedded under
/// :/i18n by translations/translations.cmake) and Qt's (qtbase_*.qm, for standard buttons and dialogs).
/// The choice is read once at start-up; changing it takes effect at the next start.
class LanguageLoader final
{
    Q_DISABLE_COPY_MOVE(LanguageLoader)

public:
    /// The settings key holding the choice: empty for the system's language, else a code from choices().
    static QString settingsKey();
    /// The languages SkyUsers ships catalogues for ("en", "de", "zh_CN").
    static QStringList choices();
    static QString storedChoice(const QSettings &settings);
    static void storeChoice(QSettings &settings, const QString &choice);
    /// The locale to speak: the chosen language, or the system's when nothing (or something unknown) is chosen.
    static QLocale localeFor(const QString &choice);

    LanguageLoader() = default;
    /// Removes the catalogues it installed.
    ~LanguageLoader();

    /// Installs the catalogues for locale (replacing any this loader installed before). Where SkyUsers has no
    /// catalogue for the locale it speaks English, whose catalogue holds only the plural forms ("1 user").
    void install(const QLocale &locale);
    /// The language of the app catalogue installed ("de", "zh_CN", "en"), or empty if none could be loaded.
    QString appLanguage() const { return m_appLanguage; }
    /// Whether a Qt catalogue for the locale was found and installed.
    bool qtCatalogLoaded() const { return m_qtLoaded; }

private:
    void uninstall();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_appLanguage;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
};
