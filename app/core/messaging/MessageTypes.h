#pragma once
#include <QString>

namespace portdesk {

// The messaging endpoints' requests and results (telegent-messaging.md), mapped to and from JSON
// by telegent/JsonMapping like the port-in types. PortDesk sends one recipient per message, so
// that one MessageId is one text to one customer.

// POST /message/outbound: {"To":[{"Number":to}],"From":from,"Body":body}.
struct OutboundMessage
{
    QString to;   // E.164
    QString from; // E.164, a messaging-enabled number of the account
    QString body;
};

// Its answer: the MessageId (TMID) to follow, and the first status ("Queued").
struct SentMessage
{
    QString messageId;
    QString status;
};

// GET /message/details?MessageId=...
struct MessageQuery
{
    QString messageId;
};

// Status is free text with no published enum (Queued, Sent, Delivered, Failed...): kept verbatim.
struct MessageDetails
{
    QString messageId;
    QString status;
    QString to; // a string here, an array in the send answer
};

// GET /numbers?Number=...: one number of the account.
struct NumberQuery
{
    QString number; // E.164
};

// What decides whether a number may be the From of a text (telegent-messaging.md §6.1).
struct NumberDetails
{
    QString number;
    bool messageEnabled = false; // a JSON bool, or the inventory's "true"/"false" string
    QString messageRouteId;      // MRID-...
    QString status;              // "Active"
    QString messageType;         // A2P / p2p, verbatim
};

} // namespace portdesk
