// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// What an error body says, in plain text, whatever shape it came in: FastAPI's {"detail": "…"} or
/// its list form for 422, SkyPilot's bare JSON string on a Basic-auth 401, the version-mismatch
/// object, a plain-text Python traceback on a 500, or an HTML page from a proxy.
struct ServerDetail
{
    enum class Shape { Empty, JsonDetail, JsonString, VersionMismatch, Html, Text, Unknown };

    Shape shape = Shape::Empty;
    QString text; ///< sanitised and length-limited

    static ServerDetail parse(const QByteArray &body, const QByteArray &contentType);
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);
};
