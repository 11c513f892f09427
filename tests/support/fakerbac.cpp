// SPDX-License-Identifier: MIT
#include "fakerbac.h"

#include <QList>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Rule = std::pair<QByteArray, QString>; // method, path pattern

// _DEFAULT_USER_BLOCKLIST on master, plus GET /workspaces/config (restrict_config_to_admins).
const QList<Rule> &userBlocklist()
{
    static const QList<Rule> rules = {
            {"POST"_ba, u"/workspaces/config"_s},
            {"POST"_ba, u"/workspaces/update"_s},
            {"POST"_ba, u"/workspaces/create"_s},
            {"POST"_ba, u"/workspaces/delete"_s},
            {"POST"_ba, u"/workspaces/batch_add_users"_s},
            {"POST"_ba, u"/workspaces/batch_remove_users"_s},
            {"POST"_ba, u"/users/delete"_s},
            {"POST"_ba, u"/users/create"_s},
            {"POST"_ba, u"/users/batch_update"_s},
            {"POST"_ba, u"/users/import"_s},
            {"GET"_ba, u"/users/export"_s},
            {"POST"_ba, u"/debug/dump_create"_s},
            {"GET"_ba, u"/debug/dump_download/:filename"_s},
            {"GET"_ba, u"/workspaces/config"_s},
    };
    return rules;
}

// _DEFAULT_VIEWER_ALLOWLIST: read-only routes; everything else is denied.
const QList<Rule> &viewerAllowlist()
{
    static const QList<Rule> rules = {
            {"GET"_ba, u"/users"_s},
            {"GET"_ba, u"/users/role"_s},
            {"GET"_ba, u"/users/me/workspace"_s},
            {"GET"_ba, u"/users/service-account-tokens"_s},
            {"GET"_ba, u"/token"_s},
            {"GET"_ba, u"/auth/authorize"_s},
            {"GET"_ba, u"/api/v1/auth/token"_s},
            {"GET"_ba, u"/status"_s},
            {"GET"_ba, u"/logs"_s},
            {"GET"_ba, u"/jobs/queue"_s},
            {"GET"_ba, u"/workspaces"_s},
            {"GET"_ba, u"/dashboard_config"_s},
    };
    return rules;
}

bool matchesAny(const QList<Rule> &rules, const QByteArray &method, const QString &path)
{
    for (const auto &[ruleMethod, pattern] : rules) {
        if (ruleMethod == method && FakeRbac::keyMatch2(path, pattern))
            return true;
    }
    return false;
}

} // namespace

bool FakeRbac::isBlocked(const QString &role, const QByteArray &method, const QString &path)
{
    if (role == u"user"_s)
        return matchesAny(userBlocklist(), method, path);
    if (role == u"viewer"_s)
        return !matchesAny(viewerAllowlist(), method, path);
    return role != u"admin"_s;
}

bool FakeRbac::keyMatch2(const QString &path, const QString &pattern)
{
    QStringList segments;
    for (const QString &segment : pattern.split(u'/')) {
        if (segment == u"*"_s)
            segments << u".*"_s;
        else if (segment.startsWith(u':'))
            segments << u"[^/]+"_s;
        else
            segments << QRegularExpression::escape(segment);
    }
    return QRegularExpression(u"\\A"_s + segments.join(u'/') + u"\\z"_s).match(path).hasMatch();
}
