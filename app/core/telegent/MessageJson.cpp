// The messaging half of JsonMapping.h (telegent-messaging.md): the fields PortDesk sends and
// reads, with the documentation's inconsistencies read both ways.
#include "JsonFields.h"
#include "JsonMapping.h"
#include "domain/OrderIds.h"

#include <QJsonArray>

namespace portdesk::json {

namespace {
// A MessageId is stored, printed and sent back in a query string like an OrderId: the same shape
// rule (OrderIds.h) keeps a control sequence or 4 MiB of text from being taken as one.
bool messageIdShape(const QString &id, QString *why)
{
    if (isWellFormedOrderId(id))
        return true;
    *why = QStringLiteral("field MessageId is not an id (%1 characters, printable ASCII expected)").arg(id.size());
    return false;
}
} // namespace

QJsonObject toJson(const OutboundMessage &r)
{
    // One recipient per message: one MessageId is then one text to one customer.
    return {{QStringLiteral("To"), QJsonArray{QJsonObject{{QStringLiteral("Number"), r.to}}}},
            {QStringLiteral("From"), r.from},
            {QStringLiteral("Body"), r.body}};
}

QJsonObject toJson(const MessageQuery &r)
{
    return {{QStringLiteral("MessageId"), r.messageId}};
}

QJsonObject toJson(const NumberQuery &r)
{
    return {{QStringLiteral("Number"), r.number}};
}

bool read(const QJsonObject &o, SentMessage *out, QString *why)
{
    return requireString(o, u"MessageId", &out->messageId, why) && messageIdShape(out->messageId, why) &&
           optionalString(o, u"Status", &out->status, why);
}

bool read(const QJsonObject &o, MessageDetails *out, QString *why)
{
    if (!requireString(o, u"MessageId", &out->messageId, why) || !messageIdShape(out->messageId, why) ||
        !optionalString(o, u"Status", &out->status, why))
        return false;
    // "To" is a string in the details example and an array of {Number} in the send answer.
    const QJsonValue to = field(o, u"To");
    if (to.isArray() && !to.toArray().isEmpty())
        out->to = to.toArray().first().toObject().value(QStringLiteral("Number")).toString();
    else if (to.isString())
        out->to = to.toString();
    else
        out->to.clear();
    return true;
}

bool read(const QJsonObject &o, NumberDetails *out, QString *why)
{
    if (!requireString(o, u"Number", &out->number, why) ||
        !optionalString(o, u"MessageRouteId", &out->messageRouteId, why) ||
        !optionalString(o, u"Status", &out->status, why) || !optionalString(o, u"MessageType", &out->messageType, why))
        return false;
    // A boolean in Number Details, a "true"/"false" string in the inventory's second example.
    const QJsonValue enabled = field(o, u"MessageEnabled");
    if (enabled.isBool()) {
        out->messageEnabled = enabled.toBool();
    } else if (enabled.isString() && (enabled.toString().compare(u"true", Qt::CaseInsensitive) == 0 ||
                                      enabled.toString().compare(u"false", Qt::CaseInsensitive) == 0)) {
        out->messageEnabled = enabled.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    } else if (enabled.isUndefined() || enabled.isNull()) {
        out->messageEnabled = false;
    } else {
        *why = QStringLiteral("field MessageEnabled not a boolean");
        return false;
    }
    return true;
}

} // namespace portdesk::json
