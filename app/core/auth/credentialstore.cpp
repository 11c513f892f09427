// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

CredentialJob *CredentialStore::read(const QString &key)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Read, key);
    if (!key.isEmpty())
        startRead(job);
    return job;
}

CredentialJob *CredentialStore::write(const QString &key, const Secret &secret)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Write, key);
    if (!key.isEmpty())
        startWrite(job, secret);
    return job;
}

CredentialJob *CredentialStore::remove(const QString &key)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Remove, key);
    if (!key.isEmpty())
        startRemove(job);
    return job;
}

CredentialJob *CredentialStore::createJob(CredentialJob::Operation operation, const QString &key)
{
    auto *job = new CredentialJob(operation, key, this);
    // An empty key would name one shared entry for every account (keyFor() returns it for a bad URL).
    if (key.isEmpty())
        finishJobLater(job, CredentialJob::Result::Unavailable,
                       tr("The account has no valid server address or user name."));
    return job;
}

bool CredentialStore::finishJob(CredentialJob *job, CredentialJob::Result result, const QString &errorText,
                                Secret secret)
{
    return job && job->finish(result, errorText, std::move(secret));
}

void CredentialStore::finishJobLater(CredentialJob *job, CredentialJob::Result result, const QString &errorText,
                                     Secret secret)
{
    // Queued with the job as context: if the job is deleted first, the call is dropped with it.
    QMetaObject::invokeMethod(
            job,
            [job, result, errorText, secret = std::move(secret)]() mutable {
                job->finish(result, errorText, std::move(secret));
            },
            Qt::QueuedConnection);
}

QString CredentialStore::keyFor(const QUrl &server, const QString &username)
{
    const QString scheme = server.scheme().toLower();
    int defaultPort = -1;
    if (scheme == "https"_L1)
        defaultPort = 443;
    else if (scheme == "http"_L1)
        defaultPort = 80;
    QString host = server.host().toLower();
    if (defaultPort < 0 || host.isEmpty() || username.isEmpty())
        return {};
    // QUrl::host() drops the brackets of an IPv6 literal; put them back so the port stays unambiguous.
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return scheme + "://"_L1 + host + u':' + QString::number(server.port(defaultPort)) + u'/' + username;
}
