#pragma once
#include "messaging/MessageTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// GET /message/details?MessageId=... Repeatable; background priority unless a person asked.
class GetMessageDetails : public TypedOperation<MessageQuery, MessageDetails>
{
    Q_OBJECT
public:
    GetMessageDetails(TelegentClient *client, const MessageQuery &request, QObject *parent = nullptr)
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
