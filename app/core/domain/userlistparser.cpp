// SPDX-License-Identifier: MIT
#include "userlistparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
// Beyond this, arbitrary JSON nesting inside an unknown field is left to QJsonDocument.
constexpr int MaxSkipDepth = 32;
// Role and type take a handful of values; past this many, strings are no longer shared.
constexpr size_t MaxShared = 16;
// Fifteen digits stay exact through a double, which is how QJsonDocument reads numbers.
constexpr int MaxDigits = 15;

enum Field : unsigned { Id = 1, Name = 2, CreatedAt = 4, RoleField = 8, UserType = 16 };

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

UserListParser::UserListParser(QByteArrayView body)
    : m_at(body.data())
    , m_end(body.data() + body.size())
{ }

std::optional<std::vector<User>> UserListParser::parse()
{
    std::vector<User> users;
    skipSpace();
    if (!consume('['))
        return std::nullopt;
    // About 100 bytes per user in practice: one allocation instead of seventeen doublings.
    users.reserve(static_cast<size_t>(m_end - m_at) / 96 + 1);
    skipSpace();
    if (!consume(']')) {
        do {
            skipSpace();
            User &user = users.emplace_back();
            if (!parseUser(user))
                return std::nullopt;
            skipSpace();
        } while (consume(','));
        if (!consume(']'))
            return std::nullopt;
    }
    skipSpace();
    if (m_at != m_end)
        return std::nullopt;
    return users;
}

bool UserListParser::parseUser(User &user)
{
    if (!consume('{'))
        return false;
    unsigned seen = 0;
    skipSpace();
    if (consume('}'))
        return false; // no id
    do {
        skipSpace();
        if (m_at == m_end || *m_at != '"')
            return false;
        // Keys are short ASCII: compared as bytes, escapes and all go to the slow path.
        const char *keyStart = ++m_at;
        const char *keyEnd = static_cast<const char *>(std::memchr(m_at, '"', static_cast<size_t>(m_end - m_at)));
        if (!keyEnd)
            return false;
        const QByteArrayView key(keyStart, keyEnd - keyStart);
        if (key.contains('\\'))
            return false;
        m_at = keyEnd + 1;
        skipSpace();
        if (!consume(':'))
            return false;
        skipSpace();
        unsigned field = 0;
        bool ok = true;
        if (key == "id") {
            field = Id;
            ok = parseString(user.id);
        } else if (key == "name") {
            field = Name;
            ok = parseOptionalString(user.name);
        } else if (key == "created_at") {
            field = CreatedAt;
            ok = parseOptionalInteger(user.createdAt);
        } else if (key == "role") {
            field = RoleField;
            ok = parseOptionalString(user.role);
            user.role = shared(user.role);
        } else if (key == "user_type") {
            field = UserType;
            ok = parseOptionalString(user.userType);
            user.userType = shared(user.userType);
        } else {
            ok = skipValue(0);
        }
        // A repeated key means "the last one wins" to some readers and an error to others.
        if (!ok || (seen & field))
            return false;
        seen |= field;
        skipSpace();
    } while (consume(','));
    return consume('}') && (seen & Id);
}

bool UserListParser::parseString(QString &out)
{
    if (!consume('"'))
        return false;
    const char *start = m_at;
    while (m_at != m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20)
        ++m_at;
    if (m_at == m_end || static_cast<unsigned char>(*m_at) < 0x20)
        return false;
    out = QString::fromUtf8(start, m_at - start);
    while (*m_at == '\\') {
        if (m_end - m_at < 2)
            return false;
        const char escape = m_at[1];
        m_at += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out.append(QLatin1Char(escape));
            break;
        case 'b':
            out.append(u'\b');
            break;
        case 'f':
            out.append(u'\f');
            break;
        case 'n':
            out.append(u'\n');
            break;
        case 'r':
            out.append(u'\r');
            break;
        case 't':
            out.append(u'\t');
            break;
        case 'u': {
            if (m_end - m_at < 4)
                return false;
            int unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(m_at[i]);
                if (digit < 0)
                    return false;
                unit = unit * 16 + digit;
            }
            // Surrogate pairs arrive as two escapes: appending both code units rebuilds them.
            out.append(QChar(static_cast<char16_t>(unit)));
            m_at += 4;
            break;
        }
        default:
            return false;
        }
        start = m_at;
        while (m_at != m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20)
            ++m_at;
        if (m_at == m_end || static_cast<unsigned char>(*m_at) < 0x20)
            return false;
        out.append(QString::fromUtf8(start, m_at - start));
    }
    ++m_at; // the closing quote
    return true;
}

bool UserListParser::parseOptionalString(QString &out)
{
    if (m_at != m_end && *m_at == 'n') {
        out.clear();
        return skipLiteral("null");
    }
    return parseString(out);
}

bool UserListParser::parseOptionalInteger(std::optional<qint64> &out)
{
    if (m_at != m_end && *m_at == 'n') {
        out.reset();
        return skipLiteral("null");
    }
    const bool negative = consume('-');
    const char *digits = m_at;
    qint64 value = 0;
    while (m_at != m_end && *m_at >= '0' && *m_at <= '9') {
        // Longer numbers are refused below; stop adding digits before the value could overflow.
        if (m_at - digits < MaxDigits)
            value = value * 10 + (*m_at - '0');
        ++m_at;
    }
    const auto count = m_at - digits;
    if (count == 0 || count > MaxDigits || (count > 1 && *digits == '0'))
        return false;
    // Fractions and exponents are rare enough to leave to the slow path.
    if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
        return false;
    out = negative ? -value : value;
    return true;
}

bool UserListParser::skipValue(int depth)
{
    if (m_at == m_end || depth > MaxSkipDepth)
        return false;
    switch (*m_at) {
    case '"': {
        QString ignored;
        return parseString(ignored);
    }
    case 'n':
        return skipLiteral("null");
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case '[':
    case '{': {
        const char close = *m_at == '[' ? ']' : '}';
        ++m_at;
        skipSpace();
        if (consume(close))
            return true;
        do {
            skipSpace();
            if (close == '}') {
                QString key;
                if (!parseString(key))
                    return false;
                skipSpace();
                if (!consume(':'))
                    return false;
                skipSpace();
            }
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
        } while (consume(','));
        return consume(close);
    }
    default: {
        std::optional<qint64> ignored;
        return parseOptionalInteger(ignored);
    }
    }
}

bool UserListParser::skipLiteral(const char *literal)
{
    const auto length = static_cast<qsizetype>(std::strlen(literal));
    if (m_end - m_at < length || std::memcmp(m_at, literal, static_cast<size_t>(length)) != 0)
        return false;
    m_at += length;
    return true;
}

bool UserListParser::consume(char c)
{
    if (m_at == m_end || *m_at != c)
        return false;
    ++m_at;
    return true;
}

void UserListParser::skipSpace()
{
    while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

const QString &UserListParser::shared(const QString &value)
{
    for (const QString &known : m_shared) {
        if (known == value)
            return known;
    }
    if (m_shared.size() >= MaxShared)
        return value;
    m_shared.push_back(value);
    return m_shared.back();
}
