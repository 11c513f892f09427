// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringMatcher>
#include <QStringView>

/// Finds a piece of text in names and ids regardless of case, with the same answers as
/// QStringMatcher(…, Qt::CaseInsensitive) but several times faster on ASCII text: the filter asks
/// it twice per user on every keystroke, and QStringMatcher case-folds each character through
/// Unicode tables. Text or needles beyond ASCII take QStringMatcher's path.
class CaseInsensitiveMatcher
{
public:
    explicit CaseInsensitiveMatcher(const QString &needle = {});

    /// True when the needle occurs in `text`; an empty needle occurs everywhere.
    bool isIn(QStringView text) const;
    const QString &needle() const { return m_needle; }

private:
    bool isInAscii(QStringView text) const;

    QString m_needle;
    /// The needle in lower case when it is all ASCII; empty otherwise.
    QByteArray m_asciiLower;
    QStringMatcher m_unicode;
};
