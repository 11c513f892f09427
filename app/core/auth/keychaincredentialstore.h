// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

/// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows), service CredentialStore::ServiceName, one entry per account key.
/// Never falls back to QtKeychain's plaintext file. Each job is bounded by a watchdog, since a backend
/// can wait for ever (an unanswered unlock prompt): the job then finishes with TimedOut while the
/// QtKeychain job is left to end on its own. QtKeychain runs its jobs one at a time per process, so
/// until a hung backend answers, later jobs time out as well.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10'000};

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// The watchdog of jobs started from now on.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// A QKeychain::Error as a result: NoError is Ok, EntryNotFound is NotFound, every other code is
    /// Unavailable (on Linux a missing bus or service, a locked keyring and a denial all come as
    /// OtherError or AccessDenied; NoBackendAvailable is rare).
    static CredentialJob::Result resultFor(int keychainError);
    /// The backend's message made fit for people: one line, no control characters, bounded, and
    /// withheld entirely if it contains the secret, as text, as the base64 QtKeychain stores, or
    /// percent-encoded.
    static QString sanitisedBackendText(const QString &text, const Secret &secret);

protected:
    void startRead(CredentialJob *job) override;
    void startWrite(CredentialJob *job, const Secret &secret) override;
    void startRemove(CredentialJob *job) override;

private:
    void run(CredentialJob *job, QKeychain::Job *backendJob, const Secret &written);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
