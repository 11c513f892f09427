// SPDX-License-Identifier: MIT
#pragma once

#include "credentialjob.h"

#include <QObject>
#include <QString>
#include <QStringView>

class QUrl;

/// Where remembered passwords live: only in the operating system's keychain (KeychainCredentialStore),
/// or only in memory for this session (MemoryCredentialStore). Every call returns a job of its own that
/// finishes later, exactly once; the store owns its jobs, which delete themselves after finished().
/// Calls on one store take effect in the order they were made.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /// The keychain's service (namespace) for every entry of this application.
    static constexpr QStringView ServiceName = u"skyusers";

    ~CredentialStore() override;

    /// Reads the secret stored under key: Ok with secret(), or NotFound.
    CredentialJob *read(const QString &key);
    /// Stores (or replaces) the secret under key.
    CredentialJob *write(const QString &key, const Secret &secret);
    /// Forgets the entry under key; removing an entry that does not exist is Ok.
    CredentialJob *remove(const QString &key);

    /// The key of one account: "<scheme>://<host>:<port>/<username>", scheme and host in lower case,
    /// the port always written out (80 for http, 443 for https), IPv6 hosts in brackets. Path, query
    /// and any user info in the URL are ignored. Empty if the URL is not an http(s) URL with a host,
    /// or the user name is empty; the stores refuse an empty key.
    static QString keyFor(const QUrl &server, const QString &username);

protected:
    explicit CredentialStore(QObject *parent = nullptr);

    /// Start the operation for job (key validated, not empty). Implementations finish it through
    /// finishJob() or finishJobLater(), never synchronously from here.
    virtual void startRead(CredentialJob *job) = 0;
    virtual void startWrite(CredentialJob *job, const Secret &secret) = 0;
    virtual void startRemove(CredentialJob *job) = 0;

    /// Finishes job now; false if it had finished already (a late answer, which is then ignored).
    static bool finishJob(CredentialJob *job, CredentialJob::Result result, const QString &errorText = {},
                          Secret secret = {});
    /// Finishes job from the event loop, for stores that know the answer at once.
    static void finishJobLater(CredentialJob *job, CredentialJob::Result result, const QString &errorText = {},
                               Secret secret = {});

private:
    CredentialJob *createJob(CredentialJob::Operation operation, const QString &key);
};
