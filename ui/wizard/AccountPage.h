#pragma once
#include "SessionPage.h"

namespace portdesk::ui {

// The account at the current carrier: carrier (completed from the known ones), account number,
// PIN (hidden unless shown) and subscriber name.
class AccountPage : public SessionPage
{
    Q_OBJECT
public:
    explicit AccountPage(PortInSession *session, QWidget *parent = nullptr);
};

} // namespace portdesk::ui
