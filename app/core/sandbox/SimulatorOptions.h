#pragma once
#include <QHash>
#include <QString>

namespace portdesk::sandbox {

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
};

// Values trainees and tests use to rehearse what real carriers do. The last four digits of the
// number decide; any valid area code works (e.g. +1 801 555 0008).
namespace trigger {
inline constexpr const char *NotEligible = "0000";        // eligibility: Eligible=false
inline constexpr const char *AccountNumberError = "0008"; // Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT
inline constexpr const char *NumberLockError = "0006";    // Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT
inline constexpr const char *Rejected = "0009";           // Rejected, 1P-Other
inline constexpr const char *ResolutionRequired = "0007"; // ResolutionRequired (undocumented status)
} // namespace trigger

} // namespace portdesk::sandbox
