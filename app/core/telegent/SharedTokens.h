#pragma once
#include <QObject>
#include <QString>
#include <functional>

namespace portdesk {

// One token per endpoint for every desk of an account (registry/TeamLedger keeps them, sealed,
// in the team database). Renewal is single-flight across desks: one claim wins the right to ask
// Telegent, the others wait for its token. Answers arrive later, on the asking thread, and never
// after `context` is gone.
class SharedTokens
{
public:
    struct Claim
    {
        enum class Kind
        {
            Token,      // a team token with more than renewBeforeMs left: use it
            Renew,      // this desk asks Telegent, then store()s the token or release()s the claim
            Wait,       // another desk is renewing: ask again after waitMs
            Unavailable // the team's tokens can not be reached or read: fetch one for this desk alone
        };
        Kind kind = Kind::Unavailable;
        QString value;
        qint64 remainingMs = 0;
        qint64 waitMs = 0;
        QString why;
    };
    using Callback = std::function<void(const Claim &)>;

    virtual ~SharedTokens() = default;

    virtual void claim(const QString &endpoint, qint64 renewBeforeMs, QObject *context, Callback callback) = 0;
    // The renewed token for every desk; ends this desk's claim.
    virtual void store(const QString &endpoint, const QString &value, qint64 lifeMs) = 0;
    // The renewal failed: another desk may try.
    virtual void release(const QString &endpoint) = 0;
    // Telegent refused this token: no desk uses it again.
    virtual void invalidate(const QString &endpoint, const QString &value) = 0;
    // Called with an endpoint whose team token another desk invalidated.
    virtual void setInvalidationHandler(QObject *context, std::function<void(const QString &endpoint)> handler) = 0;
};

} // namespace portdesk
