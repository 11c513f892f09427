// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

/// Settings ▸ Language: the system's language or one SkyUsers ships, kept in the settings and applied at the
/// next start (LanguageLoader reads it once in main()). Languages are named in themselves, so whoever cannot
/// read the current one still finds their own.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(QSettings &settings, QWidget *parent = nullptr);

    /// The code of the checked entry: empty for the system's language.
    QString checkedChoice() const;

Q_SIGNALS:
    /// A new choice was stored; text says when it takes effect.
    void notice(const QString &text);

private:
    void choose(const QString &choice, const QString &name);

    QSettings &m_settings;
    QActionGroup *m_group;
};
