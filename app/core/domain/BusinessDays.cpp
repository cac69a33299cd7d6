#include "BusinessDays.h"

namespace portdesk {

int businessDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 days = from.daysTo(to);
    const qint64 weeks = days / 7;
    int count = int(weeks * 5);
    // The remaining 0-6 days after whole weeks: count the weekdays among them.
    QDate d = from.addDays(weeks * 7);
    for (qint64 i = 0; i < days % 7; ++i) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            ++count;
    }
    return count;
}

} // namespace portdesk

namespace portdesk {

QDate addBusinessDays(const QDate &from, int count)
{
    if (!from.isValid())
        return {};
    // Day by day: counts are a few business days, and the weekend rule stays obvious.
    QDate d = from;
    for (int left = count; left > 0;) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --left;
    }
    return d;
}

QDate portDueDate(const QDate &submitted)
{
    return addBusinessDays(submitted, kPortDueBusinessDays);
}

bool isPortOverdue(const QDate &submitted, const QDate &today)
{
    const QDate due = portDueDate(submitted);
    return due.isValid() && today.isValid() && today > due;
}

} // namespace portdesk
