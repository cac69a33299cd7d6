#include "NumberDetailsHandler.h"
#include "SimJson.h"
#include "SimQuery.h"
#include "sandbox/SimulatorFaults.h"
#include "sandbox/SimulatorOptions.h"
#include "telegent/Endpoints.h"

#include <QRegularExpression>

namespace portdesk::sandbox {

QString NumberDetailsHandler::route() const
{
    return route::Numbers;
}
QString NumberDetailsHandler::path() const
{
    return endpoint::Numbers;
}

const SimNumber *NumberDetailsHandler::numberOf(const SimState &state, const QString &account, const QString &number)
{
    for (const SimNumber &n : state.options->numbers) {
        if (n.number == number && n.accountKey == account)
            return &n;
    }
    return nullptr;
}

SimReply NumberDetailsHandler::handle(const SimRequest &request, const QString &account)
{
    const QString number = queryValue(request.query, QStringLiteral("Number"));
    static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9]\d{7,14}$)"));
    if (!e164.match(number).hasMatch())
        return statusMessage(
            400, QStringLiteral("Bad request: one or more required fields are missing or contain an invalid value."));
    const SimNumber *n = numberOf(state(), account, number);
    if (!n)
        return statusMessage(404, message::NotFound);
    // The documented example's field set; what the simulator does not model is stable filler.
    const QString digits = number.mid(1);
    return jsonReply(
        200, {{QStringLiteral("Number"), n->number},
              {QStringLiteral("TNID"), QStringLiteral("TNID-sim") + digits},
              {QStringLiteral("OrderId"), QStringLiteral("TNOID-sim") + digits},
              {QStringLiteral("NumberType"), n->numberType},
              {QStringLiteral("MessageEnabled"), n->messageEnabled},
              {QStringLiteral("MessageRouteId"), n->messageRouteId.isEmpty() ? QJsonValue() : n->messageRouteId},
              {QStringLiteral("VoiceEnabled"), true},
              {QStringLiteral("Classification"), QStringLiteral("MVNO")},
              {QStringLiteral("MessageType"), n->messageType},
              {QStringLiteral("VoiceRouteId"), QStringLiteral("T9992774")},
              {QStringLiteral("Status"), n->status},
              {QStringLiteral("OriginalDatePurchased"), QJsonValue()},
              {QStringLiteral("AssignedSubscriberId"), QJsonValue()},
              {QStringLiteral("Iccid"), QJsonValue()},
              {QStringLiteral("Cnam"), QStringLiteral("PortDesk Training")},
              {QStringLiteral("QrActivationLink"), QJsonValue()},
              {QStringLiteral("SwapsRemaining"), 2},
              {QStringLiteral("NextSwapResetDate"), QJsonValue()}});
}

} // namespace portdesk::sandbox
