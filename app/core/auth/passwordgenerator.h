// SPDX-License-Identifier: MIT
#pragma once

#include "secret.h"

#include <QStringView>

/// Strong random passwords for new accounts and resets, drawn from the operating system's random source.
namespace PasswordGenerator {
/// Letters, digits and a few symbols, without look-alikes (0/O/o, 1/l/I, |) so a password read aloud or
/// copied by hand survives, and without ':' or quotes that shells and CSV files trip over.
QStringView alphabet();
inline constexpr int DefaultLength = 20;
Secret generate(int length = DefaultLength);
} // namespace PasswordGenerator
