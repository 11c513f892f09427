// SPDX-License-Identifier: MIT
#include "fakepython.h"

#include <QChar>
#include <QList>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

bool isPrintable(char32_t c)
{
    // Python's str.isprintable(): everything but the "Other" and "Separator" categories, with the
    // ASCII space as the only printable separator.
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString hexEscape(char32_t c)
{
    if (c < 0x100)
        return u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
    if (c < 0x10000)
        return u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
    return u"\\U"_s + QString::number(c, 16).rightJustified(8, u'0');
}

int base64Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+')
        return 62;
    if (u == u'/')
        return 63;
    return -1;
}

} // namespace

QString FakePython::repr(const QString &text)
{
    const bool useDouble = text.contains(u'\'') && !text.contains(u'"');
    const QChar quote = useDouble ? u'"' : u'\'';
    QString out(quote);
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == quote.unicode() || c == U'\\')
            out += u'\\' + QStringView(QChar::fromUcs4(c)).toString();
        else if (c == U'\n')
            out += u"\\n"_s;
        else if (c == U'\r')
            out += u"\\r"_s;
        else if (c == U'\t')
            out += u"\\t"_s;
        else if (c < 0x20 || c == 0x7f || !isPrintable(c))
            out += hexEscape(c);
        else
            out += QStringView(QChar::fromUcs4(c)).toString();
    }
    out += quote;
    return out;
}

bool FakePython::isSpace(char32_t c)
{
    if ((c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0)
        return true;
    if (c < 0x100)
        return false;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Separator_Space || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph;
}

QString FakePython::strip(const QString &text)
{
    // Every Python whitespace character is in the BMP, so UTF-16 code units will do (and unlike
    // QString::fromUcs4() this keeps a leading U+FEFF).
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin).unicode()))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1).unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

std::optional<QByteArray> FakePython::b64decode(const QString &encoded)
{
    // Follows CPython's binascii.a2b_base64 in non-strict mode: skip junk, stop at complete padding.
    for (const QChar c : encoded) {
        if (c.unicode() > 0x7f)
            return std::nullopt; // "string argument should contain only ASCII characters"
    }
    QByteArray out;
    int quadPosition = 0;
    int pads = 0;
    int leftChar = 0;
    for (const QChar c : encoded) {
        if (c == u'=') {
            if (quadPosition >= 2 && quadPosition + ++pads >= 4)
                return out; // complete padding ends the data; anything after it is ignored
            continue;
        }
        const int value = base64Value(c);
        if (value < 0)
            continue;
        switch (quadPosition) {
        case 0:
            leftChar = value;
            break;
        case 1:
            out += char(((leftChar << 2) | (value >> 4)) & 0xff);
            leftChar = value & 0x0f;
            break;
        case 2:
            out += char(((leftChar << 4) | (value >> 2)) & 0xff);
            leftChar = value & 0x03;
            break;
        case 3:
            out += char(((leftChar << 6) | value) & 0xff);
            leftChar = 0;
            break;
        }
        quadPosition = (quadPosition + 1) % 4;
    }
    if (quadPosition != 0)
        return std::nullopt; // "Incorrect padding" or "1 more than a multiple of 4"
    return out;
}

std::optional<QString> FakePython::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<qint64> FakePython::toInt(const QString &text)
{
    QString digits = strip(text);
    if (digits.startsWith(u'+') || digits.startsWith(u'-'))
        digits.remove(0, 1);
    // Underscores are allowed between digits only ("1_000"), never leading, trailing or doubled.
    if (digits.isEmpty() || digits.startsWith(u'_') || digits.endsWith(u'_') || digits.contains(u"__"_s))
        return std::nullopt;
    QString sign = strip(text).startsWith(u'-') ? u"-"_s : QString();
    bool ok = false;
    const qint64 value = (sign + QString(digits).remove(u'_')).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QByteArray FakePython::traceback(const QString &exceptionType, const QString &message)
{
    // What skypilot 0.14.1 (starlette 1.x, debug=True) really sends: the error inside an exception
    // group first, then the chained plain traceback, whose last line is the only part clients read.
    // The frames are shortened; the shape (prefixes, separators, order) is the real one.
    const QString last = exceptionType + u": "_s + message;
    QString text = uR"(  + Exception Group Traceback (most recent call last):
  |   File "/opt/venv/lib/python3.11/site-packages/starlette/_utils.py", line 104, in create_collapsing_task_group
  |     async with anyio.create_task_group() as tg:
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "/opt/venv/lib/python3.11/site-packages/sky/server/server.py", line 1108, in dispatch
    |     response = await call_next(request)
    | )"_s + last
            + uR"(
    +------------------------------------

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/opt/venv/lib/python3.11/site-packages/starlette/middleware/errors.py", line 164, in __call__
    await self.app(scope, receive, _send)
  File "/opt/venv/lib/python3.11/site-packages/sky/server/server.py", line 1108, in dispatch
    response = await call_next(request)
)"_s + last + u'\n';
    return text.toUtf8();
}
