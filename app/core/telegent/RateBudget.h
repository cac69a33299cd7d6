#pragma once
#include <QtGlobal>
#include <algorithm>
#include <deque>

namespace portdesk {

enum class Priority
{
    Interactive,
    Background
};

// The account's rolling one-minute request budget (default 50), shared by every request this
// desk sends, token requests and retries included. Background work may use only its share of
// it, so an agent's eligibility check or submit never waits behind polling.
class RateBudget
{
public:
    static constexpr qint64 kWindowMs = 60'000;

    RateBudget(int perMinute = 50, double backgroundShare = 0.8, qint64 safetyMarginMs = 500);

    void setPerMinute(int perMinute);
    void setBackgroundShare(double share);
    // While a team's shared budget is out of reach, this desk keeps to its part of the account's:
    // the limits below are divided by the desks it last saw (1 = the whole budget).
    void setDesks(int desks);
    int perMinute() const { return m_perMinute; }
    double backgroundShare() const { return m_backgroundShare; }
    int interactiveLimit() const { return std::max(1, m_perMinute / m_desks); }
    int backgroundLimit() const;
    int limitFor(Priority p) const { return p == Priority::Interactive ? interactiveLimit() : backgroundLimit(); }

    // Requests counted in the window ending at nowMs.
    int used(qint64 nowMs) const;

    bool canSend(Priority p, qint64 nowMs) const;
    // Milliseconds until a request of priority p may be sent (0 = now).
    qint64 msUntilAvailable(Priority p, qint64 nowMs) const;
    void recordSend(qint64 nowMs);
    // How long a slot stays taken: a minute plus the safety margin.
    qint64 reuseAfterMs() const { return kWindowMs + m_marginMs; }
    // The spacing at which requests of priority p, sent one after another, use all of their
    // share yet never wait for a slot: reuseAfterMs / limit, rounded up. Sent in bursts instead,
    // each burst waits a whole reuse window for the next (see PollPlanner).
    qint64 evenSpacingMs(Priority p) const;

private:
    void prune(qint64 nowMs) const;
    int m_perMinute;
    double m_backgroundShare;
    int m_desks = 1;
    // A slot is reused only this long after a full minute, so that the server - which sees each
    // request a little later than we send it - never counts more than the budget in its window.
    qint64 m_marginMs;
    mutable std::deque<qint64> m_sent;
};

} // namespace portdesk
