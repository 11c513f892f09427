// SPDX-License-Identifier: MIT
#include "fakepasswordhasher.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <crypt.h>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr char kItoa64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// crypt_r() on a setting; nullopt for libxcrypt's failure tokens ("*0", "*1") or a null result.
std::optional<QByteArray> cryptR(const QByteArray &password, const QByteArray &setting)
{
    // struct crypt_data is 32 KiB: keep it off the stack.
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char *result = crypt_r(password.constData(), setting.constData(), data.get());
    if (result == nullptr || result[0] == '*')
        return std::nullopt;
    return QByteArray(result);
}

void appendTo64(QByteArray &out, quint32 value, int count)
{
    while (count-- > 0) {
        out += kItoa64[value & 0x3f];
        value >>= 6;
    }
}

bool isDesAlphabet(const QString &text)
{
    static const QRegularExpression pattern(u"\\A[./0-9A-Za-z]+\\z"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

FakePasswordHasher::FakePasswordHasher(int bcryptCost)
    : m_bcryptCost(bcryptCost)
{ }

void FakePasswordHasher::setBcryptCost(int cost)
{
    m_bcryptCost = cost;
}

int FakePasswordHasher::bcryptCost() const
{
    return m_bcryptCost;
}

QString FakePasswordHasher::hash(const QString &password)
{
    const QByteArray randomBytes = QCryptographicHash::hash(QByteArray::number(++m_saltCounter) + "fake-skypilot-salt",
                                                            QCryptographicHash::Md5);
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(m_bcryptCost), randomBytes.constData(),
                          static_cast<int>(randomBytes.size()), setting, sizeof setting))
        qFatal("crypt_gensalt_rn failed for bcrypt cost %d", m_bcryptCost);
    const std::optional<QByteArray> hashed = cryptR(password.toUtf8(), QByteArray(setting));
    if (!hashed)
        qFatal("crypt_r could not produce a bcrypt hash");
    return QString::fromLatin1(*hashed);
}

FakePasswordHasher::Scheme FakePasswordHasher::identify(const QString &hash)
{
    // Same order as the CryptContext; the first scheme that claims the text wins.
    static const QStringList bcryptIdents = {u"$2$"_s, u"$2a$"_s, u"$2x$"_s, u"$2y$"_s, u"$2b$"_s};
    for (const QString &ident : bcryptIdents) {
        if (hash.startsWith(ident))
            return Scheme::Bcrypt;
    }
    if (hash.startsWith(u"$5$"_s))
        return Scheme::Sha256Crypt;
    if (hash.startsWith(u"$6$"_s))
        return Scheme::Sha512Crypt;
    if ((hash.size() == 13 || hash.size() == 2) && isDesAlphabet(hash))
        return Scheme::DesCrypt;
    if (hash.startsWith(u"$apr1$"_s))
        return Scheme::AprMd5Crypt;
    if (hash.startsWith(u"{SHA}"_s))
        return Scheme::LdapSha1;
    return Scheme::Unknown;
}

QString FakePasswordHasher::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Bcrypt:
        return u"bcrypt"_s;
    case Scheme::Sha256Crypt:
        return u"sha256_crypt"_s;
    case Scheme::Sha512Crypt:
        return u"sha512_crypt"_s;
    case Scheme::DesCrypt:
        return u"des_crypt"_s;
    case Scheme::AprMd5Crypt:
        return u"apr_md5_crypt"_s;
    case Scheme::LdapSha1:
        return u"ldap_sha1"_s;
    case Scheme::Unknown:
        break;
    }
    return QString();
}

FakePasswordHasher::Verification FakePasswordHasher::verify(const QString &password, const QString &hash)
{
    using Result = Verification::Result;
    const Scheme scheme = identify(hash);
    if (scheme == Scheme::Unknown)
        return {Result::Error, u"hash could not be identified"_s};
    const QString malformed = u"not a valid %1 hash"_s.arg(schemeName(scheme));
    const auto compare = [&](const QString &computed) {
        return computed == hash ? Verification{Result::Match, {}} : Verification{Result::Mismatch, {}};
    };

    switch (scheme) {
    case Scheme::DesCrypt:
        // passlib parses a 2-character des_crypt string as a salt without a checksum.
        if (hash.size() == 2)
            return {Result::Error, u"expected des_crypt hash, got des_crypt config string instead"_s};
        [[fallthrough]];
    case Scheme::Bcrypt:
    case Scheme::Sha256Crypt:
    case Scheme::Sha512Crypt: {
        const std::optional<QByteArray> computed = cryptR(password.toUtf8(), hash.toLatin1());
        if (!computed)
            return {Result::Error, malformed};
        return compare(QString::fromLatin1(*computed));
    }
    case Scheme::AprMd5Crypt: {
        static const QRegularExpression pattern(u"\\A\\$apr1\\$([^$]{0,8})\\$[./0-9A-Za-z]{22}\\z"_s);
        const QRegularExpressionMatch match = pattern.match(hash);
        if (!match.hasMatch())
            return {Result::Error, malformed};
        return compare(aprMd5Crypt(password.toUtf8(), match.captured(1).toLatin1()));
    }
    case Scheme::LdapSha1: {
        static const QRegularExpression pattern(u"\\A\\{SHA\\}[+/a-zA-Z0-9]{27}=\\z"_s);
        if (!pattern.match(hash).hasMatch())
            return {Result::Error, malformed};
        return compare(ldapSha1(password));
    }
    case Scheme::Unknown:
        break;
    }
    return {Result::Error, malformed};
}

QString FakePasswordHasher::aprMd5Crypt(const QByteArray &password, const QByteArray &salt)
{
    // Poul-Henning Kamp's md5crypt with the "$apr1$" magic, as in Apache's apr_md5.c.
    const QByteArray magic = "$apr1$"_ba;
    const QByteArray alternate = QCryptographicHash::hash(password + salt + password, QCryptographicHash::Md5);

    QCryptographicHash context(QCryptographicHash::Md5);
    context.addData(password + magic + salt);
    for (qsizetype left = password.size(); left > 0; left -= 16)
        context.addData(QByteArrayView(alternate).first(qMin<qsizetype>(16, left)));
    for (qsizetype bits = password.size(); bits != 0; bits >>= 1)
        context.addData((bits & 1) ? QByteArrayView("\0", 1) : QByteArrayView(password).first(1));
    QByteArray digest = context.result();

    for (int round = 0; round < 1000; ++round) {
        QCryptographicHash step(QCryptographicHash::Md5);
        step.addData((round & 1) ? password : digest);
        if (round % 3)
            step.addData(salt);
        if (round % 7)
            step.addData(password);
        step.addData((round & 1) ? digest : password);
        digest = step.result();
    }

    const auto byte = [&digest](int index) { return quint32(quint8(digest.at(index))); };
    QByteArray encoded;
    appendTo64(encoded, (byte(0) << 16) | (byte(6) << 8) | byte(12), 4);
    appendTo64(encoded, (byte(1) << 16) | (byte(7) << 8) | byte(13), 4);
    appendTo64(encoded, (byte(2) << 16) | (byte(8) << 8) | byte(14), 4);
    appendTo64(encoded, (byte(3) << 16) | (byte(9) << 8) | byte(15), 4);
    appendTo64(encoded, (byte(4) << 16) | (byte(10) << 8) | byte(5), 4);
    appendTo64(encoded, byte(11), 2);
    return QString::fromLatin1(magic + salt + '$' + encoded);
}

QString FakePasswordHasher::ldapSha1(const QString &password)
{
    return u"{SHA}"_s
            + QString::fromLatin1(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1).toBase64());
}
