#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "domain/PortInTypes.h"
#include "domain/validation/FieldIssue.h"
#include "telegent/ApiError.h"

namespace portdesk {

class CheckEligibility;
class DraftStore;
class OrderRegistry;
class SubmitPortIn;
class TelegentClient;

// Everything the port-in wizard knows and decides, without a widget: the values the agent typed,
// their validation (port-validation.md), the automatic eligibility check, the submit and its
// failures, and the draft that survives a crash. The wizard's pages only show it.
class PortInSession : public QObject
{
    Q_OBJECT
public:
    enum class Page { Number, Account, Address, Review };
    // Refused: Telegent refused the desk's credentials; nothing can be sent until they are corrected.
    enum class Eligibility { None, Pending, Checking, Eligible, NotEligible, Unreachable, Refused };
    enum class Submit { Idle, Sending, Done, Failed, UnknownOutcome };

    // The eligibility check waits this long only while the number is being edited inside.
    static constexpr int kEligibilityDebounceMs = 300;
    // A field's problems show when the agent leaves it or stops typing this long: not while
    // the first digits of a number are still coming.
    static constexpr int kTypingPauseMs = 1500;

    PortInSession(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts, QString who,
                  QObject *parent = nullptr);
    ~PortInSession() override;

    static QStringList fieldsOf(Page page);

    // Where the agent's cursor was: a number edited inside (one digit replaced, the next to
    // follow) is checked after a pause, a number completed at its end at once.
    enum class Cursor { AtEnd, Inside };
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
    // What goes on the wire: normalised values.
    PortInRequest request() const;
    bool hasData() const;

    Eligibility eligibility() const { return m_eligibility; }
    const EligibilityResult &eligibilityResult() const { return m_eligibilityResult; }
    QString eligibilityText() const;

    void submit();
    Submit submitState() const { return m_submit; }
    const SubmitResult &submitResult() const { return m_result; }
    const ApiError &submitError() const { return m_error; }
    // The field a failed submit must send the agent back to, if any.
    QString failedField() const { return m_failedField; }
    // While sending: why it has not gone out yet (the account's budget), or empty.
    QString waitingText() const;

    // The desk now talks to another target (credentials saved or forgotten): the typed values
    // stay, the eligibility is checked again there. A submit on its way finishes, and is
    // recorded, where it was sent; the switch waits for it.
    void setConnection(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts);

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

private:
    void scheduleEligibility(Cursor cursor = Cursor::AtEnd);
    void scheduleTouch(const QString &field);
    void checkEligibility();
    void onEligibilityFinished(CheckEligibility *op);
    void onSubmitFinished(SubmitPortIn *op, qint64 intent);
    void saveDraft();
    PortInRequest rawRequest() const;
    FieldIssues eligibilityIssues() const;
    static QString pageName(Page page);
    void applyConnection();
    // Listens to the current client's scheduler, and no longer to the previous one's.
    void followScheduler();

    TelegentClient *m_client;
    OrderRegistry *m_registry;
    DraftStore *m_drafts;
    struct Connection
    {
        TelegentClient *client = nullptr;
        OrderRegistry *registry = nullptr;
        DraftStore *drafts = nullptr;
    };
    Connection m_nextConnection; // set while a switch waits for the submit on its way
    QString m_who;
    QHash<QString, QString> m_values;
    QSet<QString> m_touched;
    FieldIssues m_serverIssues;
    Eligibility m_eligibility = Eligibility::None;
    EligibilityResult m_eligibilityResult;
    QString m_eligibilityError;
    QString m_checkedNumber;
    QString m_prefilledCarrier;
    QPointer<CheckEligibility> m_eligibilityOp;
    quint64 m_eligibilityTimer = 0;
    quint64 m_touchTimer = 0;
    QString m_typingField; // touched when typing in it pauses
    QMetaObject::Connection m_retryNotice;
    qint64 m_retryAtMs = 0; // when a submit Telegent asked to wait for goes out again
    Submit m_submit = Submit::Idle;
    SubmitResult m_result;
    ApiError m_error;
    QString m_failedField;
    QTimer m_draftTimer;
    qint64 m_restoredAt = 0;
    Page m_page = Page::Number;
    Page m_restoredPage = Page::Number;
};

} // namespace portdesk
