#include "UpdateOrderDialog.h"
#include "ui_UpdateOrderDialog.h"

#include "FieldFeedback.h"
#include "common/Clock.h"
#include "domain/CarrierCodes.h"
#include "domain/validation/AccountRules.h"
#include "domain/validation/AddressRules.h"
#include "domain/validation/FieldNames.h"
#include "domain/validation/IccidRules.h"
#include "domain/validation/PortDateRules.h"
#include "models/OrdersModel.h"
#include "registry/OrderActions.h"
#include "registry/OrderTexts.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk::ui {

UpdateOrderDialog::UpdateOrderDialog(const OrderRecord &order, OrderActions *actions, QWidget *parent)
    : QDialog(parent), m_order(order), m_actions(actions), m_ui(std::make_unique<Ui::UpdateOrderDialog>())
{
    m_ui->setupUi(this);
    m_ui->resultLabel->setTextFormat(Qt::PlainText); // quotes the server
    m_send = m_ui->buttons->addButton(tr("&Send update"), QDialogButtonBox::AcceptRole);
    m_ui->orderLabel->setText(tr("<b>%1</b> &nbsp; %2 &nbsp; status <b>%3</b> %4")
                                  .arg(OrdersModel::formatNumber(order.number).toHtmlEscaped(),
                                       order.orderId.toHtmlEscaped(), OrderTexts::status(order.status).toHtmlEscaped(),
                                       order.statusMessage.toHtmlEscaped()));
    if (!order.status.isEmpty()) // Telegent's own word for the status, as the orders view's tooltip
        m_ui->orderLabel->setToolTip(tr("Telegent status: %1").arg(OrderTexts::display(order.status)));
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
    m_ui->pinEdit->setProperty("defaultDescription", tr("The PIN is sent once and never saved."));
    m_ui->pinEdit->setAccessibleDescription(m_ui->pinEdit->property("defaultDescription").toString());
    for (const QString &field :
         {FieldName::CurrentCarrierName, FieldName::CurrentAccountNumber, FieldName::CurrentAccountPassword,
          FieldName::SubscriberName, FieldName::Street1, FieldName::Street2, FieldName::City, FieldName::State,
          FieldName::Zip, FieldName::Iccid, FieldName::PortInDate})
        attachFeedback(fieldFor(field), field);
    connect(m_ui->showPinCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->pinEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });

    const CarrierCodeAdvice advice = adviceFor(order.statusMessage);
    m_ui->adviceLabel->setText(advice.hint.isEmpty() ? tr("Change what the carrier rejected, then send the update. "
                                                          "The order goes back to the carrier.")
                                                     : advice.hint);
    QLineEdit *focus = m_ui->carrierEdit;
    switch (advice.fix) {
    case CarrierCodeAdvice::Fix::AccountNumber:
        focus = m_ui->accountEdit;
        break;
    case CarrierCodeAdvice::Fix::Pin:
        focus = m_ui->pinEdit;
        break;
    case CarrierCodeAdvice::Fix::ReviewAll:
        focus = m_ui->subscriberEdit;
        break;
    case CarrierCodeAdvice::Fix::NumberLock:
    case CarrierCodeAdvice::Fix::None:
        break;
    }
    focus->setFocus();
    focus->selectAll();

    for (auto it = m_feedback.cbegin(); it != m_feedback.cend(); ++it) {
        QLineEdit *edit = fieldFor(it.key());
        connect(edit, &QLineEdit::textChanged, this, &UpdateOrderDialog::updateSendButton);
        connect(edit, &QLineEdit::editingFinished, this, [this, field = it.key()] {
            m_touched.insert(field);
            refreshFeedback();
        });
    }
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_sending || hasErrors(issues())) { // the button is disabled then; never send anyway
            m_touched = QSet<QString>(m_feedback.keyBegin(), m_feedback.keyEnd());
            return updateSendButton();
        }
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
    // ~QDialog hides the window, which takes the focus from a field (editingFinished) after
    // this class's members are gone: nothing of this class may answer any more.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
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

