#pragma once
#include <QByteArray>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace portdesk {

// api-decisions.md "Budget and retries": exponential backoff from 1 s, doubling, capped at 30 s,
// with jitter, at most 5 tries; Retry-After (seconds or HTTP date) wins when present.
class RetryPolicy
{
public:
    static constexpr int kMaxTries = 5;
    static constexpr qint64 kFirstDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 30'000;
    // A Retry-After beyond this is treated as this: a desk must not freeze for an hour on a typo.
    static constexpr qint64 kMaxRetryAfterMs = 300'000;

    // random01 returns a number in [0, 1); tests inject a fixed one.
    explicit RetryPolicy(std::function<double()> random01 = {});

    // Delay before try number `nextTry` (2..kMaxTries). retryAfterMs wins when set.
    qint64 delayBeforeTry(int nextTry, std::optional<qint64> retryAfterMs) const;

    // Parses a Retry-After header value relative to nowMs; nullopt when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

private:
    std::function<double()> m_random;
};

} // namespace portdesk
