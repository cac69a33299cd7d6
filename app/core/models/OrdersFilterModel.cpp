#include "OrdersFilterModel.h"
#include "OrdersModel.h"
#include "domain/OrderStatus.h"

namespace portdesk {

OrdersFilterModel::OrdersFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OrdersModel::SortRole);
    setDynamicSortFilter(true); // a changed row moves to its place and filter, nothing else
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OrdersFilterModel::setGroup(Group group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void OrdersFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_digits.clear();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            m_digits += c;
    }
    invalidateRowsFilter();
}

bool OrdersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex any = m->index(sourceRow, 0);
    const auto group = StatusGroup(m->data(any, OrdersModel::StatusGroupRole).toInt());
    switch (m_group) {
    case Group::All: break;
    case Group::Open:
        if (group != StatusGroup::Open && group != StatusGroup::Unknown)
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
    if (text(OrdersModel::OrderId).contains(m_text, Qt::CaseInsensitive)
        || text(OrdersModel::Subscriber).contains(m_text, Qt::CaseInsensitive))
        return true;
    // "801 555 23", "(801) 555-2345" and "+18015552345" all find the same number.
    return m_digits.size() >= 3 && text(OrdersModel::Number, OrdersModel::SortRole).contains(m_digits);
}

} // namespace portdesk
