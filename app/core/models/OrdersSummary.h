#pragma once
#include <QDate>
#include <QList>

namespace portdesk {

class OrderRegistry;

// What a supervisor reads at a glance above the table.
struct OrdersSummary
{
    int open = 0; // open and unknown statuses (both are still polled)
    int needsAction = 0;
    int completed = 0;
    int cancelled = 0;
    int oldestOpenBusinessDays = -1; // -1: no open order
    // Open orders by age: index = business days (0..5), the last bucket holds 5 and more.
    QList<int> openByAge = QList<int>(6, 0);

    static OrdersSummary of(const OrderRegistry &registry, const QDate &today);
};

} // namespace portdesk
