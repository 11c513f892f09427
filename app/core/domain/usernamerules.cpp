// SPDX-License-Identifier: MIT
#include "usernamerules.h"

QString UsernameRules::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a user name.");
    // RFC 7617: Basic auth splits at the first colon, so such a user could never sign in.
    if (name.contains(u':'))
        return tr("A user name cannot contain \u201c:\u201d: HTTP Basic authentication could never send it.");
    for (const QChar c : name) {
        // Control characters, and invisible formatting such as zero-width spaces or a right-to-left
        // override, make one name look like another (checklist item 48).
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            return tr("A user name cannot contain control or invisible characters (found U+%1).")
                    .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        }
    }
    // The server keeps names as sent; refused rather than trimmed, so nobody gets a name they did not see.
    if (name.front().isSpace() || name.back().isSpace())
        return tr("A user name cannot start or end with a space. Remove the spaces at its start or end.");
    return {};
}
