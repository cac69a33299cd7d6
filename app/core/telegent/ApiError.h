#pragma once
#include <QMap>
#include <QString>
#include <QStringList>

namespace portdesk {

// The one error type of the Telegent client. The kind says what the user can do about it;
// the rest is what the server said, already parsed (never raw HTML).
struct ApiError
{
    enum class Kind
    {
        None,
        Configuration,  // bad base URL, missing credentials: nothing was sent
        Network,        // never reached the server (refused, no route, DNS, TLS handshake)
        Timeout,        // a repeatable call got no answer in time, retries included
        Http,           // any other HTTP error, with the parsed message
        Authentication, // credentials refused (incl. successful:false on HTTP 200), or 401 twice
        Permission,     // 403 after a fresh token
        NotFound,       // 404: the order does not exist (for this account)
        RateLimited,    // still 429 after every retry
        Validation,     // 400/422: field -> messages from any of the three error body shapes
        UnknownOutcome, // a non-repeatable call was sent and no usable answer came back
        BadResponse,    // unparseable, HTML, garbage or too large where JSON was expected
        Storage,        // the order registry could not record the send or its answer (file, cause)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;                        // server's own words (domain codes kept verbatim)
    QMap<QString, QStringList> fieldErrors; // "PortInNumber", "CurrentBillingAddress.Zip", ...
    QString traceId;
    QString detail; // technical detail for logs (Qt's network error text); never a secret

    bool isError() const { return kind != Kind::None; }
    bool outcomeUnknown() const { return kind == Kind::UnknownOutcome; }
    // Short technical description for logs and test failure messages.
    QString summary() const;
    static QString kindName(Kind kind);
};

} // namespace portdesk
