#pragma once
#include <QHash>
#include <QObject>
#include <QSet>

#include "AuthorizationStep.h"
#include "NumberEligibility.h"
#include "SessionDraft.h"
#include "TextConsentStep.h"
#include "common/Clock.h"
#include "domain/PortInTypes.h"
#include "domain/validation/FieldIssue.h"
#include "telegent/ApiError.h"

namespace portdesk {

class DraftStore;
class OrderRegistry;
class SubmitPortIn;
class TelegentClient;

// Everything the port-in wizard knows and decides, without a widget: the values the agent typed,
// their validation (port-validation.md), the automatic eligibility check, the submit and its
// failures, and the draft that survives a crash. The wizard's pages only show it.
// It may exist before the desk knows where it talks to (training or live): built with no
// connection, it takes the agent's typing and validates it; the eligibility check waits and a
// submit is refused until setConnection() gives it a client.
class PortInSession : public QObject
{
    Q_OBJECT
public:
    enum class Page
    {
        Number,
        Account,
        Address,
        Authorization,
        Review
    };
    using Eligibility = NumberEligibility::State;
    enum class Submit
    {
        Idle,
        Sending,
        Done,
        Failed,
        UnknownOutcome
    };

    static constexpr int kEligibilityDebounceMs = NumberEligibility::kDebounceMs;
    // A field's problems show when the agent leaves it or stops typing this long: not while
    // the first digits of a number are still coming.
    static constexpr int kTypingPauseMs = 1500;
    static constexpr int kDraftSaveDelayMs = SessionDraft::kSaveDelayMs;

    // The session's timers and timestamps run on the client's clock; with no client, on a
    // wall clock of its own (the constructor below takes the desk's clock instead).
    PortInSession(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts, QString who,
                  QObject *parent = nullptr);
    // No connection yet: setConnection() brings the client, registry and draft store later.
    PortInSession(Clock *clock, QString who, QObject *parent = nullptr);
    ~PortInSession() override;

    static QStringList fieldsOf(Page page);

    // Where the agent's cursor was: a number edited inside (one digit replaced, the next to
    // follow) is checked after a pause, a number completed at its end at once.
    enum class Cursor
    {
        AtEnd,
        Inside
    };
    void setValue(const QString &field, const QString &value, Cursor cursor = Cursor::AtEnd);
    QString value(const QString &field) const { return m_values.value(field); }
    // Issues of a field are shown once it was left (or typing in it paused), or its page was
    // left: not while the agent is still typing.
    void touch(const QString &field);
    void touchPage(Page page);
    bool isTouched(const QString &field) const { return m_touched.contains(field); }

    FieldIssues issues() const;
    FieldIssues issuesFor(const QString &field) const;
    bool isPageComplete(Page page) const;
    // The open order that already holds the typed number (the duplicate-number error), so the
    // agent can go to it; empty when the number is free, incomplete, or its own port-in resumed.
    QString holdingOrder() const;
    // What goes on the wire: normalised values.
    PortInRequest request() const;
    bool hasData() const;

    Eligibility eligibility() const { return m_eligibility.state(); }
    const EligibilityResult &eligibilityResult() const { return m_eligibility.result(); }
    QString eligibilityText() const { return m_eligibility.text(); }

    // Without a connection nothing is sent: Failed, with a Configuration error saying why.
    void submit();
    Submit submitState() const { return m_submit; }
    const SubmitResult &submitResult() const { return m_result; }
    const ApiError &submitError() const { return m_error; }
    // The field a failed submit must send the agent back to, if any.
    QString failedField() const { return m_failedField; }
    // --- the customer's authorization (Page::Authorization) ---
    // The step with the team's rules as last read: when the session connected or started over,
    // when the page is shown (readAuthorizationRules), a consent recorded or a submit asked for.
    const AuthorizationStep &authorizationStep() const { return m_step; }
    void readAuthorizationRules() { m_step = AuthorizationStep(m_registry); }
    const Authorization &authorization() const { return m_authorization; }
    // The agent read the script and the customer agreed (false: takes it back).
    void recordVerbalAuthorization(bool agreed);
    // The written LOA was created and handed to the customer: the port-in is kept (never the
    // PIN) as waiting for its signature, under a local "LOA-" id it returns, and this session
    // starts over. Empty with *error when it can not be kept.
    QString parkAwaitingLoa(QString *error);
    // Continues a port-in that waited for its LOA: its values (the PIN asked again) and its
    // recorded authorization; the submit closes the waiting row.
    bool resume(const QString &awaitingId, QString *error);
    QString resuming() const { return m_resumes; }
    // --- texts about this port (issue 20), asked at the same step ---
    // The answer as it goes with the submit; asked is false until the agent answered. Its number
    // is the field TextTo (the ported number unless the agent typed another), its language the
    // field TextLanguage (the desk's language by default).
    TextConsent textConsent() const;
    // The agent ticked the box (yes), or passed the step with it unticked (no): who and when.
    void answerTextConsent(bool agreed);

