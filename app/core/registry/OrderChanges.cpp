#include "OrderChanges.h"
#include "OrderRows.h"
#include "OrderTexts.h"

#include <QStringList>
#include <QUuid>

namespace portdesk {

QString OrderChanges::newUnknownId()
{
    return QStringLiteral("UNKNOWN-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OrderChanges::Change OrderChanges::unknownOutcome(const PortInRequest &request, const QString &who, qint64 nowMs)
{
    OrderRecord r = OrderRows::fromRequest(request, who, nowMs);
    r.orderId = newUnknownId();
    r.outcomeUnknown = true;
    r.group = StatusGroup::Unknown;
    return {r,
            {0,
             r.orderId,
             nowMs,
             QStringLiteral("unknown-outcome"),
             {},
             {},
             OrderTexts::encode(OrderTexts::Code::SubmitOutcomeUnknown),
             who}};
}

OrderChanges::Change OrderChanges::tracked(const QString &orderId, const QString &who, qint64 nowMs)
{
    OrderRecord r;
    r.orderId = orderId;
    r.group = StatusGroup::Unknown; // until the first answer
    r.submittedAtMs = r.lastChangedMs = nowMs;
    r.submittedBy = who;
    return {r, {0, orderId, nowMs, QStringLiteral("tracked"), {}, {}, {}, who}};
}

OrderChanges::Change OrderChanges::status(const OrderRecord &old, const OrderDetails &d, qint64 nowMs)
{
    OrderRecord r = old;
    const bool changed = r.status != d.orderStatus || r.statusMessage != d.orderStatusMessage;
    r.status = d.orderStatus;
    r.statusMessage = d.orderStatusMessage;
    r.group = statusGroup(d.orderStatus);
    r.lastCheckedMs = nowMs;
    r.notFound = false;
    if (r.number.isEmpty() && !d.phoneNumbers.isEmpty())
        r.number = d.phoneNumbers.constFirst();
    if (d.orderDate.isValid())
        r.orderDateMs = d.orderDate.toMSecsSinceEpoch();
    if (changed)
        r.lastChangedMs = nowMs;
    return {r,
            {0, r.orderId, nowMs, QStringLiteral("status"), old.status, d.orderStatus, d.orderStatusMessage, {}},
            changed};
}

OrderChanges::Change OrderChanges::notFound(const OrderRecord &old, qint64 nowMs)
{
    OrderRecord r = old;
    r.lastCheckedMs = nowMs;
    r.notFound = true;
    return {r,
            {0,
             r.orderId,
             nowMs,
             QStringLiteral("not-found"),
             r.status,
             r.status,
             OrderTexts::encode(OrderTexts::Code::NotFound),
             {}},
            !old.notFound};
}

OrderChanges::Change OrderChanges::update(const OrderRecord &old, const UpdatePortInRequest &u,
                                          const UpdateResult &result, const QString &who, qint64 nowMs)
{
    OrderRecord r = old;
    QStringList fields; // names only: the event must say what changed, never the PIN itself
    const auto take = [&](QString &target, const QString &value, const char *name) {
        if (!value.isEmpty() && value != target) {
            target = value;
            fields << QLatin1String(name);
        }
    };
    take(r.carrier, u.currentCarrierName, "CurrentCarrierName");
    take(r.accountNumber, u.currentAccountNumber, "CurrentAccountNumber");
    take(r.subscriber, u.subscriberName, "SubscriberName");
    take(r.iccid, u.iccid, "ICCID");
    if (!u.currentAccountPassword.isEmpty())
        fields << QStringLiteral("CurrentAccountPassword");
    if (u.currentBillingAddress && !(*u.currentBillingAddress == r.address)) {
        r.address = *u.currentBillingAddress;
        fields << QStringLiteral("CurrentBillingAddress");
    }
    if (!u.portInDate.isEmpty()) { // asked for again or anew: the history says which date
        r.requestedPortDate = u.portInDate;
        fields << OrderTexts::portDateArg(u.portInDate);
    }
    r.status = result.status.isEmpty() ? QStringLiteral("Updated") : result.status;
    r.statusMessage.clear();
    r.group = statusGroup(r.status);
    r.lastChangedMs = nowMs;
    r.notFound = false;
    return {r,
            {0, r.orderId, nowMs, QStringLiteral("update"), old.status, r.status,
             OrderTexts::encode(OrderTexts::Code::Changed, fields), who}};
}

OrderChanges::Change OrderChanges::cancelled(const OrderRecord &old, const CancelResult &result, const QString &who,
                                             qint64 nowMs)
{
    OrderRecord r = old;
    r.status = result.status.isEmpty() ? QStringLiteral("Cancelled") : result.status;
    r.statusMessage.clear();
    r.group = statusGroup(r.status);
    r.lastChangedMs = nowMs;
    return {r, {0, r.orderId, nowMs, QStringLiteral("cancel"), old.status, r.status, {}, who}};
}

OrderChanges::Change OrderChanges::notReceived(const OrderRecord &unknown, const QString &who, qint64 nowMs)
{
    OrderRecord r = unknown;
    r.status = OrderTexts::encode(OrderTexts::Code::NotReceived);
    r.group = StatusGroup::Cancelled;
    r.lastChangedMs = nowMs;
    return {r,
            {0, r.orderId, nowMs, QStringLiteral("verified"), unknown.status, r.status,
             OrderTexts::encode(OrderTexts::Code::CheckedNotReceived), who}};
}

std::pair<OrderChanges::Change, OrderChanges::Change> OrderChanges::attached(const OrderRecord &unknown,
                                                                             const OrderRecord *tracked,
                                                                             const OrderDetails &d, const QString &who,
                                                                             qint64 nowMs)
{
    OrderRecord order = tracked ? *tracked : unknown; // a new row keeps what was submitted
    const QString oldStatus = tracked ? tracked->status : QString();
    order.orderId = d.orderId;
    order.outcomeUnknown = false;
    order.notFound = false;
    order.status = d.orderStatus;
    order.statusMessage = d.orderStatusMessage;
    order.group = statusGroup(d.orderStatus);
    order.lastCheckedMs = order.lastChangedMs = nowMs;
    if (d.orderDate.isValid())
        order.orderDateMs = d.orderDate.toMSecsSinceEpoch();
    if (order.number.isEmpty())
        order.number = unknown.number;
    OrderRecord closed = unknown;
    closed.status = OrderTexts::encode(OrderTexts::Code::ReceivedAs, {d.orderId});
    closed.group = StatusGroup::Cancelled; // closed like a "not received" one: never polled, number free
    closed.lastChangedMs = nowMs;
    const OrderEvent closing{0,
                             unknown.orderId,
                             nowMs,
                             QStringLiteral("verified"),
                             unknown.status,
                             closed.status,
                             OrderTexts::encode(OrderTexts::Code::CheckedReceivedAs, {d.orderId}),
                             who};
    const OrderEvent found{0,
                           d.orderId,
                           nowMs,
                           QStringLiteral("attached"),
                           oldStatus,
                           order.status,
                           OrderTexts::encode(OrderTexts::Code::OrderOfUnknownSubmit, {unknown.orderId}),
                           who};
    return {{closed, closing}, {order, found}};
}

} // namespace portdesk
