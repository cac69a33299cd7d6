#include "AddressPage.h"

#include "domain/validation/FieldNames.h"
#include "domain/validation/UsStates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace portdesk::ui {

using namespace FieldName;

AddressPage::AddressPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Address, parent), m_state(new QComboBox(this))
{
    setTitle(tr("Billing address and SIM"));
    setSubTitle(tr("The service address on the current carrier's bill. No PO boxes."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addField(form, tr("Street &1:"), new QLineEdit(this), Street1);
    addField(form, tr("Street &2 (optional):"), new QLineEdit(this), Street2);
    addField(form, tr("Ci&ty:"), new QLineEdit(this), City);
    m_state->addItem(QString(), QString());
    for (const QString &code : allowedStateCodes())
        m_state->addItem(QStringLiteral("%1 \u2014 %2").arg(code, stateName(code)), code); // typing "ut" finds "UT"
    addField(form, tr("Stat&e:"), m_state, State);
    addField(form, tr("&ZIP code:"), new QLineEdit(this), Zip);
    auto *iccid = new QLineEdit(this);
    iccid->setPlaceholderText(tr("optional: 19 or 20 digits from the SIM card"));
    addField(form, tr("SIM &ICCID:"), iccid, Iccid);
    layout->addStretch();
    // Tab follows the form, whatever order the widgets were created in.
    const QStringList order = {Street1, Street2, City, State, Zip, Iccid};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(m_editors.value(order.at(i - 1)), m_editors.value(order.at(i)));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setValue(State, m_state->currentData().toString()); });
}

void AddressPage::refresh()
{
    QSignalBlocker block(m_state); // the session's value must not echo back as an edit
    SessionPage::refresh();
}

} // namespace portdesk::ui
