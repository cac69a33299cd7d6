#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace portdesk {

// The moments of a port the customer is told about (Best Practices §8.2 step 5).
enum class TextTrigger
{
    Submitted,   // the order was recorded
    NeedsAction, // Error / Rejected / ResolutionRequired: with the carrier code's fix
    Scheduled,
    Completed,
    Cancelled
};

QString textTriggerKey(TextTrigger trigger); // "submitted", "needs-action"... (stored, never translated)
std::optional<TextTrigger> textTriggerFromKey(const QString &key);
QList<TextTrigger> allTextTriggers();
// In the agent's language, for settings and history ("Port completed").
QString textTriggerLabel(TextTrigger trigger);
// The trigger a status change fires, if any: entering NeedsAction from another group, entering
// "Scheduled", Completed or Cancelled. A first answer that is already Submitted/Pending fires none
// (Submitted fires when the order is recorded).
std::optional<TextTrigger> textTriggerFor(const QString &oldStatus, const QString &newStatus);

} // namespace portdesk
