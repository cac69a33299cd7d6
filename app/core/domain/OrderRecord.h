#pragma once
#include <QString>

#include "OrderStatus.h"
#include "PortInTypes.h"

namespace portdesk {

// One port-in order as the desk remembers it. Telegent has no list-orders endpoint, so this
// record is the only place an order exists for PortDesk. It never holds the account PIN.
struct OrderRecord
{
    QString orderId; // Telegent's (opaque), or a local "UNKNOWN-..." id for an unknown-outcome submit
    QString number;  // E.164
    QString carrier;
    QString subscriber;
    QString classification;
    QString accountNumber;
    BillingAddress address;
    QString iccid;
    QString status;        // exactly Telegent's text, or PortDesk's code for a closed unknown outcome (OrderTexts)
    QString statusMessage; // OrderStatusMessage (carrier code)
    StatusGroup group = StatusGroup::Open;
    qint64 orderDateMs = 0; // from Telegent; 0 when unknown
    qint64 submittedAtMs = 0;
    QString submittedBy;
    qint64 lastCheckedMs = 0; // 0: never
    qint64 lastChangedMs = 0;
    bool notFound = false;       // Telegent answered 404 for it: flagged, never deleted
    bool outcomeUnknown = false; // the submit may or may not have reached Telegent

    bool hasTelegentId() const { return !outcomeUnknown; }
};

struct OrderEvent
{
    qint64 id = 0;
    QString orderId;
    qint64 atMs = 0;
    QString kind; // submitted, tracked, status, update, cancel, not-found, unknown-outcome
    // Telegent's words verbatim, or what PortDesk says as a code (registry/OrderTexts): never
    // words in one desk's language, since a team shares the database.
    QString oldStatus;
    QString newStatus;
    QString message;
    QString who;
};

} // namespace portdesk
