#pragma once
#include <QObject>
#include <QPointer>

#include "common/Clock.h"
#include "domain/PortInTypes.h"
#include "domain/validation/FieldIssue.h"

namespace portdesk {

class CheckEligibility;
class TelegentClient;

// The automatic eligibility check of the number the agent is typing, one job of the port-in
// session: when to ask Telegent (at once for a number that cannot grow, after a pause for an edit
// inside it), dropping an answer about a number no longer there, and what the answer means for
// the agent. With no client yet (the desk's mode not chosen) a checkable number waits, Pending.
class NumberEligibility : public QObject
{
    Q_OBJECT
public:
    // Refused: Telegent refused the desk's credentials; nothing can be sent until they are
    // corrected.
    enum class State
    {
        None,
        Pending,
        Checking,
        Eligible,
        NotEligible,
        Unreachable,
        Refused
    };

    // The check waits this long only while the number is being edited inside.
    static constexpr int kDebounceMs = 300;

    explicit NumberEligibility(Clock *clock, QObject *parent = nullptr);
    ~NumberEligibility() override;

    // Where the next check goes; null: checks wait. Does not check again by itself.
    void setClient(TelegentClient *client);
    // The number (or its classification) changed. checkable: it may be asked about at all
    // (readable, valid, not already in an open order); atOnce: it cannot grow, nothing to wait for.
    void schedule(const QString &e164, const QString &classification, bool checkable, bool atOnce);
    // Nothing checked and nothing on its way (a new port-in).
    void clear();

    State state() const { return m_state; }
    const EligibilityResult &result() const { return m_result; }
    // What the answer says at the number field: not eligible (an error), unreachable (a warning).
    FieldIssues issues() const;
    // The line the number page shows for the state.
    QString text() const;

signals:
    // Waiting or asking began or ended without an answer.
    void stateChanged();
    // Telegent answered, or could not be asked: state() says which.
    void answered();

private:
    void cancelPending();
    void start();
    void onFinished(CheckEligibility *op);

    Clock *m_clock;
    TelegentClient *m_client = nullptr;
    State m_state = State::None;
    EligibilityResult m_result;
    QString m_error;
    QString m_e164;
    QString m_classification;
    QPointer<CheckEligibility> m_op;
    Clock::TimerId m_timer = 0;
};

} // namespace portdesk
