#pragma once
#include "domain/PortInTypes.h"
#include "telegent/ApiOperation.h"

namespace portdesk {

// GET /numbers/order?OrderId=... Repeatable. Background priority unless a user asked for it.
class GetOrder : public ApiOperation
{
    Q_OBJECT
public:
    GetOrder(TelegentClient *client, const QString &orderId, QObject *parent = nullptr);
    const OrderDetails &result() const { return m_result; }
    QString orderId() const { return m_orderId; }

protected:
    QString path() const override;
    QByteArray verb() const override { return QByteArrayLiteral("GET"); }
    QUrlQuery query() const override;
    bool repeatable() const override { return true; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    QString m_orderId;
    OrderDetails m_result;
};

} // namespace portdesk
