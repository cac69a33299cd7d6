#include "GetOrder.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString GetOrder::path() const
{
    return endpoint::Order;
}

QUrlQuery GetOrder::query() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("OrderId"), QString::fromLatin1(QUrl::toPercentEncoding(m_request.orderId)));
    return q;
}

} // namespace portdesk
