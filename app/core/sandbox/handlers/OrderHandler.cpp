#include "OrderHandler.h"
#include "SimJson.h"
#include "common/Clock.h"
#include "sandbox/SimOrderBook.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/Endpoints.h"

#include <QJsonArray>

namespace portdesk::sandbox {

QString OrderHandler::route() const
{
    return route::Order;
}
QString OrderHandler::path() const
{
    return endpoint::Order;
}

SimReply OrderHandler::handle(const SimRequest &request, const QString &account)
{
    const QString orderId = request.query.queryItemValue(QStringLiteral("OrderId"), QUrl::FullyDecoded);
    if (orderId.isEmpty())
        return statusMessage(
            400, QStringLiteral("Bad request: one or more required fields are missing or contain an invalid value."));
    SimOrderBook &orders = *state().orders;
    SimOrderBook::Order *order = orders.find(orderId);
    if (!order || order->accountKey != account)
        return statusMessage(404, message::NotFound);
    const SimOrderBook::Status status = orders.statusOf(*order, state().clock->nowMs());
    // This endpoint's dates carry no zone and two fractional digits, unlike the submit answer.
    QString date = QDateTime::fromMSecsSinceEpoch(order->createdMs, QTimeZone::utc())
                       .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    date.chop(1);
    QJsonObject o{
        {QStringLiteral("OrderDate"), date},
        {QStringLiteral("OrderId"), order->orderId},
        {QStringLiteral("OrderStatus"), status.text},
        {QStringLiteral("OrderType"), QStringLiteral("portin")},
        {QStringLiteral("PhoneNumbersOrdered"), QJsonArray{QJsonObject{{QStringLiteral("Number"), order->number}}}}};
    if (!status.message.isEmpty())
        o.insert(QStringLiteral("OrderStatusMessage"), status.message);
    return jsonReply(200, o);
}

} // namespace portdesk::sandbox
