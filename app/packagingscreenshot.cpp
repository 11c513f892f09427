// SPDX-License-Identifier: MIT
#include "packagingscreenshot.h"

#include "net/apierror.h"
#include "session/session.h"
#include "session/userdirectory.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

#include <cstdio>

PackagingScreenshot::PackagingScreenshot(const QString &file, QWidget &window, Session &session,
                                         UserDirectory &directory, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_window(window)
    , m_session(session)
{
    connect(&directory, &UserDirectory::refreshed, this, [this] {
        if (m_session.state() != Session::State::SignedIn || m_saveScheduled)
            return;
        m_saveScheduled = true;
        QTimer::singleShot(SettleMs, this, &PackagingScreenshot::save);
    });
    connect(&directory, &UserDirectory::refreshFailed, this,
            [this](const ApiError &error) { quit(1, tr("The users could not be listed: %1").arg(error.message)); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { quit(1, tr("Not signed in with the users listed after %1 s.").arg(TimeoutMs / 1000)); });
    m_timeout.start(TimeoutMs);
}

void PackagingScreenshot::save()
{
    // QSaveFile: the test never finds half a picture, and a failed write leaves no file behind.
    QSaveFile out(m_file);
    const QImage image = m_window.grab().toImage();
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        quit(1, tr("The picture could not be saved to %1.").arg(m_file));
        return;
    }
    quit(0, tr("Saved %1 (%2 \u00d7 %3).").arg(m_file).arg(image.width()).arg(image.height()));
}

void PackagingScreenshot::quit(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qUtf8Printable(message));
    QCoreApplication::exit(exitCode);
}
