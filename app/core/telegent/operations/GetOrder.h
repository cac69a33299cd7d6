#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// GET /numbers/order?OrderId=... Repeatable. Background priority unless a user asked for it.
class GetOrder : public TypedOperation<OrderQuery, OrderDetails>
{
    Q_OBJECT
public:
    GetOrder(TelegentClient *client, const QString &orderId, QObject *parent = nullptr)
        : TypedOperation(client, {orderId}, parent)
    {
    }
    QString orderId() const { return m_request.orderId; }

protected:
    QString path() const override;
    QByteArray verb() const override { return QByteArrayLiteral("GET"); }
    QUrlQuery query() const override;
    bool repeatable() const override { return true; }
};

} // namespace portdesk
