#include "ApiError.h"

namespace portdesk {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::UnknownOutcome:
        return QStringLiteral("unknown-outcome");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("?");
}

QString ApiError::summary() const
{
    QString s = kindName(kind);
    if (httpStatus)
        s += QStringLiteral(" HTTP %1").arg(httpStatus);
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        s += QStringLiteral(" [%1: %2]").arg(it.key(), it.value().join(QStringLiteral("; ")));
    if (!detail.isEmpty())
        s += QStringLiteral(" (") + detail + QLatin1Char(')');
    return s;
}

} // namespace portdesk
