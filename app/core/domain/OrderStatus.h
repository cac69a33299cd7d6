#pragma once
#include <QString>

namespace portdesk {

// Telegent's order status is free text with no published enum; PortDesk groups the known values
// for colour, filters and polling (api-decisions.md) and always shows the exact text.
enum class StatusGroup
{
    Open,
    NeedsAction,
    Completed,
    Cancelled,
    Unknown
};

StatusGroup statusGroup(const QString &status);
// Completed and cancelled orders never change again and are never polled.
bool isTerminal(StatusGroup group);
QString statusGroupKey(StatusGroup group); // stable key: open, action, completed, cancelled, unknown

} // namespace portdesk
