#include "OrderRows.h"

#include <QSqlQuery>
#include <QStringList>

namespace portdesk {

namespace {

StatusGroup groupFromKey(const QString &key)
{
    for (StatusGroup g : {StatusGroup::Open, StatusGroup::NeedsAction, StatusGroup::Completed, StatusGroup::Cancelled,
                          StatusGroup::Unknown}) {
        if (statusGroupKey(g) == key)
            return g;
    }
    return StatusGroup::Unknown;
}

} // namespace

QLatin1String OrderRows::columns()
{
    return QLatin1String("order_id, number, carrier, subscriber, classification, account_number, street1, street2, "
                         "city, state, zip, iccid, status, status_message, status_group, order_date, submitted_at, "
                         "submitted_by, last_checked, last_changed, not_found, outcome_unknown, "
                         "awaiting_authorization, requested_port_date");
}

QString OrderRows::selectAll()
{
    return QStringLiteral("SELECT %1 FROM orders ORDER BY submitted_at, order_id").arg(columns());
}

QString OrderRows::selectIds(qsizetype count)
{
    return QStringLiteral("SELECT %1 FROM orders WHERE order_id IN (%2) ORDER BY submitted_at, order_id")
        .arg(columns(), QStringLiteral("?,").repeated(count).chopped(1));
}

OrderRecord OrderRows::read(const QSqlQuery &q)
{
    OrderRecord r;
    int i = 0;
    r.orderId = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.carrier = q.value(i++).toString();
    r.subscriber = q.value(i++).toString();
    r.classification = q.value(i++).toString();
    r.accountNumber = q.value(i++).toString();
    r.address.street1 = q.value(i++).toString();
    r.address.street2 = q.value(i++).toString();
    r.address.city = q.value(i++).toString();
    r.address.state = q.value(i++).toString();
    r.address.zip = q.value(i++).toString();
    r.iccid = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.statusMessage = q.value(i++).toString();
    r.group = groupFromKey(q.value(i++).toString());
    r.orderDateMs = q.value(i++).toLongLong();
    r.submittedAtMs = q.value(i++).toLongLong();
    r.submittedBy = q.value(i++).toString();
    r.lastCheckedMs = q.value(i++).toLongLong();
    r.lastChangedMs = q.value(i++).toLongLong();
    r.notFound = q.value(i++).toInt() != 0;
    r.outcomeUnknown = q.value(i++).toInt() != 0;
    r.awaitingAuthorization = q.value(i++).toInt() != 0;
    r.requestedPortDate = q.value(i++).toString();
    return r;
}

QList<OrderRows::Column> OrderRows::values(const OrderRecord &r)
{
    return {{QLatin1String("number"), text(r.number)},
            {QLatin1String("carrier"), text(r.carrier)},
            {QLatin1String("subscriber"), text(r.subscriber)},
            {QLatin1String("classification"), text(r.classification)},
            {QLatin1String("account_number"), text(r.accountNumber)},
            {QLatin1String("street1"), text(r.address.street1)},
            {QLatin1String("street2"), text(r.address.street2)},
            {QLatin1String("city"), text(r.address.city)},
            {QLatin1String("state"), text(r.address.state)},
            {QLatin1String("zip"), text(r.address.zip)},
            {QLatin1String("iccid"), text(r.iccid)},
            {QLatin1String("status"), text(r.status)},
            {QLatin1String("status_message"), text(r.statusMessage)},
            {QLatin1String("status_group"), QVariant(statusGroupKey(r.group))},
            {QLatin1String("order_date"), QVariant(r.orderDateMs)},
            {QLatin1String("submitted_at"), QVariant(r.submittedAtMs)},
            {QLatin1String("submitted_by"), text(r.submittedBy)},
            {QLatin1String("last_checked"), QVariant(r.lastCheckedMs)},
            {QLatin1String("last_changed"), QVariant(r.lastChangedMs)},
            {QLatin1String("not_found"), QVariant(int(r.notFound))},
            {QLatin1String("outcome_unknown"), QVariant(int(r.outcomeUnknown))},
            {QLatin1String("awaiting_authorization"), QVariant(int(r.awaitingAuthorization))},
            {QLatin1String("requested_port_date"), text(r.requestedPortDate)}};
}

bool OrderRows::same(const OrderRecord &a, const OrderRecord &b)
{
    return a.orderId == b.orderId && values(a) == values(b);
}

OrderRows::Statement OrderRows::insert(const OrderRecord &row)
{
    QStringList names;
    Statement s;
    for (const auto &[name, value] : values(row)) {
        names << name;
        s.binds << value;
    }
    s.binds << text(row.orderId);
    s.sql = QStringLiteral("INSERT INTO orders (%1, order_id) VALUES (%2?)")
                .arg(names.join(QLatin1Char(',')), QStringLiteral("?,").repeated(names.size()));
    return s;
}

OrderRows::Statement OrderRows::update(const OrderRecord &old, const OrderRecord &row)
{
    const auto now = values(row);
    const auto before = values(old);
    QStringList names;
    Statement s;
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (now[i].second != before[i].second) {
            names << now[i].first + QLatin1String("=?");
            s.binds << now[i].second;
        }
    }
    if (names.isEmpty())
        return {};
    s.binds << text(row.orderId);
    s.sql = QStringLiteral("UPDATE orders SET %1 WHERE order_id=?").arg(names.join(QLatin1Char(',')));
    return s;
}

OrderRows::Statement OrderRows::insertEvent(const OrderEvent &e)
{
    return {QStringLiteral("INSERT INTO order_events (order_id, at, kind, old_status, new_status, message, who) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {text(e.orderId), QVariant(e.atMs), text(e.kind), text(e.oldStatus), text(e.newStatus), text(e.message),
             text(e.who)}};
}

QString OrderRows::selectEvents()
{
    return QStringLiteral("SELECT id, order_id, at, kind, old_status, new_status, message, who "
                          "FROM order_events WHERE order_id = ? ORDER BY at, id");
}

OrderEvent OrderRows::readEvent(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(),   q.value(7).toString()};
}

OrderRecord OrderRows::fromRequest(const PortInRequest &request, const QString &who, qint64 nowMs)
{
    OrderRecord r;
    r.number = request.portInNumber;
    r.carrier = request.currentCarrierName;
    r.subscriber = request.subscriberName;
    r.classification = request.targetPortinClassification;
    r.accountNumber = request.currentAccountNumber;
    r.address = request.currentBillingAddress;
    r.iccid = request.iccid;
    r.submittedAtMs = r.lastChangedMs = nowMs;
    r.submittedBy = who;
    return r; // request.currentAccountPassword is deliberately not copied
}

OrderRecord OrderRows::fromSubmit(const PortInRequest &request, const SubmitResult &result, const QString &who,
                                  qint64 nowMs)
{
    OrderRecord r = fromRequest(request, who, nowMs);
    r.orderId = result.orderId;
    if (!result.phoneNumber.isEmpty())
        r.number = result.phoneNumber;
    r.status = result.status.isEmpty() ? QStringLiteral("Pending") : result.status;
    r.group = statusGroup(r.status);
    r.orderDateMs = result.orderDate.isValid() ? result.orderDate.toMSecsSinceEpoch() : 0;
    r.lastCheckedMs = nowMs; // the submit answer is a status answer too
    return r;
}

QVariant OrderRows::text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace portdesk
