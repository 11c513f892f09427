// SPDX-License-Identifier: MIT
#include "secretclipboard.h"

#include "auth/secret.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace SecretClipboard {

void copy(const Secret &secret, int clearAfterMs)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *data = new QMimeData;
    data->setText(secret.toString());
    data->setData(QString::fromLatin1(HintFormat), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data);
    // The clipboard owns and deletes the data once something else is copied, so a live pointer that
    // is still the clipboard's content means nobody copied anything since: only then is it cleared.
    // The clipboard is the timer's context so this happens even after the dialog has closed.
    QPointer<QMimeData> ours(data);
    QTimer::singleShot(clearAfterMs, clipboard, [clipboard, ours] {
        if (ours && clipboard->mimeData() == ours.data())
            clipboard->clear();
    });
}

} // namespace SecretClipboard
