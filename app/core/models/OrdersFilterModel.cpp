#include "OrdersFilterModel.h"
#include "OrdersModel.h"
#include "domain/OrderStatus.h"

namespace portdesk {

OrdersFilterModel::OrdersFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OrdersModel::SortRole);
    setDynamicSortFilter(true); // new rows take their sorted place; held values keep old ones still
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OrdersFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    releaseHeld();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Row numbers stop naming the same orders after any of these: forget what was held.
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &OrdersFilterModel::releaseHeld),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &OrdersFilterModel::releaseHeld),
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &OrdersFilterModel::releaseHeld),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &OrdersFilterModel::releaseHeld),
    };
}

void OrdersFilterModel::releaseHeld()
{
    m_heldRows.clear();
    m_heldSortValue.clear();
}

void OrdersFilterModel::settle()
{
    releaseHeld();
    invalidate(); // filter and sort again, every row from its live values
}

void OrdersFilterModel::setGroup(Group group)
{
    m_group = group;
    settle();
}

void OrdersFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return; // typing a space must not shuffle the table
    m_text = trimmed;
    m_digits.clear();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            m_digits += c;
    }
    settle();
}

void OrdersFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_urgency && column == sortColumn() && order == sortOrder())
        return;              // the base does not sort again either: the held places stay true
    m_heldSortValue.clear(); // shown rows stay shown: a sort does not filter again
    if (m_urgency) {
        m_urgency = false;
        setSortRole(OrdersModel::SortRole);
    }
    QSortFilterProxyModel::sort(column, order);
}

void OrdersFilterModel::setUrgencyOrder()
{
    m_heldSortValue.clear();
    if (m_urgency) {
        // Asked again: sort by the live values. The base would not sort a column it sorts
        // already; invalidating does, and keeps the shown rows shown (they are held).
        invalidate();
        return;
    }
    m_urgency = true;
    // The urgency key is the same on every column of a row: column 0 carries it.
    setSortRole(OrdersModel::UrgencyRole);
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
}

QVariant OrdersFilterModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::DisplayRole || index.column() != OrdersModel::Status)
        return value;
    const int sourceRow = mapToSource(index).row();
    if (sourceRow < 0 || acceptsLive(sourceRow))
        return value;
    // Held in place after its status moved it out of the group or the search: say so.
    return tr("%1 (left this filter)").arg(value.toString());
}

QVariant OrdersFilterModel::heldSortValue(const QModelIndex &index) const
{
    auto it = m_heldSortValue.constFind(index.row());
    if (it == m_heldSortValue.cend())
        it = m_heldSortValue.insert(index.row(), index.data(sortRole()));
    return *it;
}

bool OrdersFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = heldSortValue(left);
    const QVariant r = heldSortValue(right);
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        if (const int c = QString::compare(l.toString(), r.toString(), sortCaseSensitivity()))
            return c < 0;
    } else {
        const QPartialOrdering c = QVariant::compare(l, r);
        if (c == QPartialOrdering::Less || c == QPartialOrdering::Greater)
            return c == QPartialOrdering::Less;
    }
    // Equal values: the row order decides, so a changed row re-placed among its equals lands
    // exactly where it was instead of after the last of them.
    return left.row() < right.row();
}

bool OrdersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_heldRows.contains(sourceRow))
        return true;
    if (!acceptsLive(sourceRow))
        return false; // asked again on its next change: an order may come into the group
    m_heldRows.insert(sourceRow);
    // A row placed without a comparison (the first one) must hold its sort value too.
    if (sortColumn() >= 0)
        heldSortValue(sourceModel()->index(sourceRow, sortColumn()));
    return true;
}

bool OrdersFilterModel::acceptsLive(int sourceRow) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex any = m->index(sourceRow, 0);
    const auto group = StatusGroup(m->data(any, OrdersModel::StatusGroupRole).toInt());
    switch (m_group) {
    case Group::All:
        break;
    case Group::Open: // not finished: what needs action is open too, and sorts first by urgency
        if (isTerminal(group))
            return false;
        break;
    case Group::NeedsAction:
        if (group != StatusGroup::NeedsAction)
            return false;
        break;
    case Group::Completed:
        if (group != StatusGroup::Completed)
            return false;
        break;
    case Group::Cancelled:
        if (group != StatusGroup::Cancelled)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const auto text = [&](int column, int role = Qt::DisplayRole) {
        return m->data(m->index(sourceRow, column), role).toString();
    };
    if (text(OrdersModel::OrderId).contains(m_text, Qt::CaseInsensitive) ||
        text(OrdersModel::Subscriber).contains(m_text, Qt::CaseInsensitive))
        return true;
    // "801 555 23", "(801) 555-2345" and "+18015552345" all find the same number.
    return m_digits.size() >= 3 && text(OrdersModel::Number, OrdersModel::SortRole).contains(m_digits);
}

} // namespace portdesk
