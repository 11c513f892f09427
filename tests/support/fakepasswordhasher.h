// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The server's passlib CryptContext(['bcrypt', 'sha256_crypt', 'sha512_crypt', 'des_crypt',
// 'apr_md5_crypt', 'ldap_sha1']), rebuilt on libxcrypt's crypt_r. New hashes are real bcrypt
// ($2b$) but with a low cost (default 4 instead of passlib's 12) so that tests stay fast.
class FakePasswordHasher final
{
public:
    enum class Scheme { Unknown, Bcrypt, Sha256Crypt, Sha512Crypt, DesCrypt, AprMd5Crypt, LdapSha1 };

    struct Verification
    {
        enum class Result { Match, Mismatch, Error };
        Result result = Result::Mismatch;
        QString error; // passlib's ValueError text when result is Error
    };

    explicit FakePasswordHasher(int bcryptCost = 4);

    void setBcryptCost(int cost);
    int bcryptCost() const;

    // crypt_ctx.hash(): bcrypt. Salts come from a counter, so a run of the suite is reproducible.
    QString hash(const QString &password);

    // crypt_ctx.identify(): the first scheme whose identify() accepts the text. Like passlib it
    // looks at prefixes only, except for des_crypt, whose pattern makes every 13- or 2-character
    // string of [./0-9A-Za-z] a "hash".
    static Scheme identify(const QString &hash);
    static QString schemeName(Scheme scheme);

    // crypt_ctx.verify(): Error means passlib would raise (unknown or malformed hash), which the
    // server does not catch.
    static Verification verify(const QString &password, const QString &hash);

    // htpasswd's MD5 variant; libxcrypt has no $apr1$, so it is done by hand.
    static QString aprMd5Crypt(const QByteArray &password, const QByteArray &salt);
    static QString ldapSha1(const QString &password);

private:
    int m_bcryptCost;
    quint64 m_saltCounter = 0;
};
