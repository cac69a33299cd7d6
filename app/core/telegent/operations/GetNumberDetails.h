#pragma once
#include "messaging/MessageTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// GET /numbers?Number=...: one number of the account, e.g. whether it may send texts. Repeatable.
class GetNumberDetails : public TypedOperation<NumberQuery, NumberDetails>
{
    Q_OBJECT
public:
    GetNumberDetails(TelegentClient *client, const NumberQuery &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
    }

protected:
    QString path() const override;
    QByteArray verb() const override { return QByteArrayLiteral("GET"); }
    QUrlQuery query() const override;
    bool repeatable() const override { return true; }
};

} // namespace portdesk
