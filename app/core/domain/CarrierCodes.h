#pragma once
#include <QString>

namespace portdesk {

// What a carrier rejection code in OrderStatusMessage asks the agent to do
// (port-validation.md). Unknown codes get no hint: the code itself is always shown verbatim.
struct CarrierCodeAdvice
{
    enum class Fix
    {
        None,
        AccountNumber,
        Pin,
        ReviewAll,
        NumberLock
    };
    Fix fix = Fix::None;
    QString hint; // one sentence for the agent; empty for unknown codes
};

CarrierCodeAdvice adviceFor(const QString &statusMessage);

} // namespace portdesk
