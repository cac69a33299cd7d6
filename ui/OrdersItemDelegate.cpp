#include "OrdersItemDelegate.h"
#include "StatusColors.h"

#include "models/OrdersModel.h"

namespace portdesk::ui {

void OrdersItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(OrdersModel::UnseenChangeRole).toBool())
        option->font.setBold(true);
    if (index.column() == OrdersModel::Status) {
        const auto group = StatusGroup(index.data(OrdersModel::StatusGroupRole).toInt());
        option->palette.setColor(QPalette::Text, statusColor(group, option->palette));
        option->font.setBold(true);
    }
    if (index.column() == OrdersModel::Age && index.data(OrdersModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, overdueColor(option->palette)); // the text says "overdue" too
        option->font.setBold(true);
    }
    if (index.data(OrdersModel::NotFoundRole).toBool() || index.data(OrdersModel::OutcomeUnknownRole).toBool())
        option->font.setItalic(true);
}

} // namespace portdesk::ui