void UpdateOrderDialog::attachFeedback(QLineEdit *edit, const QString &apiField)
{
    // The wizard's layout: the message line under its field, in the form's field column.
    int row = -1;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(edit, &row, &role);
    if (auto *label = qobject_cast<QLabel *>(m_ui->form->itemAt(row, QFormLayout::LabelRole)->widget())) {
        // Named like the wizard's fields; a label's buddy no longer names a field in a cell.
        edit->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    }
    m_ui->form->removeWidget(edit);
    auto *cell = new QWidget(m_ui->formHost);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    auto *feedback = new FieldFeedback(edit, cell);
    column->addWidget(feedback);
    m_ui->form->setWidget(row, QFormLayout::FieldRole, cell);
    m_feedback.insert(apiField, feedback);
}

FieldIssues UpdateOrderDialog::issues() const
{
    const auto edited = [](const QLineEdit *edit, const QString &old) { return edit->text().trimmed() != old; };
    FieldIssues out;
    if (edited(m_ui->carrierEdit, m_order.carrier))
        out += validateCarrierName(m_ui->carrierEdit->text());
    if (edited(m_ui->accountEdit, m_order.accountNumber))
        out += validateAccountNumber(m_ui->accountEdit->text(), m_order.number);
    // An empty PIN field means "keep the PIN the carrier has": only a typed one is checked. The
    // big carriers' transfer-PIN hint shows either way.
    FieldIssues pin = validateAccountPassword(m_ui->pinEdit->text(), m_ui->carrierEdit->text());
    if (m_ui->pinEdit->text().trimmed().isEmpty())
        pin.erase(std::remove_if(pin.begin(), pin.end(),
                                 [](const FieldIssue &i) { return i.severity != FieldIssue::Severity::Hint; }),
                  pin.end());
    out += pin;
    if (edited(m_ui->subscriberEdit, m_order.subscriber))
        out += validateSubscriberName(m_ui->subscriberEdit->text());
    if (const UpdatePortInRequest u = request(); u.currentBillingAddress)
        out += validateBillingAddress(*u.currentBillingAddress);
    if (edited(m_ui->iccidEdit, m_order.iccid))
        out += validateIccid(m_ui->iccidEdit->text());
    out += validatePortInDate(m_ui->dateEdit->text(), m_actions->clock()->nowUtc().toLocalTime().date());
    return out;
}

QString UpdateOrderDialog::feedbackText(const QString &apiField) const
{
    const FieldFeedback *feedback = m_feedback.value(apiField);
    return feedback ? feedback->text() : QString();
}

void UpdateOrderDialog::refreshFeedback()
{
    const FieldIssues all = issues();
    for (auto it = m_feedback.cbegin(); it != m_feedback.cend(); ++it) {
        FieldIssues shown = issuesFor(all, it.key());
        // As in the wizard: a problem shows once the field was left, not while the agent starts
        // typing in it; coaching hints show at once.
        if (!m_touched.contains(it.key()) && fieldFor(it.key())->hasFocus())
            shown.erase(std::remove_if(shown.begin(), shown.end(),
                                       [](const FieldIssue &i) { return i.severity != FieldIssue::Severity::Hint; }),
                        shown.end());
        it.value()->show(shown);
    }
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
    u.iccid = normalizeIccid(changed(m_ui->iccidEdit, m_order.iccid));
    u.currentAccountPassword = m_ui->pinEdit->text().trimmed(); // as the wizard sends it
    u.portInDate = m_ui->dateEdit->text().trimmed();
    // Normalised as the wizard sends an address: upper-case state, NNNNN-NNNN ZIP.
    const BillingAddress address =
        normalizeBillingAddress({m_ui->street1Edit->text(), m_ui->street2Edit->text(), m_ui->cityEdit->text(),
                                 m_ui->stateEdit->text(), m_ui->zipEdit->text()});
    if (!(address == m_order.address))
        u.currentBillingAddress = address;
    return u;
}

void UpdateOrderDialog::updateSendButton()
{
    const UpdatePortInRequest u = request();
    const bool anything = !u.currentCarrierName.isEmpty() || !u.currentAccountNumber.isEmpty() ||
                          !u.subscriberName.isEmpty() || !u.iccid.isEmpty() || !u.currentAccountPassword.isEmpty() ||
                          !u.portInDate.isEmpty() || u.currentBillingAddress.has_value();
    const bool numberLock = adviceFor(m_order.statusMessage).fix == CarrierCodeAdvice::Fix::NumberLock;
    m_send->setEnabled(!m_sending && (anything || numberLock) && !hasErrors(issues()));
    refreshFeedback();
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
