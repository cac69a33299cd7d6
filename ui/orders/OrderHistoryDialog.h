#pragma once
#include <QDialog>
#include <QList>

namespace portdesk {
struct OrderEvent;
struct OrderRecord;
} // namespace portdesk

namespace portdesk::ui {

// "History": every event the registry recorded for one order (when, what, status change,
// message, who), read-only.
class OrderHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    OrderHistoryDialog(const OrderRecord &order, const QList<OrderEvent> &events, QWidget *parent = nullptr);
};

} // namespace portdesk::ui
