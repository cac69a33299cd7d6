#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace portdesk {

// Dates as the GUI shows them: the locale's own order with the month as a word and the year in
// full ("Nov 26, 2026, 12:00 PM", "26 nov. 2026 12:00"), never the short numeric form ("11/26/26")
// that reads as two different days to a US and a Mexican or French agent.
QString mediumDate(QDate date, const QLocale &locale = QLocale());
QString mediumDateTime(const QDateTime &when, const QLocale &locale = QLocale());
// Day and month as words, no year ("Dec 4", "4 dic"): a chart's axis.
QString dayAndMonth(QDate date, const QLocale &locale = QLocale());

} // namespace portdesk
