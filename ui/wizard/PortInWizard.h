#pragma once
#include <QWizard>

#include "wizard/PortInSession.h"

namespace portdesk::ui {

// The wizard's own page ids, in the order it shows them. Each page but the result carries its
// PortInSession::Page (SessionPage::sessionPage()): the wizard goes through it, so neither enum
// needs the other's order.
enum PageId
{
    NumberPageId,
    AccountPageId,
    AddressPageId,
    AuthorizationPageId,
    ReviewPageId,
    ResultPageId
};

class AuthorizationPage;
class NumberPage;
class ReviewPage;
class ResultPage;

// The agent's home screen: number -> carrier account -> address -> authorization -> review ->
// result, driven by a
// PortInSession. Keyboard first: Enter is Next when the page is valid, Ctrl+Enter submits from
// the review, Esc discards (after asking, when something was typed).
class PortInWizard : public QWizard
{
    Q_OBJECT
public:
    // FirstPageFirst: only the number page now, the others on addLaterPages() (the main window,
    // after its first paint) or, at the latest, when the agent leaves the number page.
    enum class Build
    {
        AllPages,
        FirstPageFirst
    };
    PortInWizard(PortInSession *session, bool training, QWidget *parent = nullptr, Build build = Build::AllPages);
    void addLaterPages();

    // Starts a new port-in: clears every field, the PIN included.
    void startNew();
    // Shows the restored-draft banner if the session restored one, and goes back to the page
    // the draft was saved on.
    void announceRestoredDraft();
    // The desk switched between training and live mode.
    void setTraining(bool training);
    // Puts the cursor in the current page's first field.
    void focusFirstField();
    ReviewPage *reviewPage() const { return m_review; }
    AuthorizationPage *authorizationPage() const { return m_authorization; }
    // Continues a port-in that waited for its signed LOA (the orders view's "Continue"): its
    // values filled in, on the first page that still needs something (the PIN).
    bool resume(const QString &awaitingId, QString *error);

signals:
    // Telegent refused the credentials: the main window opens the credentials dialog.
    void credentialsRequested();
    // The typed number is already held by an open order and the agent asked to see it.
    void showOrderRequested(const QString &orderId);

public slots:
    void reject() override;
    // "Finish" on the result page: the home screen stays, ready for the next customer.
    void accept() override;

protected:
    bool focusNextPrevChild(bool next) override;
    int nextId() const override;
    bool validateCurrentPage() override;

private:
    void goToPage(int id);
    // The id of the page that shows `page` of the session.
    int pageIdOf(PortInSession::Page page) const;
    void showRestoredDraft(qint64 savedAtMs);
    void onSubmitStateChanged();
    void continueRestore();

    PortInSession *m_session;
    NumberPage *m_number;
    ReviewPage *m_review = nullptr;
    AuthorizationPage *m_authorization = nullptr;
    ResultPage *m_result = nullptr;
    int m_restoreTo = -1; // the page a restored draft is on its way back to
};

} // namespace portdesk::ui
