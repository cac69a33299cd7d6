#pragma once
#include "SessionPage.h"

class QComboBox;

namespace portdesk::ui {

// The billing address on the current carrier's bill, and the SIM's ICCID.
class AddressPage : public SessionPage
{
    Q_OBJECT
public:
    explicit AddressPage(PortInSession *session, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QComboBox *m_state;
};

} // namespace portdesk::ui
