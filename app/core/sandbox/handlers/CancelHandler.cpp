#include "CancelHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "common/Clock.h"
#include "sandbox/SimOrderBook.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/Endpoints.h"

namespace portdesk::sandbox {

QString CancelHandler::route() const
{
    return route::Cancel;
}
QString CancelHandler::path() const
{
    return endpoint::PortInCancel;
}

SimReply CancelHandler::handle(const SimRequest &request, const QString &account)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();
    const QString orderId = problems.string(body, QStringLiteral("OrderId"), true);
    if (problems.any())
        return problems.reply();
    SimOrderBook &orders = *state().orders;
    SimOrderBook::Order *order = orders.find(orderId);
    if (!order || order->accountKey != account || orders.statusOf(*order, state().clock->nowMs()).final)
        return statusMessage(400, message::NoPortIn);
    order->cancelled = true;
    return jsonReply(
        200, {{QStringLiteral("OrderId"), order->orderId}, {QStringLiteral("Status"), QStringLiteral("Cancelled")}});
}

} // namespace portdesk::sandbox
