#include "TokenHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "common/Clock.h"
#include "sandbox/SimTokens.h"
#include "sandbox/SimulatorFaults.h"
#include "sandbox/SimulatorOptions.h"
#include "telegent/Endpoints.h"

#include <QLocale>

namespace portdesk::sandbox {

QString TokenHandler::route() const
{
    return route::Token;
}
QString TokenHandler::path() const
{
    return endpoint::Token;
} // "oauth2" and "OAuth2" both work, as the changelog says

SimReply TokenHandler::handle(const SimRequest &request, const QString &)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();
    const QString key = problems.string(body, QStringLiteral("AccountKey"), true);
    const QString secret = problems.string(body, QStringLiteral("AccountSecret"), true);
    const QString apiEndpoint = problems.string(body, QStringLiteral("ApiEndpoint"), true);
    if (problems.any())
        return problems.reply();
    const SimulatorOptions &options = *state().options;
    if (!options.credentials.contains(key) || options.credentials.value(key) != secret) {
        // Refused credentials: HTTP 200 with successful=false, as the live API answers.
        return jsonReply(200, {{QStringLiteral("token"), QString()},
                               {QStringLiteral("successful"), false},
                               {QStringLiteral("tokenExpiry"), QString()},
                               {QStringLiteral("error"), QStringLiteral("Invalid AccountKey or AccountSecret.")}});
    }
    qint64 expiresAt = 0;
    const QString token =
        state().tokens->issue(key, apiEndpoint, state().clock->nowMs(), options.tokenLifetimeSeconds, &expiresAt);
    const QString expiry = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::utc()),
                                                 QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    return jsonReply(200, {{QStringLiteral("token"), token},
                           {QStringLiteral("successful"), true},
                           {QStringLiteral("tokenExpiry"), expiry},
                           {QStringLiteral("error"), QString()},
                           {QStringLiteral("apiEndpoint"), apiEndpoint}});
}

} // namespace portdesk::sandbox
