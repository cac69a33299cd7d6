#pragma once
#include <QString>

#include "domain/OrderRecord.h"

namespace portdesk {

// What each answer from Telegent, or each finding of the agent, does to a stored order: the row
// as it is to be written and the event its history gets. Pure: the registry looks the old row
// up, writes what these give back and signals; nothing here touches storage. What PortDesk
// says in a row or an event is a code (OrderTexts), never words in this desk's language.
class OrderChanges
{
public:
    struct Change
    {
        OrderRecord row;
        OrderEvent event;
        bool recordEvent = true; // false: only the row changes (a check that found nothing new)
    };

    // A fresh local id for a submit whose outcome is unknown ("UNKNOWN-<uuid>").
    static QString newUnknownId();
    // A submit that may or may not have reached Telegent, under a new local "UNKNOWN-" id.
    static Change unknownOutcome(const PortInRequest &request, const QString &who, qint64 nowMs);
    // An order created elsewhere, known by its id until the first answer.
    static Change tracked(const QString &orderId, const QString &who, qint64 nowMs);
    // A status answer: always the time of the check; an event when status or message changed.
    static Change status(const OrderRecord &old, const OrderDetails &answer, qint64 nowMs);
    // Telegent answered 404: flagged (never deleted); an event the first time only.
    static Change notFound(const OrderRecord &old, qint64 nowMs);
    // The event names the fields that changed (their API names), never a value - the PIN least of all.
    static Change update(const OrderRecord &old, const UpdatePortInRequest &request, const UpdateResult &result,
                         const QString &who, qint64 nowMs);
    static Change cancelled(const OrderRecord &old, const CancelResult &result, const QString &who, qint64 nowMs);
    // The agent found an unknown-outcome submit never reached Telegent: closed, number free.
    static Change notReceived(const OrderRecord &unknown, const QString &who, qint64 nowMs);
    // The agent found the order an unknown-outcome submit created: the unknown row closed, and
    // the order (`tracked` when this desk already has it, else a new row with the submit's
    // details) given the answer.
    static std::pair<Change, Change> attached(const OrderRecord &unknown, const OrderRecord *tracked,
                                              const OrderDetails &answer, const QString &who, qint64 nowMs);
};

} // namespace portdesk
