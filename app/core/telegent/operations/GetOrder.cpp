#include "GetOrder.h"
#include "telegent/Endpoints.h"
#include "telegent/JsonMapping.h"

namespace portdesk {

GetOrder::GetOrder(TelegentClient *client, const QString &orderId, QObject *parent)
    : ApiOperation(client, parent), m_orderId(orderId)
{
}

QString GetOrder::path() const
{
    return endpoint::Order;
}

QUrlQuery GetOrder::query() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("OrderId"), QString::fromLatin1(QUrl::toPercentEncoding(m_orderId)));
    return q;
}

bool GetOrder::parseSuccess(const QJsonObject &object, const HttpResult &, QString *why)
{
    return json::read(object, &m_result, why);
}

} // namespace portdesk
