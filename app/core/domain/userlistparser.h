// SPDX-License-Identifier: MIT
#pragma once

#include "user.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

/// Reads the body of GET /users straight into users, without building a QJsonDocument first
/// (which costs more than the rest of loading 100,000 users). Role and type strings are shared
/// between users. Only the common shape is read here: anything unusual (another top-level
/// type, a wrong field type, fractional numbers, duplicate keys, bad syntax) makes parse()
/// return nothing, and the caller goes the QJsonDocument way, which also words the error.
class UserListParser final
{
public:
    explicit UserListParser(QByteArrayView body);

    std::optional<std::vector<User>> parse();

private:
    bool parseUser(User &user);
    bool parseString(QString &out);
    bool parseOptionalString(QString &out);
    bool parseOptionalInteger(std::optional<qint64> &out);
    bool skipValue(int depth);
    bool skipLiteral(const char *literal);
    bool consume(char c);
    void skipSpace();
    const QString &shared(const QString &value);

    const char *m_at;
    const char *m_end;
    std::vector<QString> m_shared;
};
