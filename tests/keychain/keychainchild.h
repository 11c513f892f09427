// SPDX-License-Identifier: MIT
#pragma once

#include "auth/credentialjob.h"

#include <QByteArray>

/// The second process of tst_keychainreal: the same binary started with a child argument, so that an
/// entry is read back by a process that did not write it, and a store is tried with no D-Bus at all.
namespace KeychainChild {
/// "--child-read <key>": reads key, compares the SHA-256 of the secret with $SKYUSERS_EXPECT_SHA256
/// (hex) and exits 0 only if they match. The secret itself never travels through argv or the environment.
inline constexpr char ReadArgument[] = "--child-read";
/// "--child-no-bus <key>": writes noBusPassword() under key, then reads it; prints one line per job,
/// "<operation> <Result> <milliseconds>", and exits 0 unless the process itself failed.
inline constexpr char NoBusArgument[] = "--child-no-bus";
inline constexpr char ExpectedHashVariable[] = "SKYUSERS_EXPECT_SHA256";

Secret noBusPassword();
QByteArray resultName(CredentialJob::Result result);
/// Runs a child mode if argv asks for one; returns -1 if not.
int runIfChild(int argc, char **argv);
} // namespace KeychainChild
