// SPDX-License-Identifier: MIT
#include "credentialjob.h"

#include <QLocale>
#include <QPointer>

CredentialJob::CredentialJob(Operation operation, QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_operation(operation)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &CredentialJob::onWatchdog);
}

CredentialJob::~CredentialJob() = default;

Secret CredentialJob::takeSecret()
{
    return std::exchange(m_secret, Secret());
}

void CredentialJob::startWatchdog(std::chrono::milliseconds timeout)
{
    if (isFinished())
        return;
    m_timeout = timeout;
    m_watchdog.start(timeout);
}

void CredentialJob::onWatchdog()
{
    const double seconds = double(m_timeout.count()) / 1000.0;
    finish(Result::TimedOut,
           tr("The system keychain did not answer within %1 seconds.").arg(QLocale().toString(seconds, 'g', 3)),
           Secret());
}

bool CredentialJob::finish(Result result, const QString &errorText, Secret secret)
{
    if (isFinished() || result == Result::Pending)
        return false;
    m_watchdog.stop();
    m_result = result;
    m_errorText = result == Result::Ok ? QString() : errorText;
    // Only a successful read carries a secret; anything else a backend handed over is dropped (and wiped).
    if (result == Result::Ok && m_operation == Operation::Read)
        m_secret = std::move(secret);

    // A receiver may delete the job from its slot; touch nothing of it afterwards unless it survived.
    const QPointer<CredentialJob> self(this);
    Q_EMIT finished();
    if (self && m_autoDelete)
        deleteLater();
    return true;
}
