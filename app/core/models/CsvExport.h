#pragma once
#include <QString>

class QAbstractItemModel;

namespace portdesk {

// The model's rows as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed), with
// the header row first, exactly as displayed. Used for "Export the filtered view".
QString toCsv(const QAbstractItemModel &model);
QString csvField(const QString &value);

} // namespace portdesk
