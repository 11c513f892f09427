// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The few Python built-ins whose exact behaviour leaks into the server's answers: repr() quoting
// in messages, str.strip() in the CSV parser, the lax base64 decoder of the Basic-auth
// middleware, int() for the API-version header, and the plain-text traceback of debug=True.
class FakePython final
{
public:
    FakePython() = delete;

    // repr() of a str: single quotes unless the text holds ' but no ", escapes as Python does.
    static QString repr(const QString &text);
    // str.isspace() for one code point.
    static bool isSpace(char32_t codePoint);
    // str.strip() without arguments. Unlike QString::trimmed() it leaves U+FEFF alone and
    // removes U+001C..U+001F, exactly like Python.
    static QString strip(const QString &text);
    // base64.b64decode(s) with validate=False: characters outside the alphabet are skipped,
    // padding errors fail.
    static std::optional<QByteArray> b64decode(const QString &encoded);
    // bytes.decode() (strict UTF-8, a leading BOM is kept as U+FEFF).
    static std::optional<QString> decodeUtf8(const QByteArray &bytes);
    // int(text) for a str.
    static std::optional<qint64> toInt(const QString &text);
    // What Starlette's ServerErrorMiddleware sends for an unhandled exception (debug=True).
    static QByteArray traceback(const QString &exceptionType, const QString &message);
};
