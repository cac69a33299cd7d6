#pragma once
#include <QDate>

namespace portdesk {

// Weekdays (Monday-Friday) from `from` to `to`: 0 on the same day, 1 from Friday to Monday.
// Ports are promised in business days, so a port's age is counted the same way. Public
// holidays are not known here and count as business days.
int businessDaysBetween(const QDate &from, const QDate &to);

// The day `count` business days after `from`: one business day after Friday or Saturday is Monday.
QDate addBusinessDays(const QDate &from, int count);

// Telegent says ports "typically take 1-5 business days": an open order is due by the fifth
// business day after its submit and overdue from the day after. One constant, used by the age
// column, the urgency order, the detail pane and the dashboard.
constexpr int kPortDueBusinessDays = 5;
QDate portDueDate(const QDate &submitted);
bool isPortOverdue(const QDate &submitted, const QDate &today);

} // namespace portdesk
