// SPDX-License-Identifier: MIT
// ImportFlow against the double: preview, send, result, and Retry for the rows a lost answer left
// failed. The retry lists the users first, so a row the server applied after all is reported, not
// sent again, and the last result still lists every row of the file.
#include "../core/awaitreply.h"
#include "../core/clientfixture.h"
#include "importdialog.h"
#include "importflow.h"
#include "importresultdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestImportFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retryCreatesTheRowsALostAnswerLeftFailed();
    void aCleanImportOffersNoRetry();
    void closingTheResultForgetsTheRowsAndTheirPasswords();

private:
    /// Previews `csv`, confirms and imports it; returns the result dialog that follows.
    ImportResultDialog *importFile(const QByteArray &csv);
    ImportResultDialog *visibleResult(const ImportResultDialog *other = nullptr) const;
    bool signsIn(const QString &name, const QString &password) const;
    static QString reasonOf(const ImportResultDialog *dialog, const QString &user);

    std::unique_ptr<ClientFixture> m_f;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ImportFlow> m_flow;
    QTemporaryDir m_dir;
};

namespace {
const QByteArray Users = "username,password,role\n"
                         "frank,frank-Pa55word!,user\n" // batch
                         "gina,gina-Pa55word!,viewer\n" // batch
                         "hank,hank-Pa55word!,admin\n" // batch
                         "ivy,\"ivy,Pa55\",user\n"; // one by one: a comma
} // namespace

void TestImportFlow::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
    m_window = std::make_unique<QWidget>();
    m_window->show();
    m_flow = std::make_unique<ImportFlow>(m_f->api, m_window.get());
}

void TestImportFlow::cleanup()
{
    m_flow.reset();
    m_window.reset();
    m_f.reset();
}

ImportResultDialog *TestImportFlow::visibleResult(const ImportResultDialog *other) const
{
    const auto dialogs = m_window->findChildren<ImportResultDialog *>();
    for (ImportResultDialog *dialog : dialogs) {
        if (dialog != other && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

ImportResultDialog *TestImportFlow::importFile(const QByteArray &csv)
{
    const QString path = m_dir.filePath(u"users.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return nullptr;
    file.close();
    m_flow->start(path, {});
    auto *dialog = m_window->findChild<ImportDialog *>();
    if (!dialog)
        return nullptr;
    auto *confirm = dialog->findChild<QCheckBox *>(u"confirmCheck"_s);
    if (!QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 30000))
        return nullptr;
    confirm->click();
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == u"&Import"_s)
            button->click();
    }
    ImportResultDialog *result = nullptr;
    if (!QTest::qWaitFor([&] { return (result = visibleResult()) != nullptr; }, 30000))
        return nullptr;
    return result;
}

bool TestImportFlow::signsIn(const QString &name, const QString &password) const
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(m_f->server.baseUrl());
    client.setCredentials(Credentials{name, Secret::fromString(password)});
    return awaitReply(SkyPilotApi(client).currentUser()).ok();
}

QString TestImportFlow::reasonOf(const ImportResultDialog *dialog, const QString &user)
{
    const QAbstractItemModel *list = dialog->findChild<QTreeView *>(u"outcomeList"_s)->model();
    for (int i = 0; i < list->rowCount(); ++i) {
        if (list->index(i, 1).data().toString() == user)
            return list->index(i, 3).data().toString() + u": "_s + list->index(i, 4).data().toString();
    }
    return {};
}

void TestImportFlow::retryCreatesTheRowsALostAnswerLeftFailed()
{
    // The first chunk's answer is lost: its three rows end Failed after the list shows them missing.
    m_f->server.setFault(u"/users/import"_s, FakeFault::closeWithoutResponse(), 1);
    QPointer<ImportResultDialog> first = importFile(Users);
    QVERIFY(first);
    QCOMPARE(first->summary(), u"Created 1, already existed 0, failed 3, not sent 0."_s);
    QCOMPARE(first->rowCount(), 4);
    auto *retry = first->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry);
    QVERIFY2(retry->text().startsWith(u"&Retry 3 Failed Row"_s), qPrintable(retry->text())); // plural from the .qm
    QCOMPARE(m_flow->retryableCount(), 3);

    // Meanwhile the server applied gina after all (a late commit behind a proxy that dropped the answer).
    m_f->server.addUser(u"gina"_s, u"gina-Pa55word!"_s, u"viewer"_s);
    m_f->server.clearRequests();
    retry->click();
    ImportResultDialog *second = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (second = visibleResult(first)) != nullptr; }, 30000));
    QTRY_VERIFY(!first); // the first result made way for the second

    // Every row of the file, each with its final outcome.
    QCOMPARE(second->rowCount(), 4);
    QCOMPARE(second->summary(), u"Created 4, already existed 0, failed 0, not sent 0."_s);
    QVERIFY(!second->findChild<QPushButton *>(u"retryButton"_s));
    QCOMPARE(reasonOf(second, u"gina"_s),
             u"Created: Created by the earlier attempt; the list of users now shows it."_s);
    QCOMPARE(reasonOf(second, u"ivy"_s), u"Created: "_s); // from the first attempt, kept

    // Only frank and hank went out again, in one chunk; gina and ivy were not resent.
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 1);
    QCOMPARE(m_f->server.requestCount(u"/users/create"_s), 0);
    for (const RecordedRequest &request : m_f->server.requests()) {
        if (request.pathWithoutQuery() == u"/users/import"_s) {
            const QString csv = QJsonDocument::fromJson(request.body).object().value(u"csv_content"_s).toString();
            QCOMPARE(csv, u"username,password,role\nfrank,frank-Pa55word!,user\nhank,hank-Pa55word!,admin"_s);
        }
    }
    QVERIFY(signsIn(u"frank"_s, u"frank-Pa55word!"_s));
    QVERIFY(signsIn(u"hank"_s, u"hank-Pa55word!"_s));
    QVERIFY(signsIn(u"ivy"_s, u"ivy,Pa55"_s));
    second->close();
    QCOMPARE(m_flow->retryableCount(), 0);
}

void TestImportFlow::aCleanImportOffersNoRetry()
{
    ImportResultDialog *result = importFile(Users);
    QVERIFY(result);
    QCOMPARE(result->summary(), u"Created 4, already existed 0, failed 0, not sent 0."_s);
    QVERIFY(!result->findChild<QPushButton *>(u"retryButton"_s));
    QCOMPARE(m_flow->retryableCount(), 0);
}

void TestImportFlow::closingTheResultForgetsTheRowsAndTheirPasswords()
{
    m_f->server.setFault(u"/users/import"_s, FakeFault::closeWithoutResponse(), 1);
    ImportResultDialog *result = importFile(Users);
    QVERIFY(result);
    QCOMPARE(m_flow->retryableCount(), 3);
    result->close();
    QCOMPARE(m_flow->retryableCount(), 0);
    m_f->server.clearRequests();
    m_flow->retry(); // nothing kept, nothing sent
    QVERIFY(!m_flow->isSending());
    QTest::qWait(200);
    QCOMPARE(m_f->server.requestCount(u"/users/import"_s), 0);
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
