// SPDX-License-Identifier: MIT
// The export dialog driven offscreen against the in-process double: a spreadsheet of the selection to a
// typed path, and a backup with its warning (security checklist items 74, 76, 77, 78).
#include "../core/awaitreply.h"
#include "../core/clientfixture.h"
#include "export/spreadsheetexport.h"
#include "exportdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void spreadsheetOfTheSelectionGoesToTheTypedPath();
    void backupWarnsAboutHashesAndIsOwnerOnly();
    void serverErrorIsShownInline();
    void emptyPathIsRefusedInline();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    void typePath(const QString &path) const
    {
        child<QLineEdit>("pathEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("pathEdit"), path);
    }
    void clickExport() const { QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton); }

    std::unique_ptr<ClientFixture> m_f;
    QList<User> m_all;
    std::unique_ptr<ExportDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestExportDialog::init()
{
    m_f = std::make_unique<ClientFixture>();
    QVERIFY(m_f->start());
    m_f->server.addUser(u"alice"_s, u"alice-pw-1"_s, u"user"_s);
    m_f->server.addUser(u"=bob"_s, u"bob-pw-22"_s, u"viewer"_s);
    m_f->server.addUser(u"doe,jane"_s, u"jane-pw-3"_s, u"user"_s);
    const Result<QList<User>> users = awaitReply(m_f->api.listUsers());
    QVERIFY(users.ok());
    m_all = *users.value;
    QList<User> selected;
    for (const User &user : std::as_const(m_all)) {
        if (user.name == u"alice"_s || user.name == u"=bob"_s)
            selected << user;
    }
    m_dialog = std::make_unique<ExportDialog>(m_f->api, m_all, m_all.mid(0, 3), selected);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestExportDialog::cleanup()
{
    m_dialog.reset();
    m_f.reset();
}

void TestExportDialog::spreadsheetOfTheSelectionGoesToTheTypedPath()
{
    QVERIFY(child<QRadioButton>("spreadsheetRadio")->isChecked());
    QVERIFY(!child<QLabel>("backupWarningLabel")->isVisible());
    QVERIFY(child<QRadioButton>("scopeSelectionRadio")->text().contains(u"(2)"_s));
    QVERIFY(child<QRadioButton>("scopeFilterRadio")->text().contains(u"(3)"_s));
    child<QRadioButton>("scopeSelectionRadio")->click();
    const QString path = m_dir.filePath(u"selection.csv"_s);
    typePath(path);
    QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
    clickExport();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), 2);
    QVERIFY2(m_dialog->message().contains(path) && m_dialog->message().contains(u"2 user"_s),
             qPrintable(m_dialog->message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QList<User> selected;
    for (const User &user : std::as_const(m_all)) {
        if (user.name == u"alice"_s || user.name == u"=bob"_s)
            selected << user;
    }
    QCOMPARE(content, SpreadsheetExport::toCsv(selected));
    QVERIFY(content.contains("\n'=bob,"));
    QVERIFY(!content.contains("$2b$"));
    QVERIFY(!content.contains("doe,jane"));
}

void TestExportDialog::backupWarnsAboutHashesAndIsOwnerOnly()
{
    child<QRadioButton>("backupRadio")->click();
    QLabel *warning = child<QLabel>("backupWarningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"password hash"_s));
    QVERIFY(warning->text().contains(u"all users"_s));
    QVERIFY2(warning->text().contains(u"doe,jane"_s), qPrintable(warning->text()));
    QVERIFY(!child<QGroupBox>("scopeGroup")->isEnabled());
    QVERIFY2(child<QLineEdit>("pathEdit")->text().contains(u"users_export_"_s),
             qPrintable(child<QLineEdit>("pathEdit")->text()));

    const QString path = m_dir.filePath(u"backup.csv"_s);
    typePath(path);
    QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
    clickExport();
    QVERIFY(m_dialog->isBusy());
    QVERIFY(exported.wait(10000));
    QVERIFY(!m_dialog->isBusy());
    const Result<ExportResult> server = awaitReply(m_f->api.exportUsers());
    QVERIFY(server.ok());
    QCOMPARE(exported.at(0).at(1).toInt(), server.value->userCount);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), server.value->csvContent.toUtf8());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QVERIFY2(m_dialog->message().contains(path), qPrintable(m_dialog->message()));
    QVERIFY2(m_dialog->message().contains(u"doe,jane"_s), qPrintable(m_dialog->message()));
}

void TestExportDialog::serverErrorIsShownInline()
{
    // A 500 is not retried (a 502 would be, and the retry would succeed).
    m_f->server.setFault(u"/users/export"_s, FakeFault::traceback500(), 1);
    child<QRadioButton>("backupRadio")->click();
    const QString path = m_dir.filePath(u"failed.csv"_s);
    typePath(path);
    clickExport();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 15000);
    QVERIFY2(m_dialog->message().contains(u"did not export"_s), qPrintable(m_dialog->message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_dialog->isVisible());
}

void TestExportDialog::emptyPathIsRefusedInline()
{
    child<QLineEdit>("pathEdit")->clear();
    clickExport();
    QVERIFY(m_dialog->message().contains(u"Choose a file"_s));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
