#pragma once
#include <QDateTime>
#include <QString>

namespace portdesk {

// OrderDate arrives as ISO 8601 with an offset, with Z, or with none (= UTC), and 0-7
// fractional digits ("2025-05-14T18:00:00.0000000+00:00", "2025-12-08T00:12:08.89").
// Returns an invalid QDateTime for anything else. The result is in UTC.
QDateTime parseOrderDate(const QString &text);

// tokenExpiry is "MM/DD/YYYY hh:mm:ss AM/PM" with no zone marker; PortDesk reads it as UTC.
// Returns an invalid QDateTime when it cannot be read (the caller treats that as "expired").
QDateTime parseTokenExpiry(const QString &text);
// An HTTP date (RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT") in UTC, as Date and
// Retry-After carry it; invalid when it is not one.
QDateTime parseHttpDate(const QByteArray &text);

// The simulator's writer of the same format.
QString formatTokenExpiry(const QDateTime &utc);

} // namespace portdesk
