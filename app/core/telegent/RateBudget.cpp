#include "RateBudget.h"

#include <algorithm>
#include <cmath>

namespace portdesk {

RateBudget::RateBudget(int perMinute, double backgroundShare, qint64 safetyMarginMs)
    : m_perMinute(std::max(1, perMinute)), m_backgroundShare(std::clamp(backgroundShare, 0.0, 1.0)),
      m_marginMs(std::max<qint64>(0, safetyMarginMs))
{
}

void RateBudget::setPerMinute(int perMinute)
{
    m_perMinute = std::max(1, perMinute);
}

void RateBudget::setBackgroundShare(double share)
{
    m_backgroundShare = std::clamp(share, 0.0, 1.0);
}

void RateBudget::setDesks(int desks)
{
    m_desks = std::max(1, desks);
}

int RateBudget::backgroundLimit() const
{
    // At least one slot, so polling is never starved completely by a tiny budget.
    return std::max(1, int(std::floor(interactiveLimit() * m_backgroundShare)));
}

void RateBudget::prune(qint64 nowMs) const
{
    while (!m_sent.empty() && m_sent.front() + reuseAfterMs() <= nowMs)
        m_sent.pop_front();
}

int RateBudget::used(qint64 nowMs) const
{
    prune(nowMs);
    return int(m_sent.size());
}

bool RateBudget::canSend(Priority p, qint64 nowMs) const
{
    return used(nowMs) < limitFor(p);
}

qint64 RateBudget::msUntilAvailable(Priority p, qint64 nowMs) const
{
    const int count = used(nowMs);
    const int limit = limitFor(p);
    if (count < limit)
        return 0;
    // The (count - limit + 1)-th oldest request must leave the window first.
    const qint64 freesAt = m_sent[size_t(count - limit)] + reuseAfterMs();
    return std::max<qint64>(1, freesAt - nowMs);
}

qint64 RateBudget::evenSpacingMs(Priority p) const
{
    const qint64 limit = limitFor(p);
    return (reuseAfterMs() + limit - 1) / limit;
}

void RateBudget::recordSend(qint64 nowMs)
{
    prune(nowMs);
    m_sent.push_back(nowMs);
}

} // namespace portdesk
