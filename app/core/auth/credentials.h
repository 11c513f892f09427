// SPDX-License-Identifier: MIT
#pragma once

#include "secret.h"

#include <QString>

/// What HTTP Basic sends: a user name and its password.
struct Credentials
{
    QString username;
    Secret password;

    bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }
};
