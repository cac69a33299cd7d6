#pragma once
#include <QString>
#include <QtGlobal>

namespace portdesk {

// Timestamps for what scripts and spreadsheets read (CSV export, `orders --json`): ISO 8601 in the
// desk's local time *with* its offset ("2026-12-02T02:07:31-05:00"), so a file read in another
// zone, or across a daylight-saving change, still names one instant. 0 ("never") is empty.
QString isoWithOffset(qint64 msSinceEpoch);

} // namespace portdesk
