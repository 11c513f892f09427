// SPDX-License-Identifier: MIT
#include "fakecredentialstore.h"

using namespace Qt::StringLiterals;

FakeCredentialStore::FakeCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

FakeCredentialStore::~FakeCredentialStore() = default;

bool FakeCredentialStore::begin(CredentialJob *job)
{
    ++m_calls;
    if (m_timeout.count() > 0)
        job->startWatchdog(m_timeout);
    switch (m_mode) {
    case Mode::Answer:
        return true;
    case Mode::Deny:
        // Worded like QtKeychain's own messages, so that the text path is exercised as well.
        finishJobLater(job, CredentialJob::Result::Unavailable, u"Access to keychain denied"_s);
        return false;
    case Mode::NotFound:
        finishJobLater(job, CredentialJob::Result::NotFound, u"Entry not found"_s);
        return false;
    case Mode::Hang:
        m_held.append(job);
        return false;
    }
    return false;
}

void FakeCredentialStore::startRead(CredentialJob *job)
{
    if (!begin(job))
        return;
    const auto it = m_entries.constFind(job->key());
    if (it == m_entries.constEnd())
        finishJobLater(job, CredentialJob::Result::NotFound, u"Entry not found"_s);
    else
        finishJobLater(job, CredentialJob::Result::Ok, {}, *it);
}

void FakeCredentialStore::startWrite(CredentialJob *job, const Secret &secret)
{
    if (!begin(job))
        return;
    m_entries.insert(job->key(), secret);
    finishJobLater(job, CredentialJob::Result::Ok);
}

void FakeCredentialStore::startRemove(CredentialJob *job)
{
    if (!begin(job))
        return;
    m_entries.remove(job->key());
    finishJobLater(job, CredentialJob::Result::Ok);
}

int FakeCredentialStore::answerHeldJobs()
{
    int taken = 0;
    const QList<QPointer<CredentialJob>> held = std::exchange(m_held, {});
    for (const QPointer<CredentialJob> &job : held) {
        if (finishJob(job, CredentialJob::Result::Ok))
            ++taken;
    }
    return taken;
}
