#pragma once
#include <QHash>
#include <QList>
#include <QString>

namespace portdesk::sandbox {

// One number of an account, as GET /numbers?Number= describes it; whether it may send texts
// (Active, MessageEnabled) decides what POST /message/outbound accepts as From.
struct SimNumber
{
    QString number; // E.164
    QString status = QStringLiteral("Active");
    bool messageEnabled = true;
    QString messageRouteId; // MRID-..., empty: none (answered as null)
    QString messageType = QStringLiteral("A2P");
    QString numberType = QStringLiteral("Mobile");
    QString accountKey = QStringLiteral("DID-sandbox");
};

// The training account's numbers: one to text from, one voice only, one suspended.
inline QList<SimNumber> defaultSimNumbers()
{
    const QString route = QStringLiteral("MRID-6575d4d9-a10a-4b18-8936-4ac6dac73ac4");
    SimNumber sender{QStringLiteral("+18018018011"), QStringLiteral("Active"), true, route};
    SimNumber voiceOnly{QStringLiteral("+18018018012"), QStringLiteral("Active"), false, QString()};
    SimNumber suspended{QStringLiteral("+18018018013"), QStringLiteral("Suspended"), true, route};
    return {sender, voiceOnly, suspended};
}

// How the Telegent simulator behaves. Defaults follow the documented contract.
struct SimulatorOptions
{
    quint16 port = 0;               // 0: any free loopback port
    double speed = 1.0;             // order stages last stageSeconds / speed
    int stageSeconds = 60;          // one lifecycle stage at speed 1
    int tokenLifetimeSeconds = 300; // "expires after a few minutes"
    int rateLimitPerMinute = 50;    // per account, rolling minute, every request counted
    bool retryAfterOn429 = true;    // the docs say 429 "may include" Retry-After
    int scopeMismatchStatus = 403;  // the docs disagree (401 vs 403); both are handled
    QHash<QString, QString> credentials{{QStringLiteral("DID-sandbox"), QStringLiteral("sandbox-secret")}};
    QList<SimNumber> numbers = defaultSimNumbers(); // the accounts' numbers (GET /numbers, From)
};

// Values trainees and tests use to rehearse what real carriers do. The last four digits of the
// number decide; any valid area code works (e.g. +1 801 555 0008).
namespace trigger {
inline constexpr const char *NotEligible = "0000";        // eligibility: Eligible=false
inline constexpr const char *AccountNumberError = "0008"; // Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT
inline constexpr const char *NumberLockError = "0006";    // Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT
inline constexpr const char *Rejected = "0009";           // Rejected, 1P-Other
inline constexpr const char *ResolutionRequired = "0007"; // ResolutionRequired (undocumented status)
inline constexpr const char *MessageFails = "9999";       // a text to it ends Failed, not Delivered
} // namespace trigger

} // namespace portdesk::sandbox
