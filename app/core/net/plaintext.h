// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QUrl;

/// Makes text that came from a server safe to show: plain text only, one line, no control or
/// direction-override characters, and never longer than a limit.
namespace PlainText {
inline constexpr qsizetype DefaultLimit = 300;

QString sanitize(const QString &text, qsizetype limit = DefaultLimit);
/// The host and port of a URL, for messages; never the user info, path or query.
QString origin(const QUrl &url);
} // namespace PlainText
