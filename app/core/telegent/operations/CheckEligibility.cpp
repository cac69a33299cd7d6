#include "CheckEligibility.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonMapping.h"

namespace portdesk {

CheckEligibility::CheckEligibility(TelegentClient *client, const EligibilityRequest &request,
                                   QObject *parent)
    : ApiOperation(client, parent), m_request(request)
{
}

QString CheckEligibility::path() const
{
    return endpoint::Eligibility;
}

QJsonObject CheckEligibility::body() const
{
    return json::toJson(m_request);
}

bool CheckEligibility::parseSuccess(const QJsonObject &object, const HttpResult &, QString *why)
{
    return json::read(object, &m_result, why);
}

} // namespace portdesk
