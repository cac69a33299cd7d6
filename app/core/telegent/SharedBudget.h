#pragma once
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

#include "RateBudget.h"

namespace portdesk {

// The account's rolling-minute budget when other desks spend it too (a team on one Telegent
// account). The scheduler asks it for a slot before every request; registry/TeamLedger keeps it
// in the team database. Answers arrive later, on the asking thread, and never after `context` is
// gone.
class SharedBudget
{
public:
    struct Answer
    {
        enum class Kind
        {
            Granted,    // the slot is taken and counted for the whole team: send now
            Wait,       // no slot for this priority yet: ask again after waitMs
            Unavailable // the shared budget can not be reached: fall back (why says what failed)
        };
        Kind kind = Kind::Unavailable;
        qint64 waitMs = 0;
        int used = 0;       // requests the team sent in the window
        int desksAlive = 0; // desks that took slots lately (for the fallback's share)
        QString why;
    };
    using Callback = std::function<void(const Answer &)>;

    virtual ~SharedBudget() = default;

    // One slot for a request of priority p, within `limits` (per minute, background share,
    // reuse window).
    virtual void take(Priority p, const RateBudget &limits, QObject *context, Callback callback) = 0;
    // Back after an outage: counts this desk's sends made meanwhile (their ages) so the team's
    // window is whole again. Granted when recorded.
    virtual void rejoin(const QList<qint64> &agesMs, const RateBudget &limits, QObject *context, Callback callback) = 0;
};

} // namespace portdesk
