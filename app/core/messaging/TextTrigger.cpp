#include "TextTrigger.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <QList>

namespace portdesk {

namespace {
struct TriggerName
{
    TextTrigger trigger;
    const char *key;
    const char *label;
};
constexpr TriggerName kTriggers[] = {
    {TextTrigger::Submitted, "submitted", QT_TRANSLATE_NOOP("TextTrigger", "Port-in submitted")},
    {TextTrigger::NeedsAction, "needs-action", QT_TRANSLATE_NOOP("TextTrigger", "Needs the customer's action")},
    {TextTrigger::Scheduled, "scheduled", QT_TRANSLATE_NOOP("TextTrigger", "Port scheduled")},
    {TextTrigger::Completed, "completed", QT_TRANSLATE_NOOP("TextTrigger", "Port completed")},
    {TextTrigger::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TextTrigger", "Port cancelled")},
};

bool isScheduled(const QString &status)
{
    return status.trimmed().compare(u"Scheduled", Qt::CaseInsensitive) == 0;
}
} // namespace

QString textTriggerKey(TextTrigger trigger)
{
    for (const TriggerName &t : kTriggers) {
        if (t.trigger == trigger)
            return QLatin1String(t.key);
    }
    return {};
}

std::optional<TextTrigger> textTriggerFromKey(const QString &key)
{
    for (const TriggerName &t : kTriggers) {
        if (key == QLatin1String(t.key))
            return t.trigger;
    }
    return std::nullopt;
}

QList<TextTrigger> allTextTriggers()
{
    QList<TextTrigger> all;
    for (const TriggerName &t : kTriggers)
        all << t.trigger;
    return all;
}

QString textTriggerLabel(TextTrigger trigger)
{
    for (const TriggerName &t : kTriggers) {
        if (t.trigger == trigger)
            return QCoreApplication::translate("TextTrigger", t.label);
    }
    return {};
}

std::optional<TextTrigger> textTriggerFor(const QString &oldStatus, const QString &newStatus)
{
    const StatusGroup before = oldStatus.isEmpty() ? StatusGroup::Unknown : statusGroup(oldStatus);
    const StatusGroup after = statusGroup(newStatus);
    if (after == before && !(isScheduled(newStatus) && !isScheduled(oldStatus)))
        return std::nullopt;
    switch (after) {
    case StatusGroup::NeedsAction:
        return TextTrigger::NeedsAction;
    case StatusGroup::Completed:
        return TextTrigger::Completed;
    case StatusGroup::Cancelled:
        return TextTrigger::Cancelled;
    case StatusGroup::Open:
        if (isScheduled(newStatus) && !isScheduled(oldStatus))
            return TextTrigger::Scheduled;
        return std::nullopt;
    case StatusGroup::Unknown:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace portdesk
