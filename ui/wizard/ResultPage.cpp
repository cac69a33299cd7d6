#include "ResultPage.h"
#include "PageWidgets.h"

#include "domain/OrderStatus.h"
#include "domain/PhoneNumber.h"
#include "wizard/PortInSession.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk::ui {

ResultPage::ResultPage(PortInSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_orderId(new QLabel(this)), m_number(new QLabel(this)),
      m_status(new QLabel(this))
{
    setTitle(tr("Port-in submitted"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_orderId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_orderId->setAccessibleName(tr("Order ID"));
    QFont big = m_orderId->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_orderId->setFont(big);
    auto *copy = new QPushButton(tr("&Copy order ID"), this);
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(orderId()); });
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_orderId, 1);
    idRow->addWidget(copy);
    form->addRow(captionFor(this, tr("Order ID:"), m_orderId), idRow);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setAccessibleName(tr("Number"));
    form->addRow(captionFor(this, tr("Number:"), m_number), m_number);
    m_status->setAccessibleName(tr("Status"));
    form->addRow(captionFor(this, tr("Status:"), m_status), m_status);
    auto *next = new QLabel(tr("Ports usually complete in 1 to 5 business days. The order is in the Orders tab, "
                               "where its status is checked automatically; a carrier rejection shows there with "
                               "what to fix."),
                            this);
    next->setWordWrap(true);
    layout->addWidget(next);
    layout->addStretch();
}

QString ResultPage::orderId() const
{
    return m_session->submitResult().orderId;
}

void ResultPage::initializePage()
{
    const SubmitResult &r = m_session->submitResult();
    // The agent knows the customer by the number: it stands beside the order ID it was given.
    const QString number = formatNationalNumber(m_session->request().portInNumber);
    m_orderId->setText(r.orderId);
    m_orderId->setAccessibleDescription(r.orderId); // the name says what it is, this what it says
    m_number->setText(number);
    m_number->setAccessibleDescription(number);
    m_status->setText(statusLabel(r.status));
    m_status->setAccessibleDescription(m_status->text());
    m_status->setToolTip(r.status.isEmpty() ? QString() : tr("Telegent status: %1").arg(r.status));
}

} // namespace portdesk::ui
