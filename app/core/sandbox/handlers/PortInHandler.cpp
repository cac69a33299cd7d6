#include "PortInHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "common/Clock.h"
#include "sandbox/SimOrderBook.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/Endpoints.h"

namespace portdesk::sandbox {

QString PortInHandler::route() const
{
    return route::PortIn;
}
QString PortInHandler::path() const
{
    return endpoint::PortIn;
}

SimReply PortInHandler::handle(const SimRequest &request, const QString &account)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();
    const QString number = problems.string(body, QStringLiteral("PortInNumber"), true);
    problems.e164(QStringLiteral("PortInNumber"), number);
    problems.string(body, QStringLiteral("CurrentCarrierName"), true);
    problems.string(body, QStringLiteral("CurrentAccountNumber"), true);
    problems.string(body, QStringLiteral("CurrentAccountPassword"), true);
    const QJsonValue address = fieldCI(body, QStringLiteral("CurrentBillingAddress"));
    if (address.isObject()) {
        const QJsonObject a = address.toObject();
        const QString prefix = QStringLiteral("CurrentBillingAddress.");
        for (const char *f : {"Street1", "City", "State", "Zip"})
            problems.string(a, QLatin1String(f), true, prefix);
        problems.string(a, QStringLiteral("Street2"), false, prefix);
    } else if (address.isUndefined() || address.isNull()) {
        problems.add(QStringLiteral("CurrentBillingAddress"),
                     QStringLiteral("The CurrentBillingAddress field is required."));
    } else {
        problems.add(
            QStringLiteral("$.CurrentBillingAddress"),
            QStringLiteral("The JSON value could not be converted to BillingAddress. Path: $.CurrentBillingAddress"));
    }
    problems.string(body, QStringLiteral("ICCID"), false);
    problems.string(body, QStringLiteral("SubscriberName"), false);
    const QString classification = problems.string(body, QStringLiteral("TargetPortinClassification"), false);
    if (!classification.isEmpty() && classification != QLatin1String("mvno") && classification != QLatin1String("iot"))
        problems.add(QStringLiteral("$.TargetPortinClassification"),
                     QStringLiteral("The value '%1' is not valid for TargetPortinClassification (mvno, iot).")
                         .arg(classification));
    if (problems.any())
        return problems.reply();

    SimOrderBook &orders = *state().orders;
    const qint64 now = state().clock->nowMs();
    if (const SimOrderBook::Order *active = orders.activeFor(number, now)) {
        const QString which = active->accountKey == account ? QStringLiteral(" (%1)").arg(active->orderId) : QString();
        return statusMessage(400, QStringLiteral("A port-in request is already active for %1%2.").arg(number, which));
    }
    const SimOrderBook::Order &order = orders.create(account, number, body, now);
    if (state().orderCreated)
        state().orderCreated(order.orderId);
    QJsonObject o{
        {QStringLiteral("OrderId"), order.orderId},
        {QStringLiteral("OrderDate"),
         QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
             QStringLiteral("0000+00:00")},
        {QStringLiteral("Status"), QStringLiteral("Pending")},
        {QStringLiteral("PhoneNumber"), number}};
    const QString iccid = fieldCI(body, QStringLiteral("ICCID")).toString();
    if (!iccid.isEmpty())
        o.insert(QStringLiteral("ICCID"), iccid);
    return jsonReply(200, o);
}

} // namespace portdesk::sandbox
