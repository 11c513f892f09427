// SPDX-License-Identifier: MIT
// With every logging category on, a full flow leaves no password, Basic pair, its base64 or token in
// any log line, error text or request URL (security checklist items 25, ASVS V16.2.5, V14.2.1).
#include "awaitreply.h"
#include "clientfixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestSecretLeak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullFlowLeaksNoSecret();
};

void TestSecretLeak::initTestCase()
{
    // Everything on, except the in-process test double's own server log: that is the server's side
    // of the wire, which by nature sees the Authorization header; the app's side must not.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*=false"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSecretLeak::fullFlowLeaksNoSecret()
{
    const QString first = u"Zq7-first-Secret!"_s;
    const QString second = u"Wx4-second-Secret?"_s;
    const QString wrong = u"Vy2-wrong-Secret#"_s;
    const QString imported = u"Ut5-imported-Secret"_s;
    QStringList errorTexts;
    const auto note = [&errorTexts](const ApiError &error) {
        errorTexts << error.message << error.serverDetail;
        qDebug() << "call finished:" << ApiError::kindName(error.kind) << error.message;
    };

    ClientFixture f;
    QVERIFY(f.start());
    note(awaitReply(f.api.createUser(u"leaky"_s, Secret::fromString(first), u"user"_s)).error);
    note(awaitReply(f.api.importUsers(u"username,password,role\nimported,%1,user"_s.arg(imported))).error);
    f.signInAs(u"leaky"_s, first);
    const auto me = awaitReply(f.api.currentUser());
    QVERIFY(me.ok());
    note(awaitReply(f.api.updatePassword(me.value->id, Secret::fromString(second))).error);
    f.signInAs(u"leaky"_s, second);
    note(awaitReply(f.api.listUsers()).error);
    const auto token = awaitReply(f.api.createToken(u"leaky-token"_s, 1, u"user"_s));
    QVERIFY(token.ok());
    const QString tokenText = token.value->token.toString();
    note(awaitReply(f.api.createUser(u"x"_s, Secret::fromString(second), u"user"_s)).error); // 403
    f.signInAs(u"leaky"_s, wrong);
    note(awaitReply(f.api.listUsers()).error); // 401
    f.server.setFault(u"/users/update"_s, FakeFault::traceback500());
    f.signInAs(u"leaky"_s, second);
    note(awaitReply(f.api.updatePassword(me.value->id, Secret::fromString(wrong))).error); // 500

    QStringList urls;
    for (const RecordedRequest &request : f.server.requests())
        urls << request.path;

    QStringList secrets{first, second, wrong, imported, tokenText};
    for (const QString &password : {first, second, wrong}) {
        const QByteArray pair = (u"leaky:"_s + password).toUtf8();
        secrets << QString::fromLatin1(pair) << QString::fromLatin1(pair.toBase64());
    }
    QMutexLocker lock(&logMutex);
    QVERIFY2(capturedLog.size() > 5, "the flow logged nothing: the scan would prove nothing");
    const QString everything = capturedLog.join(u'\n') + errorTexts.join(u'\n') + urls.join(u'\n');
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret), qPrintable(u"leaked: a secret of length %1"_s.arg(secret.size())));
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
