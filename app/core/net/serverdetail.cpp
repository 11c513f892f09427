// SPDX-License-Identifier: MIT
#include "serverdetail.h"

#include "plaintext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString fromDetailList(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        QStringList loc;
        for (const QJsonValue &part : o.value("loc"_L1).toArray()) {
            const QString s = part.isString() ? part.toString() : QString::number(part.toInt());
            if (s != "body"_L1)
                loc.append(s);
        }
        const QString msg = o.value("msg"_L1).toString();
        parts.append(loc.isEmpty() ? msg : u"%1: %2"_s.arg(loc.join(u'.'), msg));
    }
    return parts.join("; "_L1);
}

QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(u"<h1[^>]*>(.*?)</h1>"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QRegularExpressionMatch m = title.match(html);
    if (!m.hasMatch())
        m = heading.match(html);
    QString text = m.hasMatch() ? m.captured(1) : QString();
    // A title may hold markup or entities; neither is ever rendered, so strip tags and decode the common ones.
    text.remove(tags);
    text.replace("&amp;"_L1, "&"_L1).replace("&lt;"_L1, "<"_L1).replace("&gt;"_L1, ">"_L1);
    return text;
}

QString lastMeaningfulLine(const QString &text)
{
    // Python 3.11 prints exception groups with "|" margins and "+---" separators around the real error.
    static const QRegularExpression margin(u"^[\\s|]*"_s);
    static const QRegularExpression separator(u"^[\\s|+-]*$"_s);
    const QStringList lines = text.split(u'\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!separator.match(*it).hasMatch())
            return QString(*it).remove(margin);
    }
    return {};
}

} // namespace

bool ServerDetail::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
            || start.startsWith("<body");
}

ServerDetail ServerDetail::parse(const QByteArray &body, const QByteArray &contentType)
{
    ServerDetail detail;
    if (body.trimmed().isEmpty())
        return detail;
    if (looksLikeHtml(body, contentType)) {
        detail.shape = Shape::Html;
        detail.text = PlainText::sanitize(htmlTitle(QString::fromUtf8(body.left(64 * 1024))), 120);
        return detail;
    }
    // Wrapping in [] lets one parser read bare JSON strings and null, which FastAPI sends at the top level.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        const QJsonValue value = doc.array().first();
        if (value.isString()) {
            detail.shape = Shape::JsonString;
            detail.text = PlainText::sanitize(value.toString());
            return detail;
        }
        const QJsonObject object = value.toObject();
        if (object.value("error"_L1).toString() == "version_mismatch"_L1) {
            detail.shape = Shape::VersionMismatch;
            detail.text = PlainText::sanitize(object.value("message"_L1).toString(), 500);
            return detail;
        }
        const QJsonValue d = object.value("detail"_L1);
        if (d.isString() || d.isArray()) {
            detail.shape = Shape::JsonDetail;
            detail.text = PlainText::sanitize(d.isString() ? d.toString() : fromDetailList(d.toArray()));
            return detail;
        }
        detail.shape = Shape::Unknown;
        return detail;
    }
    // A plain-text traceback ends with the exception line, the only part worth showing.
    detail.shape = Shape::Text;
    detail.text = PlainText::sanitize(lastMeaningfulLine(QString::fromUtf8(body.right(8 * 1024))));
    return detail;
}
