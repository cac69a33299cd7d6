#pragma once
#include <QString>

#include "OrderStatus.h"
#include "PortInTypes.h"

namespace portdesk {

// One port-in order as the desk remembers it. Telegent has no list-orders endpoint, so this
// record is the only place an order exists for PortDesk. It never holds the account PIN.
struct OrderRecord
{
    // Telegent's (opaque), or a local id: "UNKNOWN-..." for an unknown-outcome submit, "LOA-..." for
    // a port-in not yet submitted, waiting for the customer's signed LOA.
    QString orderId;
    QString number; // E.164
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
    // Not submitted: the written LOA went to the customer and the port-in waits for it (or, once
    // it came back, for the agent to submit). Holds its number like an open order.
    bool awaitingAuthorization = false;
    // The port date asked for in an update Telegent accepted (PortInDate, YYYY-MM-DD); empty: none.
    QString requestedPortDate;

    bool hasTelegentId() const { return !outcomeUnknown && !awaitingAuthorization; }
};

struct OrderEvent
{
    qint64 id = 0;
    QString orderId;
    qint64 atMs = 0;
    // submitted, tracked, status, update, cancel, not-found, unknown-outcome, authorized (message:
    // Authorization::toEventMessage(), new_status: its kind), loa-sent, resumed, note (message: the
    // note's text verbatim, never a code), text-consent (message: TextConsent::toEventMessage()),
    // text-sent, text-status, text-unknown, text-refused, text-skipped (a customer's text,
    // registry/CustomerTexts; message: its trigger, MessageId, and why not sent)
    QString kind;
    // Telegent's words verbatim, or what PortDesk says as a code (registry/OrderTexts): never
    // words in one desk's language, since a team shares the database.
    QString oldStatus;
    QString newStatus;
    QString message;
    QString who;
};

} // namespace portdesk
