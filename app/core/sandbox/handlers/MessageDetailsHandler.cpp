#include "MessageDetailsHandler.h"
#include "SimJson.h"
#include "SimQuery.h"
#include "common/Clock.h"
#include "sandbox/SimMessageBook.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/Endpoints.h"

#include <QDateTime>
#include <QTimeZone>

namespace portdesk::sandbox {

QString MessageDetailsHandler::route() const
{
    return route::MessageDetails;
}
QString MessageDetailsHandler::path() const
{
    return endpoint::MessageDetails;
}

SimReply MessageDetailsHandler::handle(const SimRequest &request, const QString &account)
{
    const QString id = queryValue(request.query, QStringLiteral("MessageId"));
    if (id.isEmpty())
        return statusMessage(
            400, QStringLiteral("Bad request: one or more required fields are missing or contain an invalid value."));
    const SimMessageBook::Message *m = state().messages->find(id); // case-sensitive
    if (!m || m->accountKey != account)
        return statusMessage(404, message::NotFound);
    // ISO 8601 without an offset here (the send answer has its own format); UTC.
    const QString created =
        QDateTime::fromMSecsSinceEpoch(m->sentMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    return jsonReply(200, {{QStringLiteral("MessageId"), m->messageId},
                           {QStringLiteral("Direction"), QStringLiteral("OUTBOUND")},
                           {QStringLiteral("Type"), m->type},
                           {QStringLiteral("CampaignId"), m->campaignId.isEmpty() ? QJsonValue() : m->campaignId},
                           {QStringLiteral("Cost"), m->cost},
                           {QStringLiteral("To"), m->to.value(0)}, // a string: the first recipient
                           {QStringLiteral("From"), m->from},
                           {QStringLiteral("Body"), m->body},
                           {QStringLiteral("Region"), QStringLiteral("United States")},
                           {QStringLiteral("CreatedOn"), created},
                           {QStringLiteral("MessageType"), QStringLiteral("sms")},
                           {QStringLiteral("Status"), SimMessageBook::statusOf(*m, state().clock->nowMs())}});
}

} // namespace portdesk::sandbox
