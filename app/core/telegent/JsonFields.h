#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace portdesk::json {

// Telegent's documentation mixes "OrderId" and "successful", "Errors" and "errors": fields are
// looked up case-insensitively (exact match first).
QJsonValue field(const QJsonObject &object, QStringView name);

// Reads a field that must be a string when present. *ok turns false on a wrong type; a missing
// field or null gives an empty string and leaves *ok alone.
QString string(const QJsonObject &object, QStringView name, bool *ok);
// The same for a reader: false with *why ("field X missing" / "field X not a string"). A required
// string must also not be empty.
bool requireString(const QJsonObject &o, QStringView name, QString *out, QString *why);
bool optionalString(const QJsonObject &o, QStringView name, QString *out, QString *why);

} // namespace portdesk::json
