// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

/// A throw-away certificate for 127.0.0.1, made with openssl the way an admin makes one for a test
/// server. Null when openssl is missing or fails (the caller's QVERIFY then says so).
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SelfSignedCertificate make(const QTemporaryDir &dir, const QString &name)
    {
        const QString key = dir.filePath(name + QStringLiteral(".key"));
        const QString cert = dir.filePath(name + QStringLiteral(".pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=SkyUsers tests"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return SelfSignedCertificate();
        QFile keyFile(key);
        QFile certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return SelfSignedCertificate();
        return {QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa)};
    }
};
