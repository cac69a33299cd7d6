#include "DisplayDates.h"

#include <QRegularExpression>

namespace portdesk {

namespace {
// QLocale has short and long formats only: the long one without the weekday and with the month
// abbreviated ("dddd, MMMM d, yyyy" -> "MMM d, yyyy"; "dddd d MMMM yyyy" -> "d MMM yyyy").
QString deriveMediumDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*"));
    format.remove(weekday);
    static const QRegularExpression month(QStringLiteral("MMMM"));
    format.replace(month, QStringLiteral("MMM"));
    return format.trimmed();
}

// Derived once per locale (and thread): the orders table asks for every Submitted cell it paints.
QString mediumDateFormat(const QLocale &locale)
{
    thread_local QLocale derivedFor = QLocale::c();
    thread_local QString derived;
    if (derived.isEmpty() || derivedFor != locale) {
        derived = deriveMediumDateFormat(locale);
        derivedFor = locale;
    }
    return derived;
}
} // namespace

QString mediumDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, mediumDateFormat(locale));
}

QString dayAndMonth(QDate date, const QLocale &locale)
{
    // The medium form without its year ("Dec 4", "4 de dic", "4 déc."): the year goes with what
    // leads to it (a comma, Spanish's "de").
    static const QRegularExpression year(QStringLiteral("[,.]?\\s*('[^']*'\\s*)?y+\\s*[.,]?"));
    QString format = mediumDateFormat(locale);
    format.remove(year);
    return locale.toString(date, format.trimmed());
}

QString mediumDateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when, mediumDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace portdesk
