#include "RequestScheduler.h"
#include "common/Logging.h"

#include <QNetworkAccessManager>

namespace portdesk {

RequestScheduler::RequestScheduler(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock)
{
}

RequestScheduler::~RequestScheduler()
{
    if (m_wakeTimer)
        m_clock->cancel(m_wakeTimer);
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
            for (auto it = q.begin(); it != q.end(); ++it) {
                if (it->notBeforeMs <= now) {
                    from = &q;
                    pick = it;
                    break;
                }
                consider(it->notBeforeMs);
            }
            if (from)
                break;
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

void RequestScheduler::send(Job job)
{
    std::optional<OutgoingRequest> out = job.build();
    if (!out)
        return; // dropped on purpose by its owner (see Builder)
    const qint64 now = m_clock->nowMs();
    m_budget.recordSend(now);
    ++job.tries;
    ++m_inFlight;
    emit budgetChanged(m_budget.used(now), m_budget.perMinute());
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
