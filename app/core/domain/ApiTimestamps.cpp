#include "ApiTimestamps.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace portdesk {

QDateTime parseOrderDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString fraction = m.captured(7);
    fraction = (fraction + QStringLiteral("000")).left(3); // milliseconds; finer digits dropped
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QDateTime parseTokenExpiry(const QString &text)
{
    // "M" and "h" also read two digits, so single-digit months and hours are accepted too.
    QDateTime dt = QLocale::c().toDateTime(text.trimmed(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
    if (!dt.isValid())
        return {};
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime dt =
        QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!dt.isValid())
        return {};
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QString formatTokenExpiry(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
}

} // namespace portdesk
