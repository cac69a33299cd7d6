#include "AccountPage.h"

#include "domain/validation/Carriers.h"
#include "domain/validation/FieldNames.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace portdesk::ui {

using namespace FieldName;

AccountPage::AccountPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Account, parent)
{
    setTitle(tr("Account at the current carrier"));
    setSubTitle(tr("Exactly as on the customer's bill: carriers reject ports whose details do not match."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *carrier = new QLineEdit(this);
    auto *completer = new QCompleter(knownCarriers(), carrier);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    carrier->setCompleter(completer);
    addField(form, tr("Current &carrier:"), carrier, CurrentCarrierName);
    addField(form, tr("&Account number:"), new QLineEdit(this), CurrentAccountNumber);
    auto *pin = new QLineEdit(this);
    pin->setEchoMode(QLineEdit::Password);
    pin->setPlaceholderText(tr("Number Transfer PIN, or account passcode"));
    addField(form, tr("Transfer &PIN / passcode:"), pin, CurrentAccountPassword);
    addField(form, tr("&Subscriber name:"), new QLineEdit(this), SubscriberName);
    auto *show = new QCheckBox(tr("Sho&w PIN"), this);
    connect(show, &QCheckBox::toggled, pin,
            [pin](bool on) { pin->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(QString(), show);
    layout->addStretch();
    // The show toggle comes last: Tab goes from field to field.
    setTabOrder(m_editors.value(CurrentCarrierName), m_editors.value(CurrentAccountNumber));
    setTabOrder(m_editors.value(CurrentAccountNumber), pin);
    setTabOrder(pin, m_editors.value(SubscriberName));
    setTabOrder(m_editors.value(SubscriberName), show);
}

} // namespace portdesk::ui
