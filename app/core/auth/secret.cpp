// SPDX-License-Identifier: MIT
#include "secret.h"

#include <cstring>

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

Secret Secret::fromString(const QString &text)
{
    return Secret(text.toUtf8());
}

Secret Secret::fromUtf8(const QByteArray &bytes)
{
    // Deep copy: the caller's buffer stays the caller's to wipe.
    return Secret(QByteArray(bytes.constData(), bytes.size()));
}

Secret::Secret(const Secret &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{ }

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{ }

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

Secret::~Secret()
{
    wipe(m_bytes);
}

void Secret::clear()
{
    wipe(m_bytes);
    m_bytes.clear();
}

void Secret::wipe(QByteArray &bytes)
{
    // Only wipe a buffer we own alone; a shared one would corrupt another copy's value.
    if (bytes.isEmpty() || !bytes.isDetached())
        return;
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
}
