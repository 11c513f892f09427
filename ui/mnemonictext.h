// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Text from outside (a user name, a server address) placed where Qt reads "&" as a mnemonic marker:
/// a menu entry, a button, a label with a buddy. Doubling it shows the "&" itself and adds no shortcut.
inline QString escapedMnemonics(const QString &text)
{
    return QString(text).replace(u'&', QStringLiteral("&&"));
}
