#include "RetryPolicy.h"
#include "domain/ApiTimestamps.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace portdesk {

RetryPolicy::RetryPolicy(std::function<double()> random01) : m_random(std::move(random01))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

RetryDecision RetryPolicy::decide(const TryOutcome &o) const
{
    using Action = RetryDecision::Action;
    const int s = o.httpStatus;
    if (s == 401 || s == 403)
        return {o.canRenewToken ? Action::RenewToken : Action::Finish, 0, false};
    const bool notProcessed = s == 429 || s == 503; // safe for every call
    bool again = false;
    if (notProcessed)
        again = true;
    else if (s == 408 || s == 500 || s == 504)
        again = o.repeatable;
    else if (s == 0)
        again = o.repeatable || !o.mayHaveReachedServer;
    if (!again || o.tries >= kMaxTries)
        return {};
    const qint64 delay = delayBeforeTry(o.tries + 1, notProcessed ? o.retryAfterMs : std::nullopt);
    // 429: the whole account is over its budget (maybe other desks share it): hold everything.
    return {Action::Retry, delay, s == 429};
}

qint64 RetryPolicy::delayBeforeTry(int nextTry, std::optional<qint64> retryAfterMs) const
{
    if (retryAfterMs)
        return std::clamp<qint64>(*retryAfterMs, 0, kMaxRetryAfterMs);
    const int exponent = std::clamp(nextTry - 2, 0, 16);
    const qint64 base = std::min<qint64>(kFirstDelayMs << exponent, kMaxDelayMs);
    // +-20 % jitter so that many desks retrying at once do not stay in lock-step.
    const double factor = 0.8 + 0.4 * m_random();
    return std::min<qint64>(qint64(double(base) * factor), kMaxDelayMs);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

} // namespace portdesk
