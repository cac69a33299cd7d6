#pragma once
#include <QByteArray>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace portdesk {

// What one try of a call came back with, as far as the retry rule needs to know.
struct TryOutcome
{
    int httpStatus = 0;                 // 0: no usable HTTP answer (transport error, timeout, cut off)
    bool mayHaveReachedServer = true;   // without an answer: false only when it provably never left
    bool repeatable = true;             // the call is safe to send again after it reached the server
    bool canRenewToken = false;         // it carries a bearer token not yet renewed for this call
    int tries = 1;                      // tries made so far, this one included
    std::optional<qint64> retryAfterMs; // the answer's Retry-After, parsed (parseRetryAfter)
};

// What to do after a try. The scheduler carries out Retry, the operation RenewToken.
struct RetryDecision
{
    enum class Action
    {
        Finish,     // no further try: the answer (success or failure) goes to the caller as it is
        Retry,      // send the same call again after delayMs
        RenewToken, // drop the call's token, fetch a new one and send the call once more
    };
    Action action = Action::Finish;
    qint64 delayMs = 0;       // Retry: how long to wait first
    bool holdAccount = false; // 429: the account is over its budget, every request waits delayMs
};

// The one place that decides whether a call goes out again (api-decisions.md "Budget and
// retries" and "Tokens"):
// - 429 and 503 mean "not processed": retried for every call; Retry-After wins when present.
// - 408, 500, 504 and transport failures only for repeatable calls, or when the request provably
//   never left this machine: a port-in that may have arrived is never sent twice.
// - Backoff from 1 s, doubling, capped at 30 s, with jitter; at most 5 tries.
// - 401/403 on a call with a token: renew the token and send once more; the second is final.
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

    // A function of the outcome alone (and of the jitter's random source).
    RetryDecision decide(const TryOutcome &outcome) const;

    // Delay before try number `nextTry` (2..kMaxTries). retryAfterMs wins when set.
    qint64 delayBeforeTry(int nextTry, std::optional<qint64> retryAfterMs) const;

    // Parses a Retry-After header value relative to nowMs; nullopt when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

private:
    std::function<double()> m_random;
};

} // namespace portdesk
