#include "JsonMapping.h"
#include "JsonFields.h"
#include "domain/ApiTimestamps.h"
#include "domain/OrderIds.h"

#include <QJsonArray>

namespace portdesk::json {

namespace {
void putIfSet(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(name), value);
}

// An OrderId in an answer is stored, printed and sent back: it must look like one (OrderIds.h).
bool orderIdShape(const QString &id, bool required, QString *why)
{
    // A server's id that reads like the registry's own placeholder would be taken for one.
    if ((!required && id.isEmpty()) || (isWellFormedOrderId(id) && !isLocalOrderId(id)))
        return true;
    *why = QStringLiteral("field OrderId is not an order id (%1 characters, printable ASCII expected)").arg(id.size());
    return false;
}
} // namespace

QJsonObject toJson(const BillingAddress &a, bool omitEmpty)
{
    QJsonObject o;
    const auto put = [&](const char *name, const QString &v) {
        if (!omitEmpty || !v.isEmpty())
            o.insert(QLatin1String(name), v);
    };
    put("Street1", a.street1);
    if (!a.street2.isEmpty())
        o.insert(QStringLiteral("Street2"), a.street2);
    put("City", a.city);
    put("State", a.state);
    put("Zip", a.zip);
    return o;
}

QJsonObject toJson(const EligibilityRequest &r)
{
    return {{QStringLiteral("PhoneNumber"), r.phoneNumber},
            {QStringLiteral("TargetClassification"), r.targetClassification}};
}

QJsonObject toJson(const PortInRequest &r)
{
    QJsonObject o{{QStringLiteral("PortInNumber"), r.portInNumber},
                  {QStringLiteral("CurrentCarrierName"), r.currentCarrierName},
                  {QStringLiteral("CurrentAccountNumber"), r.currentAccountNumber},
                  {QStringLiteral("CurrentAccountPassword"), r.currentAccountPassword},
                  {QStringLiteral("CurrentBillingAddress"), toJson(r.currentBillingAddress, false)}};
    putIfSet(o, "ICCID", r.iccid);
    putIfSet(o, "TargetPortinClassification", r.targetPortinClassification);
    putIfSet(o, "SubscriberName", r.subscriberName);
    return o;
}

QJsonObject toJson(const UpdatePortInRequest &r)
{
    QJsonObject o{{QStringLiteral("OrderId"), r.orderId}};
    putIfSet(o, "CurrentCarrierName", r.currentCarrierName);
    putIfSet(o, "CurrentAccountNumber", r.currentAccountNumber);
    putIfSet(o, "CurrentAccountPassword", r.currentAccountPassword);
    if (r.currentBillingAddress)
        o.insert(QStringLiteral("CurrentBillingAddress"), toJson(*r.currentBillingAddress, true));
    putIfSet(o, "PortInDate", r.portInDate);
    putIfSet(o, "TargetPortinClassification", r.targetPortinClassification);
    putIfSet(o, "SubscriberName", r.subscriberName);
    putIfSet(o, "ICCID", r.iccid);
    return o;
}

QJsonObject toJson(const CancelPortInRequest &r)
{
    return {{QStringLiteral("OrderId"), r.orderId}};
}

QJsonObject toJson(const OrderQuery &r)
{
    return {{QStringLiteral("OrderId"), r.orderId}};
}

bool read(const QJsonObject &o, EligibilityResult *out, QString *why)
{
    const QJsonValue eligible = field(o, u"Eligible");
    if (!eligible.isBool()) {
        *why = QStringLiteral("field Eligible missing or not a boolean");
        return false;
    }
    out->eligible = eligible.toBool();
    return optionalString(o, u"PhoneNumber", &out->phoneNumber, why) &&
           optionalString(o, u"CurrentCarrier", &out->currentCarrier, why) &&
           optionalString(o, u"NumberType", &out->numberType, why) && optionalString(o, u"Message", &out->message, why);
}

bool read(const QJsonObject &o, SubmitResult *out, QString *why)
{
    QString date;
    if (!requireString(o, u"OrderId", &out->orderId, why) || !orderIdShape(out->orderId, true, why) ||
        !optionalString(o, u"OrderDate", &date, why) || !optionalString(o, u"Status", &out->status, why) ||
        !optionalString(o, u"PhoneNumber", &out->phoneNumber, why) || !optionalString(o, u"ICCID", &out->iccid, why))
        return false;
    out->orderDate = parseOrderDate(date); // unreadable date: kept invalid, the OrderId matters
    return true;
}

bool read(const QJsonObject &o, UpdateResult *out, QString *why)
{
    return optionalString(o, u"OrderId", &out->orderId, why) && orderIdShape(out->orderId, false, why) &&
           optionalString(o, u"Status", &out->status, why) && optionalString(o, u"Message", &out->message, why);
}

