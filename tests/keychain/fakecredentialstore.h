// SPDX-License-Identifier: MIT
#pragma once

#include "auth/credentialstore.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <chrono>

/// A keychain that can be told to misbehave the ways real ones do: deny access (Unavailable), lose
/// the entry (NotFound) or never answer at all (a pending unlock prompt, QtKeychain issue #240). Jobs
/// get the same watchdog as KeychainCredentialStore's, so the timeout path is tested without a hanging
/// D-Bus service, and a held job can be answered late to check that the answer is ignored.
class FakeCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCredentialStore)

public:
    enum class Mode {
        Answer, ///< behaves like a working keychain (entries kept in memory)
        Deny, ///< every call finishes Unavailable, as when the user or the backend refuses
        NotFound, ///< every call finishes NotFound
        Hang, ///< no call ever finishes by itself; see answerHeldJobs()
    };

    explicit FakeCredentialStore(QObject *parent = nullptr);
    ~FakeCredentialStore() override;

    void setMode(Mode mode) { m_mode = mode; }
    /// The watchdog of jobs started from now on; zero means none.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    int calls() const { return m_calls; }
    qsizetype heldJobs() const { return m_held.size(); }

    /// Answers every job held in Hang mode with Ok now, as a backend that wakes up late would. Returns
    /// how many answers were taken; a job that already finished (its watchdog fired) or was deleted
    /// ignores the answer.
    int answerHeldJobs();

protected:
    void startRead(CredentialJob *job) override;
    void startWrite(CredentialJob *job, const Secret &secret) override;
    void startRemove(CredentialJob *job) override;

private:
    /// Arms the watchdog and returns true if the job should be answered from the entries.
    bool begin(CredentialJob *job);

    QHash<QString, Secret> m_entries;
    QList<QPointer<CredentialJob>> m_held;
    std::chrono::milliseconds m_timeout{0};
    Mode m_mode = Mode::Answer;
    int m_calls = 0;
};
