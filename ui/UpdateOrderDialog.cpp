#include "UpdateOrderDialog.h"
#include "ui_UpdateOrderDialog.h"

#include "domain/CarrierCodes.h"
#include "models/OrdersModel.h"
#include "registry/OrderActions.h"

#include <QPushButton>

namespace portdesk::ui {

UpdateOrderDialog::UpdateOrderDialog(const OrderRecord &order, OrderActions *actions, QWidget *parent)
    : QDialog(parent), m_order(order), m_actions(actions), m_ui(std::make_unique<Ui::UpdateOrderDialog>())
{
    m_ui->setupUi(this);
    m_ui->resultLabel->setTextFormat(Qt::PlainText); // quotes the server
    m_send = m_ui->buttons->addButton(tr("&Send update"), QDialogButtonBox::AcceptRole);
    m_ui->orderLabel->setText(tr("<b>%1</b> &nbsp; %2 &nbsp; status <b>%3</b> %4")
                                  .arg(OrdersModel::formatNumber(order.number).toHtmlEscaped(), order.orderId.toHtmlEscaped(),
                                       order.status.toHtmlEscaped(), order.statusMessage.toHtmlEscaped()));
    m_ui->carrierEdit->setText(order.carrier);
    m_ui->accountEdit->setText(order.accountNumber);
    m_ui->subscriberEdit->setText(order.subscriber);
    m_ui->street1Edit->setText(order.address.street1);
    m_ui->street2Edit->setText(order.address.street2);
    m_ui->cityEdit->setText(order.address.city);
    m_ui->stateEdit->setText(order.address.state);
    m_ui->zipEdit->setText(order.address.zip);
    m_ui->iccidEdit->setText(order.iccid);
    m_ui->pinEdit->setPlaceholderText(tr("only if it must change (never stored)"));
    m_ui->pinEdit->setAccessibleDescription(tr("The PIN is sent once and never saved."));
    connect(m_ui->showPinCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->pinEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });

    const CarrierCodeAdvice advice = adviceFor(order.statusMessage);
    m_ui->adviceLabel->setText(advice.hint.isEmpty() ? tr("Change what the carrier rejected, then send the update. "
                                                          "The order goes back to the carrier.")
                                                     : advice.hint);
    QLineEdit *focus = m_ui->carrierEdit;
    switch (advice.fix) {
    case CarrierCodeAdvice::Fix::AccountNumber: focus = m_ui->accountEdit; break;
    case CarrierCodeAdvice::Fix::Pin: focus = m_ui->pinEdit; break;
    case CarrierCodeAdvice::Fix::ReviewAll: focus = m_ui->subscriberEdit; break;
    case CarrierCodeAdvice::Fix::NumberLock:
    case CarrierCodeAdvice::Fix::None: break;
    }
    focus->setFocus();
    focus->selectAll();

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &UpdateOrderDialog::updateSendButton);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        m_sending = true;
        updateSendButton();
        m_ui->resultLabel->setText(tr("Sending the update to Telegent..."));
        m_actions->update(request());
    });
    connect(m_actions, &OrderActions::finished, this, &UpdateOrderDialog::onFinished);
    // NumberLock: nothing to edit, but an update must still be sent once the lock is off.
    m_send->setEnabled(advice.fix == CarrierCodeAdvice::Fix::NumberLock);
    updateSendButton();
}

UpdateOrderDialog::~UpdateOrderDialog()
{
    m_ui->pinEdit->clear();
}

QLineEdit *UpdateOrderDialog::fieldFor(const QString &apiField) const
{
    const QHash<QString, QLineEdit *> map = {
        {QStringLiteral("CurrentCarrierName"), m_ui->carrierEdit},
        {QStringLiteral("CurrentAccountNumber"), m_ui->accountEdit},
        {QStringLiteral("CurrentAccountPassword"), m_ui->pinEdit},
        {QStringLiteral("SubscriberName"), m_ui->subscriberEdit},
        {QStringLiteral("CurrentBillingAddress.Street1"), m_ui->street1Edit},
        {QStringLiteral("CurrentBillingAddress.Street2"), m_ui->street2Edit},
        {QStringLiteral("CurrentBillingAddress.City"), m_ui->cityEdit},
        {QStringLiteral("CurrentBillingAddress.State"), m_ui->stateEdit},
        {QStringLiteral("CurrentBillingAddress.Zip"), m_ui->zipEdit},
        {QStringLiteral("ICCID"), m_ui->iccidEdit},
        {QStringLiteral("PortInDate"), m_ui->dateEdit},
    };
    return map.value(apiField);
}

UpdatePortInRequest UpdateOrderDialog::request() const
{
    UpdatePortInRequest u;
    u.orderId = m_order.orderId;
    const auto changed = [](const QLineEdit *edit, const QString &old) {
        const QString v = edit->text().trimmed();
        return v != old ? v : QString();
    };
    u.currentCarrierName = changed(m_ui->carrierEdit, m_order.carrier);
    u.currentAccountNumber = changed(m_ui->accountEdit, m_order.accountNumber);
    u.subscriberName = changed(m_ui->subscriberEdit, m_order.subscriber);
    u.iccid = changed(m_ui->iccidEdit, m_order.iccid);
    u.currentAccountPassword = m_ui->pinEdit->text();
    u.portInDate = m_ui->dateEdit->text().trimmed();
    const BillingAddress address{m_ui->street1Edit->text().trimmed(), m_ui->street2Edit->text().trimmed(),
                                 m_ui->cityEdit->text().trimmed(), m_ui->stateEdit->text().trimmed().toUpper(),
                                 m_ui->zipEdit->text().trimmed()};
    if (!(address == m_order.address))
        u.currentBillingAddress = address;
    return u;
}

void UpdateOrderDialog::updateSendButton()
{
    const UpdatePortInRequest u = request();
    const bool anything = !u.currentCarrierName.isEmpty() || !u.currentAccountNumber.isEmpty()
                          || !u.subscriberName.isEmpty() || !u.iccid.isEmpty() || !u.currentAccountPassword.isEmpty()
                          || !u.portInDate.isEmpty() || u.currentBillingAddress.has_value();
    const bool numberLock = adviceFor(m_order.statusMessage).fix == CarrierCodeAdvice::Fix::NumberLock;
    m_send->setEnabled(!m_sending && (anything || numberLock));
}

void UpdateOrderDialog::onFinished(const QString &orderId, const ApiError &error)
{
    if (orderId != m_order.orderId || !m_sending)
        return;
    m_sending = false;
    if (!error.isError()) {
        m_ui->pinEdit->clear();
        accept();
        return;
    }
    QString text = error.message;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (QLineEdit *edit = fieldFor(it.key())) {
            edit->setFocus();
            text = it.value().join(QLatin1Char(' '));
            break;
        }
    }
    m_ui->resultLabel->setText(tr("Telegent did not accept the update: %1").arg(text));
    updateSendButton();
}

} // namespace portdesk::ui
