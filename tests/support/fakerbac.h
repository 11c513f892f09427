// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// check_endpoint_permission(): the default casbin policy. `user` has a blocklist, `viewer` an
// allowlist, admin passes. 0.14.1 differs from the spec here: a caller with no role, or with a role
// nobody recognises, is denied (the spec says such a caller passes RBAC).
class FakeRbac final
{
public:
    FakeRbac() = delete;

    static bool isBlocked(const QString &role, const QByteArray &method, const QString &path);
    // casbin's keyMatch2: ":name" matches one path segment, "*" anything.
    static bool keyMatch2(const QString &path, const QString &pattern);
};
