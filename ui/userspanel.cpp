// SPDX-License-Identifier: MIT
#include "userspanel.h"

#include "domain/role.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "ui_userspanel.h"
#include "usertabledelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

UsersPanel::UsersPanel(UserTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPanel>())
    , m_model(model)
    , m_proxy(new UserFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->emptyLabel->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(&m_model);
    QTableView *view = m_ui->table;
    view->setModel(m_proxy);
    view->setItemDelegate(new UserTableDelegate(view));
    view->verticalHeader()->hide();
    // Uniform rows: the view need not ask 100,000 rows for their height.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->resizeSection(UserTableModel::Name, 220);
    header->resizeSection(UserTableModel::UserId, 110);
    header->resizeSection(UserTableModel::Role, 130);
    header->resizeSection(UserTableModel::Type, 130);
    view->sortByColumn(UserTableModel::Name, Qt::AscendingOrder);

    m_ui->roleFilterCombo->addItem(tr("All roles"), QString());
    for (const QString &role : Role::all())
        m_ui->roleFilterCombo->addItem(UserTableDelegate::roleLabel(role), role);
    auto *clearFilter = new QAction(tr("Clear Filter"), m_ui->filterEdit);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_ui->filterEdit->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, m_ui->filterEdit, &QLineEdit::clear);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &UserFilterProxyModel::setTextFilter);
    connect(m_ui->roleFilterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(m_ui->roleFilterCombo->currentData().toString()); });

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::selectionChanged);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT activated(m_model.userAt(m_proxy->mapToUsers(index).row()));
    });
    // Small refreshes arrive as row changes and the view keeps the selection by itself; a reset (the
    // first load, or a model that chose one) would lose it, so it is carried across by user id.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_carriedSelection.clear();
        for (const User &user : selectedUsers())
            m_carriedSelection << user.id;
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { selectUsers(m_carriedSelection); });
    // Rows added or removed above the visible ones would shift what the person is looking at: the user
    // at the top stays at the top.
    for (const auto signal : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        connect(m_proxy, signal, this, &UsersPanel::holdTopRow);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &UsersPanel::holdTopRow);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &UsersPanel::holdTopRow);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &UsersPanel::restoreTopRow);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPanel::restoreTopRow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPanel::restoreTopRow);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &UsersPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPanel::updateEmptyState);
    updateEmptyState();
}

UsersPanel::~UsersPanel() = default;

QTableView *UsersPanel::table() const
{
    return m_ui->table;
}

std::vector<User> UsersPanel::selectedUsers() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<User> users;
    users.reserve(size_t(rows.size()));
    for (const QModelIndex &index : std::as_const(rows))
        users.push_back(m_model.userAt(m_proxy->mapToUsers(index).row()));
    return users;
}

void UsersPanel::selectUsers(const QStringList &userIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : userIds) {
        const int row = m_model.rowOf(id);
        const QModelIndex index = row >= 0 ? m_proxy->mapFromUsers(m_model.index(row, 0)) : QModelIndex();
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(UserTableModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *model = m_ui->table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

int UsersPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void UsersPanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

bool UsersPanel::editCurrentRole()
{
    QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid() || !m_ui->table->selectionModel()->isRowSelected(current.row())) {
        const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    if (!current.isValid())
        return false;
    const QModelIndex role = current.siblingAtColumn(UserTableModel::Role);
    if (!(role.flags() & Qt::ItemIsEditable))
        return false;
    m_ui->table->setCurrentIndex(role);
    m_ui->table->edit(role);
    return true;
}

void UsersPanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

QByteArray UsersPanel::saveState() const
{
    return m_ui->table->horizontalHeader()->saveState();
}

void UsersPanel::restoreState(const QByteArray &state)
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // restoreState() does not re-sort; the proxy must follow the indicator it brought back.
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void UsersPanel::holdTopRow()
{
    if (!m_topUserId.isNull())
        return; // already held for this batch of changes
    const QModelIndex top = m_ui->table->indexAt(QPoint(1, 1));
    // At the very top, new rows above should show: nothing to hold.
    if (!top.isValid() || m_ui->table->verticalScrollBar()->value() == 0)
        return;
    m_topUserId = top.data(UserTableModel::UserIdRole).toString();
    // One refresh emits many changes: the same row is held across all of them, then let go.
    QTimer::singleShot(0, this, [this] { m_topUserId = QString(); });
}

void UsersPanel::restoreTopRow()
{
    if (m_topUserId.isNull())
        return;
    const int row = m_model.rowOf(m_topUserId);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromUsers(m_model.index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_ui->table->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void UsersPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    QString text = m_emptyText;
    if (empty && m_model.rowCount() > 0)
        text = tr("No user matches the filter. Clear it (Esc in the filter box) to see all %n user(s).", nullptr,
                  m_model.rowCount());
    m_ui->emptyLabel->setText(text);
    m_ui->emptyLabel->setVisible(empty && !text.isEmpty());
}
