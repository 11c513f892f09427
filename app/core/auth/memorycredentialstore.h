// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QHash>

/// Keeps secrets in this process only: for sessions whose password is not to be remembered, as the
/// fallback when the keychain is unavailable, and for tests. Answers from the event loop, like the
/// keychain, so callers cannot come to rely on a synchronous answer. Secrets are wiped when replaced,
/// removed, cleared or when the store is destroyed.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    /// Forgets every entry at once (logout of a session-only login).
    void clear();
    qsizetype count() const { return m_entries.size(); }

protected:
    void startRead(CredentialJob *job) override;
    void startWrite(CredentialJob *job, const Secret &secret) override;
    void startRemove(CredentialJob *job) override;

private:
    QHash<QString, Secret> m_entries;
};
