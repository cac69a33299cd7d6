#pragma once
#include "SessionPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace portdesk::ui {

// The wizard's first page: the number to port, formatted as typed, its classification, and
// Telegent's eligibility answer (with the way to fix refused credentials, and the simulator's
// scenarios in training).
class NumberPage : public SessionPage
{
    Q_OBJECT
public:
    NumberPage(PortInSession *session, bool training, QWidget *parent = nullptr);
    // The desk switched between training and live: the simulator's hints only in training.
    void setTraining(bool training);

signals:
    // Telegent refused the credentials: "Check the credentials..." was chosen.
    void credentialsRequested();
    // The number is already held by an open order: "Show the order" was chosen.
    void showOrderRequested(const QString &orderId);

protected:
    void refresh() override;

private:
    QLineEdit *m_number;
    QComboBox *m_classification;
    QLabel *m_eligibility;
    QFormLayout *m_form = nullptr;
    QLabel *m_trainingHelp;
    QPushButton *m_credentials;
    QPushButton *m_showOrder; // under the duplicate-number error: to the order that holds it
};

} // namespace portdesk::ui
