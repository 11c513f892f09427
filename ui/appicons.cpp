// SPDX-License-Identifier: MIT
#include "appicons.h"

using namespace Qt::StringLiterals;

namespace {
struct Names
{
    QString theme;
    QString fallbackTheme;
    QString resource;
};

Names namesOf(AppIcons::Icon which)
{
    switch (which) {
    case AppIcons::NewUser:
        return {u"list-add-user"_s, u"list-add"_s, u"new-user"_s};
    case AppIcons::DeleteUsers:
        return {u"list-remove-user"_s, u"edit-delete"_s, u"delete-users"_s};
    case AppIcons::ResetPassword:
        return {u"dialog-password"_s, QString(), u"reset-password"_s};
    case AppIcons::Refresh:
        break;
    }
    return {u"view-refresh"_s, QString(), u"refresh"_s};
}
} // namespace

QIcon AppIcons::builtIn(Icon which)
{
    // The icons are resources of this static library; a program that never names them (a test) would
    // otherwise link without them. Registering twice is harmless, but once is enough.
    [[maybe_unused]] static const bool registered = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    return QIcon(u":/skyusers/icons/%1.svg"_s.arg(namesOf(which).resource));
}

QIcon AppIcons::icon(Icon which)
{
    const Names names = namesOf(which);
    QIcon fallback = builtIn(which);
    if (!names.fallbackTheme.isEmpty())
        fallback = QIcon::fromTheme(names.fallbackTheme, fallback);
    return QIcon::fromTheme(names.theme, fallback);
}
