// SPDX-License-Identifier: MIT
#include "memorycredentialstore.h"

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::clear()
{
    m_entries.clear();
}

// The entries change when the call is made and only the answer is deferred: calls take effect in the
// order they were made, as with the keychain, whose jobs run one after another.
void MemoryCredentialStore::startRead(CredentialJob *job)
{
    const auto it = m_entries.constFind(job->key());
    if (it == m_entries.constEnd())
        finishJobLater(job, CredentialJob::Result::NotFound, tr("No password is remembered for this account."));
    else
        finishJobLater(job, CredentialJob::Result::Ok, {}, *it);
}

void MemoryCredentialStore::startWrite(CredentialJob *job, const Secret &secret)
{
    m_entries.insert(job->key(), secret);
    finishJobLater(job, CredentialJob::Result::Ok);
}

void MemoryCredentialStore::startRemove(CredentialJob *job)
{
    m_entries.remove(job->key());
    finishJobLater(job, CredentialJob::Result::Ok);
}
