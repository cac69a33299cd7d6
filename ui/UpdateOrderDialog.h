#pragma once
#include <QDialog>
#include <QHash>
#include <memory>

#include "domain/OrderRecord.h"
#include "telegent/ApiError.h"

class QLineEdit;
class QPushButton;

namespace Ui {
class UpdateOrderDialog;
}

namespace portdesk {
class OrderActions;
}

namespace portdesk::ui {

// Corrects a rejected or open order through portin/update. Prefilled from the registry (the
// PIN never is), opened on the field the carrier's reason code names, sends only what changed.
class UpdateOrderDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateOrderDialog(const OrderRecord &order, OrderActions *actions, QWidget *parent = nullptr);
    ~UpdateOrderDialog() override;

    // What would be sent now (OrderId plus changed fields).
    UpdatePortInRequest request() const;
    QLineEdit *fieldFor(const QString &apiField) const;

private:
    void onFinished(const QString &orderId, const ApiError &error);
    void updateSendButton();

    OrderRecord m_order;
    OrderActions *m_actions;
    std::unique_ptr<Ui::UpdateOrderDialog> m_ui;
    QPushButton *m_send;
    bool m_sending = false;
};

} // namespace portdesk::ui
