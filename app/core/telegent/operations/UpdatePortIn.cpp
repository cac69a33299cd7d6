#include "UpdatePortIn.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonMapping.h"

namespace portdesk {

UpdatePortIn::UpdatePortIn(TelegentClient *client, const UpdatePortInRequest &request, QObject *parent)
    : ApiOperation(client, parent), m_request(request)
{
}

QString UpdatePortIn::path() const
{
    return endpoint::PortInUpdate;
}

QJsonObject UpdatePortIn::body() const
{
    return json::toJson(m_request);
}

bool UpdatePortIn::parseSuccess(const QJsonObject &object, const HttpResult &, QString *why)
{
    return json::read(object, &m_result, why);
}

} // namespace portdesk
