// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// The command line, read before any QApplication exists so that --help and --version work on a
/// machine with no display.
class CommandLine final
{
public:
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    static CommandLine parse(const QStringList &arguments);

    Outcome outcome() const { return m_outcome; }
    /// What to print before exiting (help, version, or the error).
    const QString &message() const { return m_message; }
    QUrl server() const { return m_server; }
    QString user() const { return m_user; }
    /// --demo: the demo script offers the demo admin's password in SKYUSERS_DEMO_PASSWORD.
    bool demo() const { return m_demo; }
    /// --screenshot: where the packaging test wants the picture of the signed-in window, or empty.
    QString screenshotFile() const { return m_screenshotFile; }

private:
    Outcome m_outcome = Outcome::Run;
    QString m_message;
    QUrl m_server;
    QString m_user;
    bool m_demo = false;
    QString m_screenshotFile;
};
