// SPDX-License-Identifier: MIT
#include "passwordshape.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct Scheme
{
    QString name;
    QStringList prefixes; ///< what passlib's identify() looks at
    QRegularExpression wellFormed; ///< what a real hash of the scheme looks like
    bool weak;
};

const QList<Scheme> &serverSchemes()
{
    static const QList<Scheme> schemes{
            {u"bcrypt"_s,
             {u"$2$"_s, u"$2a$"_s, u"$2b$"_s, u"$2x$"_s, u"$2y$"_s},
             QRegularExpression(u"^\\$2[abxy]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$"_s),
             false},
            {u"sha256_crypt"_s,
             {u"$5$"_s},
             QRegularExpression(u"^\\$5\\$(rounds=[0-9]+\\$)?[./0-9A-Za-z]{0,16}\\$[./0-9A-Za-z]{43}$"_s),
             false},
            {u"sha512_crypt"_s,
             {u"$6$"_s},
             QRegularExpression(u"^\\$6\\$(rounds=[0-9]+\\$)?[./0-9A-Za-z]{0,16}\\$[./0-9A-Za-z]{86}$"_s),
             false},
            {u"apr_md5_crypt"_s,
             {u"$apr1$"_s},
             QRegularExpression(u"^\\$apr1\\$[./0-9A-Za-z]{0,8}\\$[./0-9A-Za-z]{22}$"_s),
             true},
            {u"ldap_sha1"_s, {u"{SHA}"_s}, QRegularExpression(u"^\\{SHA\\}[+/A-Za-z0-9]{27}=$"_s), true},
    };
    return schemes;
}
} // namespace

PasswordShape PasswordShape::of(const QString &password)
{
    for (const Scheme &scheme : serverSchemes()) {
        for (const QString &prefix : scheme.prefixes) {
            if (!password.startsWith(prefix))
                continue;
            // passlib stops at the prefix: a malformed "hash" would be stored all the same.
            if (scheme.wellFormed.match(password).hasMatch())
                return {Kind::Hash, scheme.name, scheme.weak};
            return {Kind::LookAlike, scheme.name, false};
        }
    }
    // des_crypt has no prefix, only a shape, and 13 characters is a plausible password: there is no telling
    // them apart, so it counts as a password (created, hence bcrypt-hashed). A look-alike once stored
    // verbatim by a naive import and now re-imported from an export thereby becomes a password that works.
    static const QRegularExpression des(u"^[./0-9A-Za-z]{2}([./0-9A-Za-z]{11})?$"_s);
    // Length first: a regular expression per row is what a 100,000-row preview would spend its time on.
    if ((password.size() == 2 || password.size() == 13) && des.match(password).hasMatch())
        return {Kind::LookAlike, u"des_crypt"_s, false};
    // Hashes from other systems that this server's context does not verify: sent anyhow they would
    // become the password, and nobody knows it.
    static const QRegularExpression md5crypt(u"^\\$1\\$[./0-9A-Za-z]{0,8}\\$[./0-9A-Za-z]{22}$"_s);
    if (password.startsWith(u"$1$") && md5crypt.match(password).hasMatch())
        return {Kind::UnsupportedHash, u"md5_crypt"_s, true};
    static const QRegularExpression ldap(u"^\\{(SSHA|SMD5|MD5|CRYPT|SSHA256|SSHA512)\\}"_s);
    if (!password.startsWith(u'{'))
        return {};
    if (const auto match = ldap.match(password); match.hasMatch())
        return {Kind::UnsupportedHash, u"ldap_"_s + match.captured(1).toLower(), true};
    return {};
}
