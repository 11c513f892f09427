// SPDX-License-Identifier: MIT
#include "caseinsensitivematcher.h"

namespace {
bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
}
} // namespace

CaseInsensitiveMatcher::CaseInsensitiveMatcher(const QString &needle)
    : m_needle(needle)
    , m_unicode(needle, Qt::CaseInsensitive)
{
    if (isAscii(needle))
        m_asciiLower = needle.toLatin1().toLower();
}

bool CaseInsensitiveMatcher::isIn(QStringView text) const
{
    if (m_needle.isEmpty())
        return true;
    // A needle beyond ASCII can match ASCII text ("ſ" folds to "s"), so it always takes Qt's path.
    if (m_asciiLower.isEmpty())
        return m_unicode.indexIn(text) >= 0;
    return isInAscii(text);
}

bool CaseInsensitiveMatcher::isInAscii(QStringView text) const
{
    const qsizetype length = m_asciiLower.size();
    const char *needle = m_asciiLower.constData();
    const char16_t first = static_cast<unsigned char>(needle[0]);
    const char16_t *chars = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i];
        // Outside ASCII, characters like the Kelvin sign fold to ASCII letters: Qt decides.
        if (c >= 0x80)
            return m_unicode.indexIn(text) >= 0;
        if (asciiLower(c) != first || text.size() - i < length)
            continue;
        qsizetype matched = 1;
        while (matched < length && asciiLower(chars[i + matched]) == static_cast<unsigned char>(needle[matched]))
            ++matched;
        if (matched == length)
            return true;
    }
    return false;
}
