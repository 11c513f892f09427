// SPDX-License-Identifier: MIT
#pragma once

class Secret;

/// Puts a secret on the clipboard the way password managers do (checklist item 26): marked with
/// "x-kde-passwordManagerHint: secret" so clipboard histories skip it, and taken off again after a
/// while, but only if the clipboard still holds it.
namespace SecretClipboard {
inline constexpr int DefaultClearAfterMs = 60'000;
inline constexpr const char *HintFormat = "x-kde-passwordManagerHint";
void copy(const Secret &secret, int clearAfterMs = DefaultClearAfterMs);
} // namespace SecretClipboard
