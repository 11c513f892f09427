// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <exception>
#include <utility>

// An exception the real server does not catch. The double turns it into the plain-text traceback
// and status 500 that uvicorn sends with debug=True, so it must never escape handleRequest().
class FakePythonException final : public std::exception
{
public:
    FakePythonException(QString type, QString message)
        : m_type(std::move(type))
        , m_message(std::move(message))
    { }
    const char *what() const noexcept override { return "unhandled Python exception in the SkyPilot double"; }
    QString type() const { return m_type; }
    QString message() const { return m_message; }

private:
    QString m_type;
    QString m_message;
};
