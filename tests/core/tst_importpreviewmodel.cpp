// SPDX-License-Identifier: MIT
// ImportPreviewModel: one line per record, no passwords shown, role decisions through EditRole.
#include "csv/usercsvreader.h"
#include "models/importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString BcryptHash = u"$2b$12$"_s + QString(53, u'a');
const QString AprHash = u"$apr1$saltsalt$"_s + QString(22, u'b');
} // namespace

class TestImportPreviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsOneLinePerRecord();
    void neverShowsPasswords();
    void onlyUnknownRolesAreEditable();
    void editingTheRoleDecides();
    void decidesAllUnknownAtOnce();
    void sortsByLineAndStatusAsNumbers();

private:
    ImportPreviewModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QString m_csv;
};

void TestImportPreviewModel::init()
{
    m_model = new ImportPreviewModel(this);
    // Parent is the test object, so it keeps checking through every step of the test.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_csv = u"username,password,role\n"
            "ann,pw-ann-secret,user\n"
            "bob,"_s
            + BcryptHash + u",admin\ncy,"_s + AprHash
            + u",viewer\n"
              "dee,dee-secret-1,boss\n"
              "root,root-secret-1,admin\n"
              "eve,,user\n"
              "fay,fay-secret-1,\n"_s;
    m_model->setPlan(ImportPlan(UserCsvReader().read(m_csv.toUtf8()), {u"root"_s}));
}

void TestImportPreviewModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestImportPreviewModel::showsOneLinePerRecord()
{
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->columnCount(), int(ImportPreviewModel::ColumnCount));
    const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, ImportPreviewModel::LineColumn), u"2"_s);
    QCOMPARE(text(0, ImportPreviewModel::UsernameColumn), u"ann"_s);
    QCOMPARE(text(0, ImportPreviewModel::RoleColumn), u"user"_s);
    QCOMPARE(text(0, ImportPreviewModel::StatusColumn), u"New"_s);
    QCOMPARE(text(3, ImportPreviewModel::StatusColumn), u"Unknown role: choose"_s);
    QCOMPARE(text(3, ImportPreviewModel::RoleColumn), u"Choose\u2026"_s);
    QCOMPARE(text(3, ImportPreviewModel::ReasonColumn),
             u"The role \u201cboss\u201d is not admin, user or viewer: choose a role or skip the row."_s);
    QCOMPARE(text(4, ImportPreviewModel::StatusColumn), u"Already on the server"_s);
    QCOMPARE(text(5, ImportPreviewModel::StatusColumn), u"Invalid"_s);
    QCOMPARE(text(5, ImportPreviewModel::ReasonColumn), u"Line 7, column 1: the password is empty."_s);
    QCOMPARE(text(2, ImportPreviewModel::ReasonColumn),
             u"Hash (apr_md5_crypt), imported as is; the scheme is weak, so ask the user to choose a new password."_s);
    QCOMPARE(m_model->headerData(ImportPreviewModel::ReasonColumn, Qt::Horizontal).toString(), u"Details"_s);
}

void TestImportPreviewModel::neverShowsPasswords()
{
    const auto text
            = [this](int row) { return m_model->index(row, ImportPreviewModel::PasswordColumn).data().toString(); };
    QCOMPARE(text(0), u"password"_s);
    QCOMPARE(text(1), u"hash (bcrypt)"_s);
    QCOMPARE(text(2), u"hash (apr_md5_crypt, weak)"_s);
    const QStringList secrets{u"pw-ann-secret"_s, BcryptHash,         AprHash,
                              u"dee-secret-1"_s,  u"root-secret-1"_s, u"fay-secret-1"_s};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(ImportPreviewModel::SortRole)}) {
                const QString shown = m_model->index(row, column).data(role).toString();
                for (const QString &secret : secrets)
                    QVERIFY2(!shown.contains(secret), qPrintable(u"%1,%2"_s.arg(row).arg(column)));
            }
        }
    }
}

void TestImportPreviewModel::onlyUnknownRolesAreEditable()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const bool editable = m_model->index(row, column).flags().testFlag(Qt::ItemIsEditable);
            QCOMPARE(editable, column == ImportPreviewModel::RoleColumn && (row == 3 || row == 6));
        }
    }
    QVERIFY(!m_model->setData(m_model->index(0, ImportPreviewModel::RoleColumn), u"admin"_s));
    QVERIFY(!m_model->setData(m_model->index(3, ImportPreviewModel::UsernameColumn), u"admin"_s));
    QVERIFY(!m_model->setData(m_model->index(3, ImportPreviewModel::RoleColumn), u"admin"_s, Qt::DisplayRole));
    QVERIFY(!m_model->setData(m_model->index(3, ImportPreviewModel::RoleColumn), u"superuser"_s));
    QCOMPARE(m_model->plan().at(0).role, u"user"_s);
}

void TestImportPreviewModel::editingTheRoleDecides()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy decisions(m_model, &ImportPreviewModel::decisionsChanged);
    const QModelIndex dee = m_model->index(3, ImportPreviewModel::RoleColumn);
    QVERIFY(!dee.data(Qt::EditRole).isValid()); // nothing preselected
    QVERIFY(m_model->setData(dee, u"viewer"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), dee);
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(3, ImportPreviewModel::ReasonColumn));
    QCOMPARE(dee.data().toString(), u"viewer"_s);
    QCOMPARE(dee.data(Qt::EditRole).toString(), u"viewer"_s);
    QCOMPARE(dee.data(ImportPreviewModel::RoleIdRole).toString(), u"viewer"_s);
    QCOMPARE(m_model->index(3, ImportPreviewModel::StatusColumn).data().toString(), u"New"_s);
    QVERIFY(!m_model->plan().isReady()); // fay still undecided

    const QModelIndex fay = m_model->index(6, ImportPreviewModel::RoleColumn);
    QVERIFY(m_model->setData(fay, QString()));
    QCOMPARE(fay.data().toString(), u"Skip"_s);
    QCOMPARE(fay.data(Qt::EditRole).toString(), QString());
    QVERIFY(fay.data(Qt::EditRole).isValid());
    QCOMPARE(m_model->index(6, ImportPreviewModel::StatusColumn).data().toString(), u"Skipped"_s);
    QVERIFY(m_model->plan().isReady());
    QCOMPARE(decisions.size(), 2);
}

void TestImportPreviewModel::decidesAllUnknownAtOnce()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->decideAllUnknown(u"user"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 3);
    QCOMPARE(changed[0][1].toModelIndex().row(), 6);
    QCOMPARE(m_model->plan().rolesToCreate(), (QMap<QString, int>{{u"admin"_s, 1}, {u"user"_s, 3}, {u"viewer"_s, 1}}));
    m_model->decideAllUnknown(u"user"_s); // nothing changes, nothing is announced
    QCOMPARE(changed.size(), 1);
    m_model->decideAllUnknown(QString());
    QCOMPARE(m_model->plan().count(ImportPlanEntry::Status::Skipped), 2);
}

void TestImportPreviewModel::sortsByLineAndStatusAsNumbers()
{
    QCOMPARE(m_model->index(0, ImportPreviewModel::LineColumn).data(ImportPreviewModel::SortRole).typeId(),
             QMetaType::Int);
    QCOMPARE(m_model->index(4, ImportPreviewModel::StatusColumn).data(ImportPreviewModel::SortRole).toInt(),
             int(ImportPlanEntry::Status::AlreadyExists));
    QCOMPARE(m_model->index(4, 0).data(ImportPreviewModel::StatusRole).toInt(),
             int(ImportPlanEntry::Status::AlreadyExists));
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
