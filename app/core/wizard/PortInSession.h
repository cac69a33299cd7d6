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
    enum class Eligibility { None, Pending, Checking, Eligible, NotEligible, Unreachable };
    enum class Submit { Idle, Sending, Done, Failed, UnknownOutcome };

    static constexpr int kEligibilityDebounceMs = 300;

    PortInSession(TelegentClient *client, OrderRegistry *registry, DraftStore *drafts, QString who,
                  QObject *parent = nullptr);
    ~PortInSession() override;

    static QStringList fieldsOf(Page page);

    void setValue(const QString &field, const QString &value);
    QString value(const QString &field) const { return m_values.value(field); }
    // Issues of a field are shown once it was edited or its page was left: not before.
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

    // Clears every value, the PIN included, and deletes the draft.
    void reset();
    // Loads the saved draft, if there is one; returns whether it did.
    bool restoreDraft();
    qint64 restoredDraftSavedAt() const { return m_restoredAt; }

signals:
    void changed();
    void eligibilityChanged();
    void submitStateChanged();
    void draftSaveFailed(const QString &message);

private:
    void scheduleEligibility();
    void checkEligibility();
    void onEligibilityFinished(CheckEligibility *op);
    void onSubmitFinished(SubmitPortIn *op, qint64 intent);
    void saveDraft();
    PortInRequest rawRequest() const;
    FieldIssues eligibilityIssues() const;

    TelegentClient *m_client;
    OrderRegistry *m_registry;
    DraftStore *m_drafts;
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
    Submit m_submit = Submit::Idle;
    SubmitResult m_result;
    ApiError m_error;
    QString m_failedField;
    QTimer m_draftTimer;
    qint64 m_restoredAt = 0;
};

} // namespace portdesk
