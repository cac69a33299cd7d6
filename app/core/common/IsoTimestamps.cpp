#include "IsoTimestamps.h"

#include <QDateTime>

namespace portdesk {

QString isoWithOffset(qint64 msSinceEpoch)
{
    if (msSinceEpoch == 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    // A local-time QDateTime prints no zone; the same instant at a fixed offset prints it.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace portdesk
