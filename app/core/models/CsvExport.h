#pragma once
#include <QList>
#include <QString>
#include <Qt>

class QAbstractItemModel;

namespace portdesk {

// The model's rows as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed), with
// the header row first. A cell is exported as its ExportRole value when the model gives one (the
// exact value behind a translated or formatted display: Telegent's status, an ISO date), else as
// displayed. Used for "Export the filtered view".
constexpr int ExportRole = Qt::UserRole + 64;
QString toCsv(const QAbstractItemModel &model);
// Only these rows, in this order (a multi-selection).
QString toCsv(const QAbstractItemModel &model, const QList<int> &rows);
QString csvField(const QString &value);

} // namespace portdesk
