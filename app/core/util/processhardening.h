// SPDX-License-Identifier: MIT
#pragma once

/// Keeps passwords out of crash dumps and away from other processes of the same user: no core files,
/// and the process is not dumpable, so /proc/<pid>/mem is closed to them (security checklist item 27,
/// as KeePassXC's Bootstrap does). Linux only; elsewhere it does nothing.
namespace ProcessHardening {
/// Applies both; returns false if either could not be applied.
bool apply();
/// For tests and diagnostics: whether core files are off and the process is not dumpable.
bool isApplied();
} // namespace ProcessHardening
