#pragma once
#include <QList>
#include <QString>
#include <QVariant>
#include <utility>

#include "domain/OrderRecord.h"

class QSqlQuery;

namespace portdesk {

// How an order and its events become SQL rows and back: the column lists, what a query row
// reads into, which values bind, and what is kept of a request. One place, so the registry,
// the send journal and the team synchronisation never disagree on a column. No PIN has a column.
class OrderRows
{
public:
    using Column = std::pair<QLatin1String, QVariant>;
    // A statement and its values, ready for QSqlQuery::prepare and addBindValue in order.
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };

    // Every column of `orders`, in the order read() expects.
    static QLatin1String columns();
    // SELECT of every order (in insertion order), or of `count` ids bound after it.
    static QString selectAll();
    static QString selectIds(qsizetype count);
    static OrderRecord read(const QSqlQuery &query);
    // Every stored column of a row but order_id, in columns() order, as bound.
    static QList<Column> values(const OrderRecord &row);
    // Whether two rows would be stored the same.
    static bool same(const OrderRecord &a, const OrderRecord &b);
    // INSERT of a new row, or UPDATE of only the columns that differ from `old` (the row as this
    // desk last saw it), so that desks sharing a team database never write back each other's
    // columns from a stale copy. An UPDATE with nothing to change has empty sql.
    static Statement insert(const OrderRecord &row);
    static Statement update(const OrderRecord &old, const OrderRecord &row);

    static Statement insertEvent(const OrderEvent &event);
    static QString selectEvents(); // of one order id, bound after it, oldest first
    static OrderEvent readEvent(const QSqlQuery &query);

    // The stored part of a request (no PIN), as a new row of `who` at nowMs...
    static OrderRecord fromRequest(const PortInRequest &request, const QString &who, qint64 nowMs);
    // ... and as the order Telegent's submit answer created.
    static OrderRecord fromSubmit(const PortInRequest &request, const SubmitResult &result, const QString &who,
                                  qint64 nowMs);

    // Qt binds a null QString as SQL NULL; the schema wants '' for "none".
    static QVariant text(const QString &s);
};

} // namespace portdesk
