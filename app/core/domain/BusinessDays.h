#pragma once
#include <QDate>

namespace portdesk {

// Weekdays (Monday-Friday) from `from` to `to`: 0 on the same day, 1 from Friday to Monday.
// Ports are promised in business days, so a port's age is counted the same way. Public
// holidays are not known here and count as business days.
int businessDaysBetween(const QDate &from, const QDate &to);

} // namespace portdesk
