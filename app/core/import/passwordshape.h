// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What the server would make of a password field. Its passlib context verifies bcrypt, sha256_crypt,
/// sha512_crypt, des_crypt, apr_md5_crypt and ldap_sha1, and /users/import stores anything that context
/// identifies verbatim (../shared/skypilot-api.md §3.5, §7.1). passlib identifies most schemes by prefix
/// alone and des_crypt by shape (2 or 13 characters of [./0-9A-Za-z]), so plain passwords can look like
/// hashes.
struct PasswordShape
{
    enum class Kind {
        Plain, ///< the server hashes it
        LookAlike, ///< meant as a password, but /users/import would store it as a hash nobody can sign in with
        Hash, ///< a well-formed hash of a scheme the server verifies
        UnsupportedHash, ///< a hash of a scheme the server cannot verify: it would become the password itself
    };

    Kind kind = Kind::Plain;
    QString scheme; ///< passlib's idea of it: bcrypt, des_crypt, md5_crypt…; empty for Plain
    bool weak = false; ///< a scheme cracked in hours on a GPU (des_crypt, md5-crypt, apr1, unsalted SHA-1)

    static PasswordShape of(const QString &password);
};
