#pragma once
#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <optional>

#include "HttpAttempt.h"
#include "RateBudget.h"
#include "RetryPolicy.h"
#include "SharedBudget.h"
#include "common/Clock.h"

class QNetworkAccessManager;

namespace portdesk {

// The only way a request leaves PortDesk. It keeps the account's rolling budget (never sends
// past it: it queues), serves interactive work before background polling, and after each try
// does what RetryPolicy decides: sends again after the delay, or hands the answer (with the
// decision, e.g. "renew the token") to the job's owner.
//
// On a team the budget is the whole account's (SharedBudget): every send first takes its slot
// there, one question at a time. When that can not be reached the desk keeps to its own part of
// the budget (the limit divided by the desks it last saw) and keeps asking to rejoin.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    // Builds the request at the moment it can be sent, so a bearer token is attached fresh.
    // Returning nullopt drops the job (the owner resubmits, e.g. after fetching a new token).
    using Builder = std::function<std::optional<OutgoingRequest>()>;
    using Done = std::function<void(const HttpResult &, const RetryDecision &)>;

    struct Job
    {
        Priority priority = Priority::Interactive;
        bool repeatable = true;     // safe to send again after it may have reached the server
        bool canRenewToken = false; // a 401/403 may be answered with a new token, once
        QString label;              // for the log: "POST /numbers/portin"
        QPointer<QObject> owner;
        Builder build;
        Done done;
        int tries = 0;
        qint64 notBeforeMs = 0;
    };

    RequestScheduler(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~RequestScheduler() override;

    void submit(Job job);

    RateBudget &budget() { return m_budget; }
    const RateBudget &budget() const { return m_budget; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }

    // Takes every slot from `shared` from now on (nullptr: this desk's budget alone). It must
    // outlive the scheduler or be unset first.
    void setSharedBudget(SharedBudget *shared);
    // Whether sends take their slots from the team's budget right now (false while it is out of
    // reach, or without a team).
    bool usingSharedBudget() const { return m_shared && !m_fallback; }
    // Why the team's budget is not used although there is one (empty when it is).
    QString sharedBudgetProblem() const { return m_fallback ? m_fallbackWhy : QString(); }

    // Requests in the window: the team's on a shared budget (as last told), else this desk's.
    int usedInWindow() const;
    int queued(Priority p) const;
    int inFlight() const { return m_inFlight; }
    qint64 pausedUntilMs() const { return m_pausedUntil; }
    Clock *clock() const { return m_clock; }

signals:
    void budgetChanged(int used, int perMinute);
    void activityChanged();
    // The server answered 429: everything waits until untilMs (shared account budget).
    void serverRateLimited(qint64 untilMs);
    // A request goes out again at atMs (after a 429/503 Retry-After or a backoff), so that a
    // long wait can be said where someone is waiting.
    void retryScheduled(const QString &label, qint64 atMs);
    // The team's budget was lost (shared false, why says what failed and the desk's share) or
    // rejoined (shared true).
    void sharedBudgetChanged(bool shared, const QString &why);

private:
    void pump();
    // One pass of pump() on the team's budget: asks for a slot for the first ready job.
    void askSharedSlot(qint64 now);
    void onSharedAnswer(Priority asked, const SharedBudget::Answer &answer);
    void enterFallback(const QString &why, int desks);
    void tryRejoin();
    // The first job of priority p (or, for a background slot, of any priority) ready at now.
    std::deque<Job>::iterator firstReady(std::deque<Job> &queue, qint64 now, qint64 *nextAt);
    void armWakeUp(qint64 atMs);
    void send(Job job);
    void onAttemptDone(Job job, const HttpResult &result, qint64 startedMs);
    std::deque<Job> &queueFor(Priority p) { return p == Priority::Interactive ? m_interactive : m_background; }

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    RateBudget m_budget;
    RetryPolicy m_retry;
    qint64 m_timeoutMs = 30'000;
    qint64 m_maxBody = 1 << 20;
    std::deque<Job> m_interactive;
    std::deque<Job> m_background;
    int m_inFlight = 0;
    qint64 m_pausedUntil = 0;
    Clock::TimerId m_wakeTimer = 0;
    qint64 m_wakeAt = 0;
    bool m_pumping = false;

    SharedBudget *m_shared = nullptr;
    bool m_asking = false;   // a slot question is on its way to the team's budget
    bool m_fallback = false; // the team's budget is out of reach: this desk's share only
    QString m_fallbackWhy;
    int m_desksSeen = 1;
    int m_teamUsed = 0;
    std::deque<qint64> m_fallbackSends; // sent while out of reach, told to the team on rejoining
    bool m_rejoining = false;           // nothing is sent while the team hears of those sends
    Clock::TimerId m_rejoinTimer = 0;
    quint64 m_sharedGeneration = 0; // answers for an earlier setSharedBudget() are ignored
};

} // namespace portdesk
