#pragma once
#include <QDialog>
#include <QHash>
#include <QSet>
#include <memory>

#include "domain/OrderRecord.h"
#include "domain/validation/FieldIssue.h"
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

class FieldFeedback;

// Corrects a rejected or open order through portin/update. Prefilled from the registry (the
// PIN never is), opened on the field the carrier's reason code names, sends only what changed.
// What would be sent is checked by the wizard's rules (and the port date by its own), with the
// wizard's message under the field; Send stays disabled while any of them is an error.
class UpdateOrderDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateOrderDialog(const OrderRecord &order, OrderActions *actions, QWidget *parent = nullptr);
    ~UpdateOrderDialog() override;

    // What would be sent now (OrderId plus changed fields).
    UpdatePortInRequest request() const;
    QLineEdit *fieldFor(const QString &apiField) const;
    // The rules' findings about what would be sent now: a field the agent changed, the whole
    // address when any part of it changed (it is sent whole), a typed PIN, a port date.
    FieldIssues issues() const;
    // The message shown under a field ("" when none).
    QString feedbackText(const QString &apiField) const;

private:
    void onFinished(const QString &orderId, const ApiError &error);
    void updateSendButton();
    void attachFeedback(QLineEdit *edit, const QString &apiField);
    void refreshFeedback();

    OrderRecord m_order;
    OrderActions *m_actions;
    std::unique_ptr<Ui::UpdateOrderDialog> m_ui;
    QPushButton *m_send;
    QHash<QString, FieldFeedback *> m_feedback;
    QSet<QString> m_touched; // fields the agent left (or pressed Enter in) at least once
    bool m_sending = false;
};

} // namespace portdesk::ui
