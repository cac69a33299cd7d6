#include "MessageOutboundHandler.h"
#include "NumberDetailsHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "common/Clock.h"
#include "sandbox/SimMessageBook.h"
#include "sandbox/SimulatorFaults.h"
#include "sandbox/SimulatorOptions.h"
#include "telegent/Endpoints.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace portdesk::sandbox {

namespace {

// The send answer's own format, "16:45:59 MST 2025-01-23": Telegent's (Utah) local time with
// the zone's abbreviation, unlike the ISO dates of message/details.
QString sendTime(qint64 ms)
{
    static const QTimeZone mountain(QByteArrayLiteral("America/Denver"));
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (!mountain.isValid()) // no time zone database: standard time
        return QLocale::c().toString(utc.toOffsetFromUtc(-7 * 3600), QStringLiteral("HH:mm:ss 'MST' yyyy-MM-dd"));
    const QDateTime local = utc.toTimeZone(mountain);
    return QLocale::c().toString(local, QStringLiteral("HH:mm:ss ")) + mountain.abbreviation(local) +
           QLocale::c().toString(local, QStringLiteral(" yyyy-MM-dd"));
}

} // namespace

QString MessageOutboundHandler::route() const
{
    return route::MessageOutbound;
}
QString MessageOutboundHandler::path() const
{
    return endpoint::MessageOutbound;
}

SimReply MessageOutboundHandler::handle(const SimRequest &request, const QString &account)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();

    QStringList to;
    const QJsonValue toValue = fieldCI(body, QStringLiteral("To"));
    if (toValue.isUndefined() || toValue.isNull()) {
        problems.add(QStringLiteral("To"), QStringLiteral("The To field is required."));
    } else if (!toValue.isArray()) {
        problems.add(QStringLiteral("$.To"),
                     QStringLiteral("The JSON value could not be converted to List<Recipient>. Path: $.To"));
    } else if (toValue.toArray().isEmpty()) {
        problems.add(QStringLiteral("To"), QStringLiteral("At least one recipient is required."));
    } else {
        const QJsonArray recipients = toValue.toArray();
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            const QString prefix = QStringLiteral("To[%1].").arg(i);
            if (!recipients.at(i).isObject()) {
                problems.add(QStringLiteral("$.") + prefix.chopped(1),
                             QStringLiteral("The JSON value could not be converted to Recipient. Path: $.%1")
                                 .arg(prefix.chopped(1)));
                continue;
            }
            const QString number = problems.string(recipients.at(i).toObject(), QStringLiteral("Number"), true, prefix);
            problems.e164(prefix + QStringLiteral("Number"), number);
            to << number;
        }
    }
    const QString from = problems.string(body, QStringLiteral("From"), true);
    const QString text = problems.string(body, QStringLiteral("Body"), true);
    const QString owner = problems.string(body, QStringLiteral("Owner"), false);
    const QString campaignId = problems.string(body, QStringLiteral("CampaignId"), false);

    // Only an Active, messaging-enabled number of this account may send (the API's one message
    // covers a bad format, a foreign number and one that cannot text alike).
    const SimNumber *sender = from.isEmpty() ? nullptr : NumberDetailsHandler::numberOf(state(), account, from);
    if (!from.isEmpty() && (!sender || !sender->messageEnabled || sender->status != QLatin1String("Active")))
        problems.add(QStringLiteral("$.From"),
                     QStringLiteral("The From number must be in E.164 format and be a valid number in your account."));
    if (problems.any())
        return problems.reply();

    SimMessageBook::Message m;
    m.accountKey = account;
    m.from = from;
    m.to = to;
    m.body = text;
    m.campaignId = campaignId;
    m.type = sender->messageType.toLower();
    m.cost = 0.0045;
    const SimMessageBook::Message &sent = state().messages->create(m, state().clock->nowMs());

    QJsonArray toJson;
    for (const QString &number : std::as_const(sent.to))
        toJson.append(QJsonObject{{QStringLiteral("Number"), number}});
    return jsonReply(200, {{QStringLiteral("MessageId"), sent.messageId},
                           {QStringLiteral("Direction"), QStringLiteral("Outbound")},
                           {QStringLiteral("Type"), sent.type},
                           {QStringLiteral("CampaignId"), campaignId.isEmpty() ? QJsonValue() : campaignId},
                           {QStringLiteral("Cost"), sent.cost},
                           {QStringLiteral("Status"), QStringLiteral("Queued")},
                           {QStringLiteral("To"), toJson},
                           {QStringLiteral("From"), sent.from},
                           {QStringLiteral("Owner"), owner.isEmpty() ? sent.from : owner},
                           {QStringLiteral("Body"), sent.body},
                           {QStringLiteral("CreatedOn"), sendTime(sent.sentMs)},
                           {QStringLiteral("MessageType"), QStringLiteral("sms")}});
}

} // namespace portdesk::sandbox
