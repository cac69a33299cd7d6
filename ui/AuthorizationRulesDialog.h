#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace portdesk {
class OrderRegistry;
}

namespace portdesk::ui {

// How the team takes the customer's authorization (AuthorizationSettings): which kinds it
// accepts, the name it gives itself in the script and the LOA, and its own verbal script (empty:
// PortDesk's, translated). Kept in the order registry: on a team database, for every desk.
class AuthorizationRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuthorizationRulesDialog(OrderRegistry *registry, QWidget *parent = nullptr);
    // Saves and closes; false (the dialog stays, the reason shown) when the registry refused.
    bool save();

private:
    OrderRegistry *m_registry;
    QRadioButton *m_verbalAllowed;
    QRadioButton *m_writtenRequired;
    QLineEdit *m_provider;
    QPlainTextEdit *m_script;
    QLabel *m_error;
};

} // namespace portdesk::ui
