// SPDX-License-Identifier: MIT
#pragma once

#include "secret.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class CredentialStore;

/// One read, write or removal in a CredentialStore. It finishes exactly once, always later than the call
/// that created it (never from inside read()/write()/remove()), and then deletes itself unless told
/// otherwise. A watchdog can bound the wait, because a keychain backend may never answer (QtKeychain
/// passes no cancellable to libsecret and has no timeout of its own); a backend answer that arrives after
/// the job finished is ignored.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    enum class Result {
        Pending, ///< not finished yet
        Ok,
        NotFound, ///< no entry for this key: ask the user, this is not an error
        Unavailable, ///< no backend, locked, denied, or any other failure: errorText() says which
        TimedOut, ///< the backend did not answer before the watchdog fired
    };
    Q_ENUM(Result)

    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    const QString &key() const { return m_key; }
    bool isFinished() const { return m_result != Result::Pending; }
    Result result() const { return m_result; }
    /// For people; empty when the job succeeded. Never contains the secret.
    const QString &errorText() const { return m_errorText; }
    /// What a successful read found; empty otherwise.
    const Secret &secret() const { return m_secret; }
    /// Moves the secret out, so that the job no longer holds a copy.
    Secret takeSecret();

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Arms (or re-arms) the watchdog: unless the job finished before, it finishes with
    /// Result::TimedOut once timeout has passed. Does nothing after the job finished.
    void startWatchdog(std::chrono::milliseconds timeout);
    bool isWatchdogActive() const { return m_watchdog.isActive(); }

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, QString key, QObject *parent);

    /// Records the outcome and emits finished(); returns false (and changes nothing) if the job had
    /// already finished, which is how a late backend answer is ignored.
    bool finish(Result result, const QString &errorText, Secret secret);
    void onWatchdog();

    QTimer m_watchdog;
    QString m_key;
    QString m_errorText;
    Secret m_secret;
    Operation m_operation;
    Result m_result = Result::Pending;
    std::chrono::milliseconds m_timeout{0};
    bool m_autoDelete = true;
};
