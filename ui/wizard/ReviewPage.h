#pragma once
#include "SessionPage.h"

class QLabel;
class QPushButton;

namespace portdesk::ui {

// What goes to Telegent, section by section with a way back to each, and the submit: its
// progress, and why it failed or may not have arrived.
class ReviewPage : public SessionPage
{
    Q_OBJECT
public:
    explicit ReviewPage(PortInSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QString bannerText() const;

signals:
    // "Change ...": back to that page.
    void editRequested(PortInSession::Page page);
    void credentialsRequested();

protected:
    void refresh() override;

private:
    QLabel *m_summary[4];
    QLabel *m_banner;
    QPushButton *m_credentials;
    QLabel *m_progress;
};

} // namespace portdesk::ui
