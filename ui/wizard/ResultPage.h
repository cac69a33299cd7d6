#pragma once
#include <QWizardPage>

class QLabel;

namespace portdesk {
class PortInSession;
}

namespace portdesk::ui {

// The last page: the order ID Telegent gave (with a copy button), beside the number, and what
// happens next.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(PortInSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    QString orderId() const;

private:
    PortInSession *m_session;
    QLabel *m_orderId;
    QLabel *m_number;
    QLabel *m_status;
};

} // namespace portdesk::ui
