#pragma once
#include <QString>

// Paths below the base URL (which already ends in /v1.0). Shared by the client and the
// simulator: the one thing both must agree on besides the JSON field names.
namespace portdesk::endpoint {
inline const QString Token = QStringLiteral("/OAuth2/tokens"); // documented casing since 1.0.1.1
inline const QString TokenLegacy = QStringLiteral("/oauth2/tokens");
inline const QString Eligibility = QStringLiteral("/numbers/portin/eligibility");
inline const QString PortIn = QStringLiteral("/numbers/portin");
inline const QString PortInUpdate = QStringLiteral("/numbers/portin/update");
inline const QString PortInCancel = QStringLiteral("/numbers/portin/cancel");
inline const QString Order = QStringLiteral("/numbers/order");
// Messaging (telegent-messaging.md): the path is singular, "message".
inline const QString MessageOutbound = QStringLiteral("/message/outbound");
inline const QString MessageDetails = QStringLiteral("/message/details");
inline const QString Numbers = QStringLiteral("/numbers"); // GET ?Number=: one number of the account
} // namespace portdesk::endpoint
