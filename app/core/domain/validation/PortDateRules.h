#pragma once
#include "FieldIssue.h"

#include <QDate>

namespace portdesk {

// The requested port date of an update (PortInDate, optional). When given it must be a real
// calendar date written YYYY-MM-DD (the form the update schema documents), today or later:
// a carrier can not complete a port on a day that has passed. `today` is the desk's local date
// from its Clock, so tests and the bench decide what "today" is.
FieldIssues validatePortInDate(const QString &value, const QDate &today);

} // namespace portdesk
