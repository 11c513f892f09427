// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once and never rewound after its first byte has gone out.
///
/// Qt 6.4 silently sends a POST a second time when the server or a proxy closes the connection
/// before answering (security checklist Q12; qhttpnetworkconnectionchannel.cpp resends without
/// looking at the method). It only resends after rewinding the upload device, so a device that
/// refuses to rewind makes the reply fail with ContentReSendError instead: a change is never
/// applied twice behind the user's back. Until the first byte is read nothing has reached the
/// server, so Qt may still retry a connection that failed before that.
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUploadDevice)

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_started = false;
};
