#include "UpdateHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "common/Clock.h"
#include "sandbox/SimOrderBook.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/Endpoints.h"

#include <QRegularExpression>

namespace portdesk::sandbox {

QString UpdateHandler::route() const
{
    return route::Update;
}
QString UpdateHandler::path() const
{
    return endpoint::PortInUpdate;
}

SimReply UpdateHandler::handle(const SimRequest &request, const QString &account)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();
    const QString orderId = problems.string(body, QStringLiteral("OrderId"), true);
    for (const char *f : {"CurrentCarrierName", "CurrentAccountNumber", "CurrentAccountPassword",
                          "TargetPortinClassification", "SubscriberName", "ICCID"})
        problems.string(body, QLatin1String(f), false);
    const QString date = problems.string(body, QStringLiteral("PortInDate"), false);
    static const QRegularExpression dateRe(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4})$)"));
    if (!date.isEmpty() && !dateRe.match(date).hasMatch())
        problems.add(QStringLiteral("$.PortInDate"), QStringLiteral("PortInDate must be a date (YYYY-MM-DD)."));
    const QJsonValue address = fieldCI(body, QStringLiteral("CurrentBillingAddress"));
    if (!address.isUndefined() && !address.isNull() && !address.isObject())
        problems.add(
            QStringLiteral("$.CurrentBillingAddress"),
            QStringLiteral("The JSON value could not be converted to BillingAddress. Path: $.CurrentBillingAddress"));
    if (problems.any())
        return problems.reply();

    SimOrderBook &orders = *state().orders;
    const qint64 now = state().clock->nowMs();
    SimOrderBook::Order *order = orders.find(orderId);
    if (!order || order->accountKey != account || orders.statusOf(*order, now).final)
        return statusMessage(400, message::NoPortIn);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("CurrentAccountPassword"), Qt::CaseInsensitive) != 0)
            order->request.insert(it.key(), it.value());
    }
    // An update resubmits to the losing carrier: the lifecycle starts again, and the problem
    // the trigger stood for counts as fixed.
    order->cycleStartMs = now;
    order->updated = true;
    order->outcome = SimOrderBook::Outcome::Completes;
    return jsonReply(200, {{QStringLiteral("OrderId"), order->orderId},
                           {QStringLiteral("Status"), QStringLiteral("Updated")},
                           {QStringLiteral("Message"), QStringLiteral("Port-in order updated successfully")}});
}

} // namespace portdesk::sandbox