    // While sending: why it has not gone out yet (the account's budget), or empty.
    QString waitingText() const;

    // The desk now talks to another target (credentials saved or forgotten): the typed values
    // stay, the eligibility is checked again there. A submit on its way finishes, and is
    // recorded, where it was sent; the switch waits for it.
    // For a session shown in a window (restoreDraftOnConnect()), the first draft store (a
    // session built with no connection) brings its draft back and says so with draftRestored(),
    // unless the agent typed meanwhile.
    void setConnection(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts);
    bool isConnected() const { return m_client; }
    // The window showing this session wants its draft back once the mode is known. A desk
    // without one (portdesk-cli, a team desk) never restores it: a restored number would be
    // checked, spending the account's budget on a port-in nobody is typing.
    void restoreDraftOnConnect() { m_restoreOnConnect = true; }

    // Clears every value, the PIN included, and deletes the draft.
    void reset();
    // The page the agent is on, kept in the draft so that a restore opens there again.
    void setCurrentPage(Page page);
    Page currentPage() const { return m_page; }
    Page restoredDraftPage() const { return m_restoredPage; }
    // Loads the saved draft, if there is one; returns whether it did.
    bool restoreDraft();
    qint64 restoredDraftSavedAt() const { return m_restoredAt; }

signals:
    void changed();
    void eligibilityChanged();
    void submitStateChanged();
    void draftSaveFailed(const QString &message);
    // setConnection() restored the draft by itself (restoreDraft() called directly does not say so).
    void draftRestored();

private:
    void scheduleEligibility(Cursor cursor = Cursor::AtEnd);
    void onEligibilityAnswered();
    void scheduleTouch(const QString &field);
    void onSubmitFinished(SubmitPortIn *op, qint64 intent);
    void saveDraft();
    PortInRequest rawRequest() const;
    QString openOrderOtherThanResumed(const QString &e164) const;
    static QString pageName(Page page);
    void applyConnection();
    // Listens to the current client's scheduler, and no longer to the previous one's.
    void followScheduler();

    Clock *m_clock; // the session's own timers
    TelegentClient *m_client;
    OrderRegistry *m_registry;
    SessionDraft m_draft;
    struct Connection
    {
        TelegentClient *client = nullptr;
        OrderRegistry *registry = nullptr;
        DraftStore *drafts = nullptr;
        bool waiting = false;
    };
    Connection m_nextConnection; // set while a switch waits for the submit on its way
    QString m_who;
    QHash<QString, QString> m_values;
    QSet<QString> m_touched;
    FieldIssues m_serverIssues;
    NumberEligibility m_eligibility;
    QString m_prefilledCarrier;
    QString m_prefilledHolder; // the account holder as taken from the subscriber name
    Authorization m_authorization;
    AuthorizationStep m_step;
    QString m_resumes;        // the "LOA-" row this port-in continues
    TextConsent m_textAnswer; // asked, agreed, who, when: the rest is in the fields
    Clock::TimerId m_touchTimer = 0;
    QString m_typingField; // touched when typing in it pauses
    QMetaObject::Connection m_retryNotice;
    qint64 m_retryAtMs = 0; // when a submit Telegent asked to wait for goes out again
    Submit m_submit = Submit::Idle;
    bool m_restoreOnConnect = false;
    SubmitResult m_result;
    ApiError m_error;
    QString m_failedField;
    qint64 m_restoredAt = 0;
    Page m_page = Page::Number;
    Page m_restoredPage = Page::Number;
};

} // namespace portdesk
