// SPDX-License-Identifier: MIT
#include "oneshotuploaddevice.h"

#include <algorithm>
#include <cstring>

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotUploadDevice::seek(qint64 pos)
{
    if (m_started && pos != this->pos())
        return false;
    return QIODevice::seek(pos);
}

bool OneShotUploadDevice::reset()
{
    return seek(0);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 available = std::max<qint64>(0, m_data.size() - pos());
    const qint64 count = std::min(maxSize, available);
    if (count > 0) {
        std::memcpy(data, m_data.constData() + pos(), static_cast<size_t>(count));
        m_started = true;
    }
    return count;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}
