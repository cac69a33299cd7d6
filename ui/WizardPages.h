#pragma once
#include <QHash>
#include <QWizardPage>

#include "wizard/PortInSession.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace portdesk::ui {

class FieldFeedback;

enum PageId { NumberPageId, AccountPageId, AddressPageId, ReviewPageId, ResultPageId };

// A wizard page over the port-in session: each field is an editor, its feedback line under it,
// and the session's value; the page is complete when the session says so.
class SessionPage : public QWizardPage
{
    Q_OBJECT
public:
    SessionPage(PortInSession *session, PortInSession::Page page, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    // "An unfinished port-in was restored: ask for the PIN again", on whichever page the restored
    // draft opens (0 hides it). Pages with fields put the banner at their top.
    void showRestoredDraft(qint64 savedAtMs);
    QString feedbackText(const QString &field) const;

protected:
    // Adds "label / editor / feedback" rows; the label's mnemonic focuses the editor.
    void addField(QFormLayout *form, const QString &label, QLineEdit *editor, const QString &field);
    void addField(QFormLayout *form, const QString &label, QComboBox *editor, const QString &field);
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field);
    virtual void refresh();
    // Tells the wizard only when completeness flips: each completeChanged() makes QWizard hide
    // and show its whole content, which a screen reader hears as every widget vanishing.
    void updateComplete();

    PortInSession *m_session;
    PortInSession::Page m_page;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldFeedback *> m_feedback;
    QLabel *m_draftBanner;

private:
    int m_lastComplete = -1; // unknown until first told
};

class NumberPage : public SessionPage
{
    Q_OBJECT
public:
    NumberPage(PortInSession *session, bool training, QWidget *parent = nullptr);
    void showRestoredDraft(qint64 savedAtMs);
    // The desk switched between training and live: the simulator's hints only in training.
    void setTraining(bool training);

signals:
    // Telegent refused the credentials: "Check the credentials..." was chosen.
    void credentialsRequested();

protected:
    void refresh() override;

private:
    QLineEdit *m_number;
    QComboBox *m_classification;
    QLabel *m_eligibility;
    QFormLayout *m_form = nullptr;
    QLabel *m_trainingHelp;
    QPushButton *m_credentials;
};

class AccountPage : public SessionPage
{
    Q_OBJECT
public:
    explicit AccountPage(PortInSession *session, QWidget *parent = nullptr);
    void initializePage() override;
};

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

class ReviewPage : public SessionPage
{
    Q_OBJECT
public:
    explicit ReviewPage(PortInSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QString bannerText() const;

signals:
    void editRequested(int pageId);
    void credentialsRequested();

protected:
    void refresh() override;

private:
    QLabel *m_summary[3];
    QLabel *m_banner;
    QPushButton *m_credentials;
    QLabel *m_progress;
};

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
