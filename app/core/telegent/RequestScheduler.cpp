#include "RequestScheduler.h"
#include "common/Logging.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace portdesk {

RequestScheduler::RequestScheduler(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock)
{
}

namespace {
// How often a desk that lost the team's budget asks to rejoin it.
constexpr qint64 kRejoinIntervalMs = 5'000;
constexpr int kSpreadPerDeskMs = 5;
} // namespace

RequestScheduler::~RequestScheduler()
{
    if (m_wakeTimer)
        m_clock->cancel(m_wakeTimer);
    if (m_rejoinTimer)
        m_clock->cancel(m_rejoinTimer);
}

void RequestScheduler::setSharedBudget(SharedBudget *shared)
{
    m_shared = shared;
    ++m_sharedGeneration;
    m_asking = false;
    m_rejoining = false;
    m_fallback = false;
    m_fallbackWhy.clear();
    m_fallbackSends.clear();
    m_teamUsed = 0;
    m_budget.setDesks(1);
    if (m_rejoinTimer) {
        m_clock->cancel(m_rejoinTimer);
        m_rejoinTimer = 0;
    }
    pump();
}

int RequestScheduler::usedInWindow() const
{
    return usingSharedBudget() ? m_teamUsed : m_budget.used(m_clock->nowMs());
}

std::deque<RequestScheduler::Job>::iterator RequestScheduler::firstReady(std::deque<Job> &queue, qint64 now,
                                                                         qint64 *nextAt)
{
    for (auto it = queue.begin(); it != queue.end(); ++it) {
        if (it->notBeforeMs <= now)
            return it;
        if (nextAt && (*nextAt < 0 || it->notBeforeMs < *nextAt))
            *nextAt = it->notBeforeMs;
    }
    return queue.end();
}

int RequestScheduler::queued(Priority p) const
{
    return int(p == Priority::Interactive ? m_interactive.size() : m_background.size());
}

void RequestScheduler::submit(Job job)
{
    queueFor(job.priority).push_back(std::move(job));
    emit activityChanged();
    pump();
}

void RequestScheduler::armWakeUp(qint64 atMs)
{
    if (m_wakeTimer && m_wakeAt <= atMs)
        return; // an earlier wake-up is already set; it re-evaluates everything
    if (m_wakeTimer)
        m_clock->cancel(m_wakeTimer);
    m_wakeAt = atMs;
    m_wakeTimer = m_clock->callAfter(atMs - m_clock->nowMs(), this, [this] {
        m_wakeTimer = 0;
        pump();
    });
}

void RequestScheduler::pump()
{
    if (m_pumping)
        return; // a builder or a synchronous failure re-entered us; the outer loop continues
    m_pumping = true;
    for (;;) {
        const qint64 now = m_clock->nowMs();
        if (now < m_pausedUntil) {
            armWakeUp(m_pausedUntil);
            break;
        }
        if (usingSharedBudget()) {
            askSharedSlot(now);
            break;
        }
        if (m_rejoining)
            break; // resumes when the team has heard of this desk's sends, or not
        qint64 nextWake = -1;
        const auto consider = [&](qint64 at) {
            if (nextWake < 0 || at < nextWake)
                nextWake = at;
        };
        std::deque<Job> *from = nullptr;
        std::deque<Job>::iterator pick;
        for (Priority p : {Priority::Interactive, Priority::Background}) {
            std::deque<Job> &q = queueFor(p);
            if (q.empty())
                continue;
            const qint64 wait = m_budget.msUntilAvailable(p, now);
            if (wait > 0) {
                consider(now + wait);
                continue;
            }
            qint64 nextAt = -1;
            const auto it = firstReady(q, now, &nextAt);
            if (nextAt >= 0)
                consider(nextAt);
            if (it != q.end()) {
                from = &q;
                pick = it;
                break;
            }
        }
        if (!from) {
            if (nextWake >= 0)
                armWakeUp(nextWake);
            break;
        }
        Job job = std::move(*pick);
        from->erase(pick);
        if (!job.owner)
            continue; // its owner is gone; nothing to send for
        send(std::move(job));
    }
    m_pumping = false;
    emit activityChanged();
}

void RequestScheduler::askSharedSlot(qint64 now)
{
    if (m_asking)
        return; // one question at a time: its answer pumps again
    qint64 nextAt = -1;
    std::optional<Priority> ask;
    for (Priority p : {Priority::Interactive, Priority::Background}) {
        std::deque<Job> &q = queueFor(p);
        if (firstReady(q, now, &nextAt) != q.end()) {
            ask = p;
            break;
        }
    }
    if (!ask) {
        if (nextAt >= 0)
            armWakeUp(nextAt);
        return;
    }
    m_asking = true;
    const quint64 generation = m_sharedGeneration;
    m_shared->take(*ask, m_budget, this, [this, generation, p = *ask](const SharedBudget::Answer &answer) {
        if (generation == m_sharedGeneration)
            onSharedAnswer(p, answer);
    });
}