bool read(const QJsonObject &o, CancelResult *out, QString *why)
{
    return optionalString(o, u"OrderId", &out->orderId, why) && orderIdShape(out->orderId, false, why) &&
           optionalString(o, u"Status", &out->status, why);
}

bool read(const QJsonObject &o, OrderDetails *out, QString *why)
{
    QString date;
    if (!requireString(o, u"OrderId", &out->orderId, why) || !orderIdShape(out->orderId, true, why) ||
        !requireString(o, u"OrderStatus", &out->orderStatus, why) || !optionalString(o, u"OrderDate", &date, why) ||
        !optionalString(o, u"OrderStatusMessage", &out->orderStatusMessage, why) ||
        !optionalString(o, u"OrderType", &out->orderType, why))
        return false;
    out->orderDate = parseOrderDate(date);
    const QJsonValue numbers = field(o, u"PhoneNumbersOrdered");
    if (!numbers.isUndefined() && !numbers.isNull() && !numbers.isArray()) {
        *why = QStringLiteral("field PhoneNumbersOrdered not an array");
        return false;
    }
    out->phoneNumbers.clear();
    for (const QJsonValue &n : numbers.toArray()) {
        bool ok = true;
        const QString number = string(n.toObject(), u"Number", &ok);
        if (!n.isObject() || !ok) {
            *why = QStringLiteral("PhoneNumbersOrdered entry unreadable");
            return false;
        }
        if (!number.isEmpty())
            out->phoneNumbers << number;
    }
    return true;
}

namespace {
bool readAddress(const QJsonObject &o, BillingAddress *a, QString *why)
{
    return optionalString(o, u"Street1", &a->street1, why) && optionalString(o, u"Street2", &a->street2, why) &&
           optionalString(o, u"City", &a->city, why) && optionalString(o, u"State", &a->state, why) &&
           optionalString(o, u"Zip", &a->zip, why);
}
} // namespace

bool read(const QJsonObject &o, PortInRequest *out, QString *why)
{
    const QJsonValue address = field(o, u"CurrentBillingAddress");
    if (!address.isUndefined() && !address.isNull() && !address.isObject()) {
        *why = QStringLiteral("field CurrentBillingAddress not an object");
        return false;
    }
    return optionalString(o, u"PortInNumber", &out->portInNumber, why) &&
           optionalString(o, u"CurrentCarrierName", &out->currentCarrierName, why) &&
           optionalString(o, u"CurrentAccountNumber", &out->currentAccountNumber, why) &&
           optionalString(o, u"CurrentAccountPassword", &out->currentAccountPassword, why) &&
           readAddress(address.toObject(), &out->currentBillingAddress, why) &&
           optionalString(o, u"ICCID", &out->iccid, why) &&
           optionalString(o, u"TargetPortinClassification", &out->targetPortinClassification, why) &&
           optionalString(o, u"SubscriberName", &out->subscriberName, why);
}

bool read(const QJsonObject &o, UpdatePortInRequest *out, QString *why)
{
    const QJsonValue address = field(o, u"CurrentBillingAddress");
    if (address.isObject()) {
        BillingAddress a;
        if (!readAddress(address.toObject(), &a, why))
            return false;
        out->currentBillingAddress = a;
    } else if (!address.isUndefined() && !address.isNull()) {
        *why = QStringLiteral("field CurrentBillingAddress not an object");
        return false;
    }
    return optionalString(o, u"OrderId", &out->orderId, why) &&
           optionalString(o, u"CurrentCarrierName", &out->currentCarrierName, why) &&
           optionalString(o, u"CurrentAccountNumber", &out->currentAccountNumber, why) &&
           optionalString(o, u"CurrentAccountPassword", &out->currentAccountPassword, why) &&
           optionalString(o, u"PortInDate", &out->portInDate, why) &&
           optionalString(o, u"TargetPortinClassification", &out->targetPortinClassification, why) &&
           optionalString(o, u"SubscriberName", &out->subscriberName, why) &&
           optionalString(o, u"ICCID", &out->iccid, why);
}

QJsonObject toJson(const EligibilityResult &r)
{
    return {{QStringLiteral("PhoneNumber"), r.phoneNumber},
            {QStringLiteral("Eligible"), r.eligible},
            {QStringLiteral("CurrentCarrier"), r.currentCarrier},
            {QStringLiteral("NumberType"), r.numberType},
            {QStringLiteral("Message"), r.message}};
}

QJsonObject toJson(const OrderDetails &r)
{
    QJsonArray numbers;
    for (const QString &n : r.phoneNumbers)
        numbers.append(n);
    return {{QStringLiteral("OrderId"), r.orderId},
            {QStringLiteral("OrderStatus"), r.orderStatus},
            {QStringLiteral("OrderStatusMessage"), r.orderStatusMessage},
            {QStringLiteral("OrderDate"), r.orderDate.isValid() ? r.orderDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("PhoneNumbers"), numbers}};
}

} // namespace portdesk::json
