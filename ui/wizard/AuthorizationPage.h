#pragma once
#include "SessionPage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace portdesk::ui {

// The customer's authorization, before the review: the account holder (the subscriber unless
// changed), who authorizes if someone else, and either the script the agent reads and the
// customer's yes (verbal) or the LOA PDF for the customer to sign, the port-in then waiting in
// the orders view for the signed copy (written). Which of the two the team accepts is the
// team's setting. Next stays disabled until an authorization is recorded.
// Below, whether the customer agrees to texts about this port, on which number, in which
// language: passing the step with the box unticked records a "no".
class AuthorizationPage : public SessionPage
{
    Q_OBJECT
public:
    explicit AuthorizationPage(PortInSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QString scriptText() const;
    QString recordedText() const;
    // "Create the LOA PDF...": saved where the agent chooses (asked when `path` is empty).
    void createLoa(const QString &path = {});
    // "Keep it waiting for the signature", once the LOA exists.
    void park();

signals:
    // The port-in was kept as waiting for its signed LOA (its local id): the wizard starts over.
    void parked(const QString &awaitingId);

protected:
    void refresh() override;

private:
    bool verbalChosen() const;
    void buildTexts(); // the "Texts about this port" group

    QRadioButton *m_verbal;
    QRadioButton *m_written;
    QTextBrowser *m_script;
    QCheckBox *m_agreed;
    QLabel *m_policy;
    QPushButton *m_createLoa;
    QPushButton *m_park;
    QLabel *m_recorded;
    QGroupBox *m_texts;
    QCheckBox *m_textsAgreed;
    QComboBox *m_textLanguage;
    QString m_loaPath; // the LOA PDF created for this port-in, if any
};

} // namespace portdesk::ui
