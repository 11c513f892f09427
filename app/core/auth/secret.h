// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

/// A password or token held as UTF-8 bytes. The buffer is overwritten before it is released, and
/// the type never converts to QString implicitly, so a secret cannot slip into a log line or an
/// error text by accident (best effort: Qt may keep copies of what passed through a QLineEdit).
class Secret final
{
public:
    Secret() = default;
    static Secret fromString(const QString &text);
    static Secret fromUtf8(const QByteArray &bytes);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /// The raw bytes, for the one place that builds the Authorization header and for JSON bodies.
    const QByteArray &utf8() const { return m_bytes; }
    /// An explicit copy as text, for a keychain write or a password field.
    QString toString() const { return QString::fromUtf8(m_bytes); }
    void clear();

    /// Overwrites a buffer this code owns alone with zeros; a shared buffer is left alone, since
    /// zeroing it would corrupt another owner's value.
    static void wipe(QByteArray &bytes);

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_bytes == b.m_bytes; }

private:
    explicit Secret(QByteArray bytes);

    QByteArray m_bytes;
};

// Deliberately not streamable: a secret has no business in a log.
QDebug operator<<(QDebug, const Secret &) = delete;
