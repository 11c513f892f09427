// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class Session;
class UserDirectory;
class QWidget;

/// `skyusers --screenshot FILE`, for the package test (tools/package-test), which has nobody to look
/// at the window: once signed in and the users are listed it saves the users window as a PNG and quits
/// with 0; it quits with 1 when the listing fails, the file cannot be written or nothing is listed in
/// time. Only the main window is drawn (never the sign-in dialog), so no password reaches the file.
class PackagingScreenshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackagingScreenshot)

public:
    static constexpr int TimeoutMs = 60'000;
    /// The window updates its labels and status bar in the same round as the listing arrives, and
    /// lays them out in the next: the picture waits this long so it never shows half-updated text.
    static constexpr int SettleMs = 250;

    PackagingScreenshot(const QString &file, QWidget &window, Session &session, UserDirectory &directory,
                        QObject *parent = nullptr);

private:
    void save();
    void quit(int exitCode, const QString &message);

    QString m_file;
    QWidget &m_window;
    Session &m_session;
    QTimer m_timeout;
    bool m_done = false;
    bool m_saveScheduled = false;
};
