// SPDX-License-Identifier: MIT
#include "wrappedtextguard.h"

#include <QEvent>
#include <QWidget>

WrappedTextGuard::WrappedTextGuard(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void WrappedTextGuard::install(QWidget *window)
{
    new WrappedTextGuard(window);
}

bool WrappedTextGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Text changes arrive as layout requests, narrowing as resizes: both can need more height.
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
        auto *window = static_cast<QWidget *>(watched);
        if (const int needed = window->heightForWidth(window->width()); needed > 0)
            window->setMinimumHeight(needed);
    }
    return QObject::eventFilter(watched, event);
}
