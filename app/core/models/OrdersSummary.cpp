#include "OrdersSummary.h"
#include "domain/BusinessDays.h"
#include "registry/OrderRegistry.h"

#include <QDateTime>

namespace portdesk {

OrdersSummary OrdersSummary::of(const OrderRegistry &registry, const QDate &today)
{
    OrdersSummary s;
    for (const QString &id : registry.orderIds()) {
        const OrderRecord &r = *registry.find(id);
        switch (r.group) {
        case StatusGroup::NeedsAction:
            ++s.needsAction;
            continue;
        case StatusGroup::Completed:
            ++s.completed;
            continue;
        case StatusGroup::Cancelled:
            ++s.cancelled;
            continue;
        case StatusGroup::Open:
        case StatusGroup::Unknown:
            break;
        }
        ++s.open;
        const int age =
            businessDaysBetween(QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime().date(), today);
        s.oldestOpenBusinessDays = std::max(s.oldestOpenBusinessDays, age);
        ++s.openByAge[std::min(age, int(s.openByAge.size()) - 1)];
    }
    return s;
}

} // namespace portdesk
