// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/// The SkyPilot API level SkyUsers speaks, sent as X-SkyPilot-API-Version / X-SkyPilot-Version the way
/// the official 0.14.1 client does, so the server checks compatibility and answers with its own version.
namespace ClientVersion {
inline constexpr int ApiVersion = 62; ///< skypilot 0.14.1 (sky/server/constants.py)
inline constexpr const char *ReadableVersion = "0.14.1";
/// The oldest server API SkyUsers accepts: the oldest the 0.14.1 client itself talks to (0.11.0).
inline constexpr int MinimumServerApiVersion = 24;
inline const QByteArray ApiVersionHeader = QByteArrayLiteral("X-SkyPilot-API-Version");
inline const QByteArray VersionHeader = QByteArrayLiteral("X-SkyPilot-Version");
} // namespace ClientVersion
