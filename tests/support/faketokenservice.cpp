// SPDX-License-Identifier: MIT
#include "faketokenservice.h"

#include "fakejson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 kSecondsPerDay = 24 * 3600;

} // namespace

FakeTokenService::FakeTokenService()
    : m_secret(QCryptographicHash::hash("fake-skypilot-jwt-secret"_ba, QCryptographicHash::Sha256).toBase64(kBase64Url))
{ }

QString FakeTokenService::newTokenId()
{
    // Deterministic but unique: a counter through sha256, cut to token_urlsafe(12)'s 16 characters.
    const QByteArray seed = "token-id-" + QByteArray::number(++m_counter);
    return QString::fromLatin1(
            QCryptographicHash::hash(seed, QCryptographicHash::Sha256).left(12).toBase64(kBase64Url));
}

QString FakeTokenService::newServiceAccountId()
{
    const QByteArray seed = "service-account-" + QByteArray::number(++m_counter);
    return u"sa-"_s + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).left(8).toHex());
}

FakeTokenService::Minted FakeTokenService::mint(const QString &tokenId, const QString &serviceAccountUserId,
                                                std::optional<int> expiresInDays, qint64 now) const
{
    QList<FakeJson::Member> claims = {
            {u"i"_s, FakeJson::string(u"sky"_s)},
            {u"t"_s, FakeJson::number(now)},
            {u"u"_s, FakeJson::string(serviceAccountUserId)},
            {u"k"_s, FakeJson::string(tokenId)},
            {u"y"_s, FakeJson::string(u"sa"_s)},
    };
    std::optional<qint64> expiresAt;
    // 0 and None both mean "never expires" (the handler maps 0 to None before calling us).
    if (expiresInDays && *expiresInDays > 0) {
        expiresAt = now + qint64(*expiresInDays) * kSecondsPerDay;
        claims.append({u"e"_s, FakeJson::number(*expiresAt)});
        claims.append({u"exp"_s, FakeJson::number(*expiresAt)});
    }
    const QByteArray header
            = FakeJson::object({{u"alg"_s, FakeJson::string(u"HS256"_s)}, {u"typ"_s, FakeJson::string(u"JWT"_s)}});
    const QByteArray signingInput = header.toBase64(kBase64Url) + '.' + FakeJson::object(claims).toBase64(kBase64Url);
    const QString token = u"sky_"_s + QString::fromLatin1(signingInput + '.' + sign(signingInput));
    return {tokenId, token, sha256Hex(token), expiresAt};
}

std::optional<FakeTokenService::Claims> FakeTokenService::verify(const QString &token, qint64 now) const
{
    if (!token.startsWith(u"sky_"_s))
        return std::nullopt;
    const QList<QByteArray> parts = token.mid(4).toLatin1().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (sign(signingInput) != parts.at(2))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), kBase64Url);
    if (!decoded)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    if (payload.value(u"i"_s).toString() != u"sky"_s || payload.value(u"y"_s).toString() != u"sa"_s)
        return std::nullopt;
    // PyJWT checks the registered "exp" claim itself (ExpiredSignatureError).
    if (payload.contains(u"exp"_s) && qint64(payload.value(u"exp"_s).toDouble()) <= now)
        return std::nullopt;
    return Claims{payload.value(u"u"_s).toString(), payload.value(u"k"_s).toString()};
}

QString FakeTokenService::sha256Hex(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray FakeTokenService::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256).toBase64(kBase64Url);
}
