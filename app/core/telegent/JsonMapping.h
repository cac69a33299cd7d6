#pragma once
#include <QJsonObject>

#include "domain/PortInTypes.h"
#include "messaging/MessageTypes.h"

// Request bodies and result objects of the port-in API, with exactly the field names of the
// 1.0.8 schema. Readers return false when a known field has the wrong type or a required one
// is missing; unknown fields are ignored.
namespace portdesk::json {

QJsonObject toJson(const EligibilityRequest &r);
QJsonObject toJson(const PortInRequest &r);
QJsonObject toJson(const UpdatePortInRequest &r);
QJsonObject toJson(const CancelPortInRequest &r);
QJsonObject toJson(const OrderQuery &r); // GET: sent as the query string, never as a body
QJsonObject toJson(const BillingAddress &a, bool omitEmpty);

bool read(const QJsonObject &o, EligibilityResult *out, QString *why);
bool read(const QJsonObject &o, SubmitResult *out, QString *why);
bool read(const QJsonObject &o, UpdateResult *out, QString *why);
bool read(const QJsonObject &o, CancelResult *out, QString *why);
bool read(const QJsonObject &o, OrderDetails *out, QString *why);

// Request files written by people (portdesk-cli submit/update FILE.json): the API's own field
// names, any capitalisation; a known field of the wrong type is refused with its name.
bool read(const QJsonObject &o, PortInRequest *out, QString *why);
bool read(const QJsonObject &o, UpdatePortInRequest *out, QString *why);
QJsonObject toJson(const EligibilityResult &r);
QJsonObject toJson(const OrderDetails &r);

// Messaging (telegent-messaging.md; written in MessageJson.cpp). The GETs' queries are sent as
// the query string, never as a body.
QJsonObject toJson(const OutboundMessage &r);
QJsonObject toJson(const MessageQuery &r);
QJsonObject toJson(const NumberQuery &r);
bool read(const QJsonObject &o, SentMessage *out, QString *why);
bool read(const QJsonObject &o, MessageDetails *out, QString *why);
bool read(const QJsonObject &o, NumberDetails *out, QString *why);

} // namespace portdesk::json
