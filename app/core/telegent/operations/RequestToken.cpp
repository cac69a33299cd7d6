#include "RequestToken.h"
#include "common/Redaction.h"
#include "domain/ApiTimestamps.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonFields.h"
#include "telegent/TelegentClient.h"

#include <QCoreApplication>

namespace portdesk {

RequestToken::RequestToken(TelegentClient *client, const QString &apiEndpoint, QObject *parent)
    : ApiOperation(client, parent), m_apiEndpoint(apiEndpoint)
{
    setPriority(Priority::Interactive); // it unblocks every call waiting for it
}

QString RequestToken::path() const
{
    return endpoint::Token;
}

QJsonObject RequestToken::body() const
{
    return {{QStringLiteral("AccountKey"), client()->accountKey()},
            {QStringLiteral("AccountSecret"), client()->accountSecret()},
            {QStringLiteral("ApiEndpoint"), m_apiEndpoint}};
}

bool RequestToken::parseSuccess(const QJsonObject &o, const HttpResult &result, QString *why)
{
    bool ok = true;
    const QJsonValue successful = json::field(o, u"successful");
    const QString error = json::string(o, u"error", &ok);
    if (successful.isBool() && !successful.toBool()) {
        // Refused credentials come back as HTTP 200 with successful:false.
        ApiError e;
        e.kind = ApiError::Kind::Authentication;
        e.httpStatus = result.httpStatus;
        e.message =
            error.isEmpty() ? QCoreApplication::translate("ApiError", "Telegent refused the credentials.") : error;
        setError(e);
        return true;
    }
    m_token.value = json::string(o, u"token", &ok);
    const QString expiry = json::string(o, u"tokenExpiry", &ok);
    if (!ok || !successful.isBool() || m_token.value.isEmpty()) {
        *why = QStringLiteral("token response without successful/token");
        return false;
    }
    redaction::registerSecret(m_token.value); // from now on no log line can carry it
    m_token.endpoint = m_apiEndpoint;
    const qint64 now = client()->clock()->nowMs();
    const QDateTime expiresAt = parseTokenExpiry(expiry);
    if (!expiresAt.isValid()) {
        m_token.expiresAtMs = now; // unreadable: "expires now", used once, renewed next time
        return true;
    }
    // Measure the lifetime against the server's own Date header when it sent one, so a desk
    // whose clock is off by minutes still renews at the right moment.
    const QDateTime serverNow = parseHttpDate(result.dateHeader);
    if (serverNow.isValid()) {
        m_token.expiresAtMs = now + (expiresAt.toMSecsSinceEpoch() - serverNow.toMSecsSinceEpoch());
    } else {
        m_token.expiresAtMs = expiresAt.toMSecsSinceEpoch();
    }
    return true;
}

} // namespace portdesk
