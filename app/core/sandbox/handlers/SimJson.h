#pragma once
// The simulator's own JSON reading and reply shapes: it must not share the client's parsing code,
// so a bug there cannot hide one here.
#include <QJsonObject>
#include <QJsonValue>

#include "sandbox/SimMessages.h"

namespace portdesk::sandbox {

// ASP.NET-style case-insensitive property lookup; Undefined when absent.
QJsonValue fieldCI(const QJsonObject &o, const QString &name);
SimReply jsonReply(int status, const QJsonObject &o);
// {StatusCode, Message}: the shape the 1.0.8 spec documents for every error.
SimReply statusMessage(int status, const QString &message);

// The documented messages of the errors more than one place answers with.
namespace message {
inline const QString NotFound =
    QStringLiteral("Not found: the requested resource does not exist or belongs to a different account.");
inline const QString Unauthorized = QStringLiteral(
    "Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens.");
inline const QString Forbidden = QStringLiteral(
    "Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope.");
inline const QString TooManyRequests =
    QStringLiteral("Too many requests: rate limit exceeded. Slow your request cadence and retry after a short delay.");
inline const QString NoPortIn = QStringLiteral("GENS-0041 No Port-In request found");
} // namespace message

} // namespace portdesk::sandbox
