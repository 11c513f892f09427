// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace PlainText {

static bool isInvisibleFormatting(char32_t c)
{
    // Bidirectional overrides and isolates can make "evil" read as "live"; zero-width characters hide text.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || c == 0x200C || c == 0x200D
            || c == 0x200E || c == 0x200F || c == 0xFEFF;
}

QString sanitize(const QString &text, qsizetype limit)
{
    QString out;
    out.reserve(qMin(text.size(), limit + 1));
    bool pendingSpace = false;
    for (const char32_t c : text.toUcs4()) {
        if (out.size() > limit)
            break;
        const bool space = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isInvisibleFormatting(c))
            continue;
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(QString::fromUcs4(&c, 1));
    }
    if (out.size() > limit) {
        out.truncate(limit - 1);
        out.append(u'\u2026');
    }
    return out;
}

QString origin(const QUrl &url)
{
    const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
    const int port = url.port(url.scheme() == "https"_L1 ? 443 : 80);
    return u"%1:%2"_s.arg(host).arg(port);
}

} // namespace PlainText
