// SPDX-License-Identifier: MIT
#pragma once

// Users for the table model's tests, shared by its two test executables.
#include "models/usertablemodel.h"

#include <QPair>
#include <QSignalSpy>

#include <vector>

using namespace Qt::StringLiterals;

namespace usersamples {
using Range = QPair<int, int>;

inline User user(const QString &id, const QString &name, const QString &role = u"user"_s,
                 std::optional<qint64> createdAt = 1760000000, const QString &type = u"basic"_s)
{
    return User{id, name, createdAt, role, type};
}

inline std::vector<User> sample()
{
    return {user(u"6384e2b2"_s, u"Alice Smith"_s, u"admin"_s), user(u"b0b0b0b0"_s, u"bob"_s),
            user(u"ca401ca4"_s, u"carol"_s, u"viewer"_s, 1760003723),
            user(u"skypilot-system"_s, QString(), QString(), std::nullopt, u"system"_s),
            user(u"da7eda7e"_s, u"dave"_s, u"user"_s, std::nullopt, u"sso"_s)};
}

/// Users "u0".."u<count-1>" named "name<i>".
inline std::vector<User> numbered(int count)
{
    std::vector<User> users;
    for (int i = 0; i < count; ++i)
        users.push_back(user(u"u%1"_s.arg(i), u"name%1"_s.arg(i)));
    return users;
}

/// (first, last) of each rows… signal caught by the spy.
inline QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(1).toInt(), args.at(2).toInt()});
    return result;
}

/// The ids in row order; warns when rowOf() disagrees with a row.
inline QStringList ids(const UserTableModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, UserTableModel::UserId).data().toString());
        if (model.rowOf(result.last()) != row)
            qWarning("index out of sync for %s", qPrintable(result.last()));
    }
    return result;
}
} // namespace usersamples
