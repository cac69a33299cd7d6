#include "CancelPortIn.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonMapping.h"

namespace portdesk {

CancelPortIn::CancelPortIn(TelegentClient *client, const QString &orderId, QObject *parent)
    : ApiOperation(client, parent), m_orderId(orderId)
{
}

QString CancelPortIn::path() const
{
    return endpoint::PortInCancel;
}

QJsonObject CancelPortIn::body() const
{
    return {{QStringLiteral("OrderId"), m_orderId}};
}

bool CancelPortIn::parseSuccess(const QJsonObject &object, const HttpResult &, QString *why)
{
    return json::read(object, &m_result, why);
}

} // namespace portdesk
