#include "SubmitPortIn.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonMapping.h"

namespace portdesk {

SubmitPortIn::SubmitPortIn(TelegentClient *client, const PortInRequest &request, QObject *parent)
    : ApiOperation(client, parent), m_request(request)
{
}

QString SubmitPortIn::path() const
{
    return endpoint::PortIn;
}

QJsonObject SubmitPortIn::body() const
{
    return json::toJson(m_request);
}

bool SubmitPortIn::parseSuccess(const QJsonObject &object, const HttpResult &, QString *why)
{
    return json::read(object, &m_result, why);
}

} // namespace portdesk
