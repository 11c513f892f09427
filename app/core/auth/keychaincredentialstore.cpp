// SPDX-License-Identifier: MIT
#include "keychaincredentialstore.h"

#include "net/plaintext.h"

#include <qt6keychain/keychain.h>

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

KeychainCredentialStore::~KeychainCredentialStore() = default;

CredentialJob::Result KeychainCredentialStore::resultFor(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return CredentialJob::Result::Ok;
    case QKeychain::EntryNotFound:
        return CredentialJob::Result::NotFound;
    default:
        return CredentialJob::Result::Unavailable;
    }
}

QString KeychainCredentialStore::sanitisedBackendText(const QString &text, const Secret &secret)
{
    const QString clean = PlainText::sanitize(text, 200);
    if (!secret.isEmpty()) {
        // The derived forms are copies of the secret as well: wipe them once compared.
        QByteArray base64 = secret.utf8().toBase64();
        QByteArray percent = secret.utf8().toPercentEncoding();
        QByteArray raw = text.toUtf8();
        QByteArray shown = clean.toUtf8();
        bool leaks = false;
        for (const QByteArray *haystack : {&raw, &shown}) {
            leaks = leaks || haystack->contains(secret.utf8()) || haystack->contains(base64)
                    || haystack->contains(percent);
        }
        for (QByteArray *copy : {&base64, &percent, &raw, &shown})
            Secret::wipe(*copy);
        if (leaks)
            return tr("(details withheld: the message contained the password)");
    }
    return clean.isEmpty() ? tr("(no details)") : clean;
}

void KeychainCredentialStore::startRead(CredentialJob *job)
{
    run(job, new QKeychain::ReadPasswordJob(ServiceName.toString()), Secret());
}

void KeychainCredentialStore::startWrite(CredentialJob *job, const Secret &secret)
{
    auto *backendJob = new QKeychain::WritePasswordJob(ServiceName.toString());
    // A deep copy for QtKeychain, so the caller's buffer stays unshared and its owner can wipe it.
    // Binary, not text: the bytes come back exactly as written, whatever the encoding.
    backendJob->setBinaryData(QByteArray(secret.utf8().constData(), secret.size()));
    run(job, backendJob, secret);
}

void KeychainCredentialStore::startRemove(CredentialJob *job)
{
    run(job, new QKeychain::DeletePasswordJob(ServiceName.toString()), Secret());
}

void KeychainCredentialStore::run(CredentialJob *job, QKeychain::Job *backendJob, const Secret &written)
{
    backendJob->setKey(job->key());
    // Every job, explicitly: with the fallback on, an unreachable KWallet makes QtKeychain report success
    // and write the password in plain text to ~/.config/<service>.conf (security checklist K7, item 29).
    backendJob->setInsecureFallback(false);
    // No parent and auto-delete: libsecret calls back into the QtKeychain job through a raw pointer and
    // cannot be cancelled, so the job must live until the backend answers, even after our watchdog
    // fired and even if this store is gone by then.
    backendJob->setAutoDelete(true);

    // The job is the context: if it is deleted (after a timeout, say), a late answer goes nowhere; if it
    // still exists, finishJob() ignores an answer to a job that already finished.
    connect(backendJob, &QKeychain::Job::finished, job, [job, written](QKeychain::Job *done) {
        CredentialJob::Result result = resultFor(done->error());
        if (result == CredentialJob::Result::NotFound && job->operation() == CredentialJob::Operation::Remove)
            result = CredentialJob::Result::Ok; // already gone is what was asked for, on every platform
        QString text;
        Secret found;
        switch (result) {
        case CredentialJob::Result::Ok:
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                found = Secret::fromUtf8(readJob->binaryData());
            break;
        case CredentialJob::Result::NotFound:
            text = tr("No password is remembered for this account.");
            break;
        default:
            text = tr("The system keychain is not available: %1")
                           .arg(sanitisedBackendText(done->errorString(), written));
            break;
        }
        finishJob(job, result, text, std::move(found));
    });
    backendJob->start();
    job->startWatchdog(m_timeout);
}
