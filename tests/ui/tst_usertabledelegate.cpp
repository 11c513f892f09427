// SPDX-License-Identifier: MIT
#include "domain/role.h"
#include "models/usertablemodel.h"
#include "usertabledelegate.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;

/// The role editor and how rows are drawn, on a model without any server.
class TestUserTableDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editorOffersTheServersRolesWithIdsAsData();
    void editorStartsAtTheCurrentRole();
    void choosingTheSameRoleSendsNothing();
    void choosingAnotherRoleAsksTheModel();
    void pickingCommitsAtOnce();
    void internalRowsAreDrawnDimmed();
    void pendingRoleIsDrawnAsSaving();

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        m_delegate->initStyleOption(&option, index);
        return option;
    }
    QModelIndex roleOf(int row) const { return m_model->index(row, UserTableModel::Role); }

    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UserTableDelegate> m_delegate;
    QWidget m_parent;
};

void TestUserTableDelegate::init()
{
    m_model = std::make_unique<UserTableModel>();
    m_model->setEditable(true);
    m_model->setUsers({User{u"b0b0b0b0"_s, u"bob"_s, 1700000000, Role::User, u"basic"_s},
                       User{u"skypilot-system"_s, u"skypilot-system"_s, {}, Role::Admin, u"system"_s}});
    m_delegate = std::make_unique<UserTableDelegate>();
}

void TestUserTableDelegate::editorOffersTheServersRolesWithIdsAsData()
{
    std::unique_ptr<QWidget> editor(m_delegate->createEditor(&m_parent, {}, roleOf(0)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toString();
    QCOMPARE(ids, Role::all());
    QCOMPARE(combo->itemText(combo->findData(Role::Viewer)), u"Viewer"_s);
    // Other columns are never edited with a role list.
    std::unique_ptr<QWidget> other(m_delegate->createEditor(&m_parent, {}, m_model->index(0, UserTableModel::Name)));
    QVERIFY(!qobject_cast<QComboBox *>(other.get()));
}

void TestUserTableDelegate::editorStartsAtTheCurrentRole()
{
    std::unique_ptr<QWidget> editor(m_delegate->createEditor(&m_parent, {}, roleOf(0)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    m_delegate->setEditorData(combo, roleOf(0));
    QCOMPARE(combo->currentData().toString(), Role::User);
}

void TestUserTableDelegate::choosingTheSameRoleSendsNothing()
{
    QSignalSpy requested(m_model.get(), &UserTableModel::roleChangeRequested);
    std::unique_ptr<QWidget> editor(m_delegate->createEditor(&m_parent, {}, roleOf(0)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    m_delegate->setEditorData(combo, roleOf(0));
    m_delegate->setModelData(combo, m_model.get(), roleOf(0));
    QCOMPARE(requested.size(), 0);
    QVERIFY(!roleOf(0).data(UserTableModel::PendingRole).toBool());
}

void TestUserTableDelegate::choosingAnotherRoleAsksTheModel()
{
    QSignalSpy requested(m_model.get(), &UserTableModel::roleChangeRequested);
    std::unique_ptr<QWidget> editor(m_delegate->createEditor(&m_parent, {}, roleOf(0)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    combo->setCurrentIndex(combo->findData(Role::Admin));
    m_delegate->setModelData(combo, m_model.get(), roleOf(0));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(2).toString(), Role::Admin); // the id, not the label "Admin"
}

void TestUserTableDelegate::pickingCommitsAtOnce()
{
    QSignalSpy committed(m_delegate.get(), &QAbstractItemDelegate::commitData);
    QSignalSpy closed(m_delegate.get(), &QAbstractItemDelegate::closeEditor);
    std::unique_ptr<QWidget> editor(m_delegate->createEditor(&m_parent, {}, roleOf(0)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    Q_EMIT combo->activated(1);
    QCOMPARE(committed.size(), 1);
    QCOMPARE(closed.size(), 1);
}

void TestUserTableDelegate::internalRowsAreDrawnDimmed()
{
    QStyleOptionViewItem ordinary;
    ordinary.state |= QStyle::State_Enabled;
    const QColor text = ordinary.palette.color(QPalette::Text);
    const QColor base = ordinary.palette.color(QPalette::Base);
    const auto distance = [](const QColor &a, const QColor &b) { return std::abs(a.lightness() - b.lightness()); };
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        QStyleOptionViewItem option = ordinary;
        m_delegate->initStyleOption(&option, m_model->index(1, column));
        // Between text and background, nearer the text; still enabled, so a selection shows as one.
        const QColor dimmed = option.palette.color(QPalette::Text);
        QVERIFY(dimmed != text);
        QVERIFY(distance(dimmed, base) > distance(dimmed, text));
        QVERIFY(option.state & QStyle::State_Enabled);
        option = ordinary;
        m_delegate->initStyleOption(&option, m_model->index(0, column));
        QCOMPARE(option.palette.color(QPalette::Text), text);
    }
}

void TestUserTableDelegate::pendingRoleIsDrawnAsSaving()
{
    QVERIFY(!optionFor(roleOf(0)).font.italic());
    QVERIFY(m_model->setData(roleOf(0), Role::Viewer));
    const QStyleOptionViewItem option = optionFor(roleOf(0));
    QVERIFY(option.font.italic());
    QVERIFY2(option.text.contains(u"saving"_s), qPrintable(option.text));
    // The old role shows until the server answers.
    QVERIFY(option.text.startsWith(u"User"_s));
}

QTEST_MAIN(TestUserTableDelegate)
#include "tst_usertabledelegate.moc"
