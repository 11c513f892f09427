// SPDX-License-Identifier: MIT
#include "keychainchild.h"

#include "auth/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace KeychainChild {

Secret noBusPassword()
{
    return Secret::fromString(u"no-bus p\u00e4ssword:\u20ac"_s);
}

QByteArray resultName(CredentialJob::Result result)
{
    return QMetaEnum::fromType<CredentialJob::Result>().valueToKey(int(result));
}

/// Waits for job in a local loop, bounded well above the store's own watchdog.
static CredentialJob::Result await(CredentialJob *job, qint64 *elapsedMs = nullptr)
{
    QElapsedTimer elapsed;
    elapsed.start();
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &CredentialJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    if (elapsedMs)
        *elapsedMs = elapsed.elapsed();
    return job->result();
}

static int readAndCompare(const QString &key)
{
    KeychainCredentialStore store;
    CredentialJob *job = store.read(key);
    const CredentialJob::Result result = await(job);
    const QByteArray hash = QCryptographicHash::hash(job->secret().utf8(), QCryptographicHash::Sha256).toHex();
    const bool match = result == CredentialJob::Result::Ok && hash == qgetenv(ExpectedHashVariable);
    std::printf("read %s %s\n", resultName(result).constData(), match ? "match" : "mismatch");
    return match ? 0 : 1;
}

static int tryWithoutBus(const QString &key)
{
    KeychainCredentialStore store;
    qint64 ms = 0;
    CredentialJob *write = store.write(key, noBusPassword());
    const CredentialJob::Result written = await(write, &ms);
    std::printf("write %s %lld\n", resultName(written).constData(), static_cast<long long>(ms));
    std::printf("text %s\n", write->errorText().toUtf8().constData());
    CredentialJob *read = store.read(key);
    const CredentialJob::Result found = await(read, &ms);
    std::printf("read %s %lld\n", resultName(found).constData(), static_cast<long long>(ms));
    return 0;
}

int runIfChild(int argc, char **argv)
{
    if (argc != 3 || (std::strcmp(argv[1], ReadArgument) != 0 && std::strcmp(argv[1], NoBusArgument) != 0))
        return -1;
    QCoreApplication app(argc, argv);
    const QString key = QString::fromLocal8Bit(argv[2]);
    const int status = std::strcmp(argv[1], ReadArgument) == 0 ? readAndCompare(key) : tryWithoutBus(key);
    // QtKeychain deletes its finished jobs later; let that happen so leak checkers see a clean exit.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    std::fflush(stdout);
    return status;
}

} // namespace KeychainChild
