#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace portdesk {

// The texts PortDesk itself writes into the registry (orders.status, order_events.message,
// old_status, new_status) and how they are shown. A team database is shared by desks in
// different languages, so what a desk stores is a code with its arguments, never words:
//     portdesk.<code>                           e.g. portdesk.not-received
//     portdesk.<code>:<JSON array of strings>   e.g. portdesk.changed:["SubscriberName","ICCID"]
// Arguments are identifiers (order ids, API field names, an operation), never translated words.
// Anything else in those columns is Telegent's own text, stored and shown verbatim (a status
// through statusLabel()); so is a code this version does not know. Translated here, at display
// time only, in the reader's language.
class OrderTexts
{
    Q_DECLARE_TR_FUNCTIONS(OrderTexts)

public:
    enum class Code
    {
        SubmitOutcomeUnknown, // the submit may or may not have reached Telegent
        NotFound,             // Telegent answered 404
        Changed,              // an update; args: the API names of the fields it changed (none: "nothing")
        NotReceived,          // a status: the agent found the submit never reached Telegent
        CheckedNotReceived,
        ReceivedAs,            // a status; args: the order id Telegent gave the submit
        CheckedReceivedAs,     // args: that order id
        OrderOfUnknownSubmit,  // args: the local UNKNOWN-... id
        DuplicateOrderId,      // args: Telegent's order id, the number it is recorded for, the local id
        InterruptedSubmit,     // PortDesk stopped while a submit was on its way
        InterruptedAction,     // args: the operation ("update", "cancel")
        AwaitingAuthorization, // a status: the written LOA is with the customer, nothing sent
        AuthorizationReceived, // a status: the signed LOA came back, the port-in may be submitted
        LoaSent,               // the written LOA was created for the customer to sign
        Withdrawn,             // a status: closed before it was ever submitted
        SubmittedAs,           // a status; args: the id the submit was recorded under
    };

    // What to store.
    static QString encode(Code code, const QStringList &args = {});
    static bool isCode(const QString &stored);
    // A stored message or status in the reader's language; anything not a known code, verbatim.
    static QString display(const QString &stored);
    // The same in English whatever the language: exports and the CLI, which scripts read.
    static QString english(const QString &stored);
    // A stored status for the agent: a code as display(), Telegent's status through statusLabel().
    static QString status(const QString &stored);
    // An API field name of an update ("SubscriberName") in the reader's language.
    static QString fieldName(const QString &apiName);
    // The argument of Changed that names the requested port date with its value
    // ("PortInDate=2026-12-20"): a date is an identifier, the same in every language.
    static QString portDateArg(const QString &isoDate);
    // The date in such an argument; empty when the argument names no port date.
    static QString portDateOf(const QString &arg);

private:
    static QString render(const QString &stored, bool translate);
};

} // namespace portdesk
