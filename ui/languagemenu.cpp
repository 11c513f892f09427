// SPDX-License-Identifier: MIT
#include "languagemenu.h"

#include "i18n/languageloader.h"

#include <QActionGroup>
#include <QSettings>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(QSettings &settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    const QString stored = LanguageLoader::storedChoice(settings);
    const std::pair<QString, QString> entries[] = {
            {QString(), tr("System Default")},
            // Not translated on purpose: each language is named in itself.
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"zh_CN"_s, u"中文（简体）"_s},
    };
    for (const auto &[choice, name] : entries) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice == stored || (choice.isEmpty() && !LanguageLoader::choices().contains(stored)));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice, name] { choose(choice, name); });
    }
}

QString LanguageMenu::checkedChoice() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &choice, const QString &name)
{
    if (choice == LanguageLoader::storedChoice(m_settings))
        return;
    LanguageLoader::storeChoice(m_settings, choice);
    Q_EMIT notice(choice.isEmpty() ? tr("SkyUsers will use the system's language from its next start.")
                                   : tr("SkyUsers will use %1 from its next start.").arg(name));
}