void RequestScheduler::onSharedAnswer(Priority asked, const SharedBudget::Answer &answer)
{
    m_asking = false;
    if (answer.desksAlive > 0)
        m_desksSeen = answer.desksAlive;
    const qint64 now = m_clock->nowMs();
    switch (answer.kind) {
    case SharedBudget::Answer::Kind::Granted: {
        m_teamUsed = answer.used;
        // An interactive job that became ready meanwhile may use any slot; a background job only
        // a background slot, so that background work stays within its share team-wide. A slot
        // nobody can use any more (its owner went away) lapses with the minute.
        std::deque<Job> *from = &m_interactive;
        auto it = firstReady(m_interactive, now, nullptr);
        if (it == m_interactive.end() && asked == Priority::Background) {
            from = &m_background;
            it = firstReady(m_background, now, nullptr);
        }
        if (it != from->end()) {
            Job job = std::move(*it);
            from->erase(it);
            if (job.owner)
                send(std::move(job));
        }
        break;
    }
    case SharedBudget::Answer::Kind::Wait: {
        m_teamUsed = answer.used;
        emit budgetChanged(m_teamUsed, m_budget.perMinute());
        // Every waiting desk hears the same "the oldest slot frees in N ms": spread their next
        // questions over a few ms per desk, or they all queue on the ledger's lock at once.
        const qint64 spread = QRandomGenerator::global()->bounded(qint64(kSpreadPerDeskMs) * m_desksSeen + 1);
        armWakeUp(now + std::max<qint64>(1, answer.waitMs) + spread);
        return;
    }
    case SharedBudget::Answer::Kind::Unavailable:
        enterFallback(answer.why, m_desksSeen);
        break;
    }
    pump();
}

void RequestScheduler::enterFallback(const QString &why, int desks)
{
    if (!m_fallback) {
        m_fallback = true;
        m_budget.setDesks(desks);
        m_fallbackWhy = tr("The team's request budget cannot be reached (%1). This desk keeps to %2 of the account's "
                           "%3 requests a minute until it is back.")
                            .arg(why)
                            .arg(m_budget.interactiveLimit())
                            .arg(m_budget.perMinute());
        qCWarning(lcScheduler).noquote() << "shared budget lost:" << why << "- local share"
                                         << m_budget.interactiveLimit() << "of" << m_budget.perMinute()
                                         << "per minute for" << desks << "desks";
        emit sharedBudgetChanged(false, m_fallbackWhy);
    }
    if (!m_rejoinTimer)
        m_rejoinTimer = m_clock->callAfter(kRejoinIntervalMs, this, [this] {
            m_rejoinTimer = 0;
            tryRejoin();
        });
}

void RequestScheduler::tryRejoin()
{
    if (!m_shared || !m_fallback || m_rejoining)
        return;
    const qint64 now = m_clock->nowMs();
    while (!m_fallbackSends.empty() && m_fallbackSends.front() + m_budget.reuseAfterMs() <= now)
        m_fallbackSends.pop_front();
    QList<qint64> ages;
    for (qint64 at : m_fallbackSends)
        ages.append(now - at);
    m_rejoining = true;
    const quint64 generation = m_sharedGeneration;
    m_shared->rejoin(ages, m_budget, this, [this, generation](const SharedBudget::Answer &answer) {
        if (generation != m_sharedGeneration)
            return;
        m_rejoining = false;
        if (answer.desksAlive > 0)
            m_desksSeen = answer.desksAlive;
        if (answer.kind != SharedBudget::Answer::Kind::Granted) {
            if (answer.desksAlive > 0)
                m_budget.setDesks(m_desksSeen);
            enterFallback(answer.why, m_desksSeen); // arms the next try
            pump();
            return;
        }
        m_fallback = false;
        m_fallbackWhy.clear();
        m_fallbackSends.clear();
        m_budget.setDesks(1);
        m_teamUsed = answer.used;
        qCInfo(lcScheduler).noquote() << "shared budget rejoined;" << answer.used << "requests in the team's window";
        emit sharedBudgetChanged(true, {});
        pump();
    });
}

void RequestScheduler::send(Job job)
{
    std::optional<OutgoingRequest> out = job.build();
    if (!out)
        return; // dropped on purpose by its owner (see Builder)
    const qint64 now = m_clock->nowMs();
    m_budget.recordSend(now); // this desk's own sends, the fallback's starting point on a team
    if (m_fallback)
        m_fallbackSends.push_back(now); // on a shared budget the slot was counted when granted
    ++job.tries;
    ++m_inFlight;
    emit budgetChanged(usedInWindow(), m_budget.perMinute());
    auto *attempt = new HttpAttempt(m_nam, m_clock, m_timeoutMs, m_maxBody, this);
    connect(attempt, &HttpAttempt::finished, this, [this, attempt, job = std::move(job), now]() mutable {
        --m_inFlight;
        attempt->deleteLater();
        onAttemptDone(std::move(job), attempt->result(), now);
    });
    attempt->start(*out);
}

void RequestScheduler::onAttemptDone(Job job, const HttpResult &attemptResult, qint64 startedMs)
{
    HttpResult result = attemptResult;
    result.tries = job.tries;
    const qint64 now = m_clock->nowMs();
    const int status = result.answered() ? result.httpStatus : 0;
    qCInfo(lcScheduler).noquote() << job.label << "->"
                                  << (status ? QString::number(status)
                                             : (result.timedOut ? QStringLiteral("timeout") : result.networkErrorText))
                                  << "try" << job.tries << (now - startedMs) << "ms";

    TryOutcome outcome;
    outcome.httpStatus = status;
    outcome.mayHaveReachedServer = result.mayHaveReachedServer;
    outcome.repeatable = job.repeatable;
    outcome.canRenewToken = job.canRenewToken;
    outcome.tries = job.tries;
    outcome.retryAfterMs = RetryPolicy::parseRetryAfter(result.retryAfter, now);
    const RetryDecision decision = m_retry.decide(outcome);

    if (decision.action == RetryDecision::Action::Retry && job.owner) {
        job.notBeforeMs = now + decision.delayMs;
        if (decision.holdAccount) {
            m_pausedUntil = std::max(m_pausedUntil, job.notBeforeMs);
            emit serverRateLimited(m_pausedUntil);
        }
        const QString label = job.label;
        queueFor(job.priority).push_front(std::move(job));
        emit retryScheduled(label, now + decision.delayMs);
        pump();
        return;
    }
    if (job.owner && job.done)
        job.done(result, decision);
    pump();
}

} // namespace portdesk
