#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace portdesk::sandbox {

// Routes as the simulator names them (fault injection, statistics, the log).
namespace route {
inline const QString Token = QStringLiteral("token");
inline const QString Eligibility = QStringLiteral("eligibility");
inline const QString PortIn = QStringLiteral("portin");
inline const QString Update = QStringLiteral("update");
inline const QString Cancel = QStringLiteral("cancel");
inline const QString Order = QStringLiteral("order");
inline const QString Numbers = QStringLiteral("numbers");
inline const QString MessageOutbound = QStringLiteral("message-outbound");
inline const QString MessageDetails = QStringLiteral("message-details");
} // namespace route

// A failure the next answers of one route turn into, for tests of the client's resilience.
struct Fault
{
    enum class Kind
    {
        ServiceUnavailable, // 503 {StatusCode, Message}, request not processed
        GatewayTimeout,     // 504, request not processed
        TooManyRequests,    // 429, with Retry-After when retryAfterSeconds is set
        HtmlServerError,    // 500 text/html page from a "proxy", not processed
        InvalidJson,        // processed, then a 200 whose body is not JSON
        DropConnection,     // connection closed without an answer, not processed
        NoAnswer,           // processed (an order is created), then no answer at all
        PlainTextError,     // 400 text/plain message naming a field, not processed
        Unauthorized,       // 401 as for a revoked token, not processed
        Forbidden,          // 403 as for a token of the wrong scope, not processed
        OddTokenExpiry,     // token issued, but its tokenExpiry in another format (ISO 8601)
        HugeBody,           // processed, then a 200 of 4 MiB
        NestedJson,         // processed, then a 200 of JSON nested 100,000 deep
        NonUtf8,            // processed, then a 200 whose JSON strings are not valid UTF-8
        WrongTypes,         // processed, then a 200 whose known fields have the wrong JSON types
        HostileText,        // processed, then a 200 whose status and message texts carry terminal
                            // control sequences (ESC[2J, an OSC title, a bidi override)
        HostileOrderId,     // processed (an order is created), then a 200 whose OrderId carries ESC[2J
        HostileMessageId,   // processed (the text is sent), then a 200 whose MessageId carries ESC[2J
        ExpiredTokenExpiry, // token issued and honoured, but its tokenExpiry is an hour before the Date
    };
    Kind kind = Kind::ServiceUnavailable;
    std::optional<int> retryAfterSeconds;
};

class FaultPlan
{
public:
    void add(const QString &route, const Fault &fault, int count);
    std::optional<Fault> take(const QString &route);
    void clear() { m_plan.clear(); }

private:
    QHash<QString, QList<Fault>> m_plan;
};

} // namespace portdesk::sandbox
