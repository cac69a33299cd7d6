#pragma once
#include "messaging/MessageTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /message/outbound. Never repeatable: Telegent takes no idempotency key, so a send that may haven// reached it is
// never sent again (the customer would get the text twice); background priority.
class SendMessage : public TypedOperation<OutboundMessage, SentMessage>
{
    Q_OBJECT
public:
    SendMessage(TelegentClient *client, const OutboundMessage &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
        setPriority(Priority::Background);
    }

    // Whether a failed send may still have reached Telegent (no answer, an unreadable one): such a
    // text is never sent again. False only for answers that say it did not leave or was refused.
    static bool mayHaveReachedTelegent(const ApiError &error);

protected:
    QString path() const override;
    bool repeatable() const override { return false; }
};

} // namespace portdesk
