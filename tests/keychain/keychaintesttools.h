// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

/// Helpers of tst_keychainreal that have nothing to do with the keychain itself.
namespace KeychainTestTools {
/// Text of exactly `bytes` UTF-8 bytes, mixing 1- to 4-byte characters.
QString utf8OfSize(qsizetype bytes);
/// Runs a program to its end (killed by its pid after 60 s) and returns its merged output; exitCode is
/// -1 unless it exited normally.
QByteArray runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int &exitCode);
/// The regular files under root holding any of the secrets as UTF-8, base64 of UTF-8 or UTF-16;
/// scanned counts the files read.
QStringList filesContaining(const QString &root, const QList<Secret> &secrets, int &scanned);
} // namespace KeychainTestTools
