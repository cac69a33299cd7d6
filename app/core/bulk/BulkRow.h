#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include "authorization/Authorization.h"
#include "domain/PortInTypes.h"

namespace portdesk {

// One row of a bulk port-in (a CSV file) from its check to its result. The CLI and the GUI's
// import share it, so that both refuse, send and report a row the same way.
struct BulkRow
{
    enum class State
    {
        Invalid,   // failed the port-in rules: never sent
        Ready,     // valid, waiting to be sent
        Sending,   // handed to the client: it may reach Telegent from now on
        Submitted, // Telegent answered with an OrderId
        Failed,    // Telegent refused it or it never left (nothing was created)
        Unknown,   // sent without a usable answer: recorded to check, NEVER sent again
        Refused,   // on resume: the chosen file no longer holds this row as it was
    };

    int row = 0;                 // 1 = the first data row
    int line = 0;                // line in the file where the row starts
    PortInRequest request;       // normalised when valid; as read when invalid (PIN only in memory)
    Authorization authorization; // the customer's, when the row is valid (bulk/BulkAuthorization)
    QString loaPath;             // the signed LOA's file it names, read again when the row is sent
    State state = State::Ready;
    QString problemField; // first field the rules complain about ("" for a structural problem)
    QStringList problems; // "Field: message" per error, the CLI's wording
    QString orderId;      // Telegent's, or the registry's UNKNOWN-... id
    QString status;       // Telegent's status of a submitted row
    QString error;        // why a row failed / was refused / is unknown

    bool valid() const { return state != State::Invalid && state != State::Refused; }
    // Finished one way or another: never sent again.
    bool settled() const { return state == State::Submitted || state == State::Failed || state == State::Unknown; }
};

using BulkRows = QList<BulkRow>;

} // namespace portdesk
