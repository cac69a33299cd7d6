#pragma once
#include <QStyledItemDelegate>

namespace portdesk::ui {

// Colours the Status column by group and sets a row in bold while it holds a change the
// supervisor has not looked at yet.
class OrdersItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace portdesk::ui
