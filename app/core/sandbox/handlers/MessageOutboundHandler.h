#pragma once
// POST /message/outbound: sends a text from an Active, MessageEnabled number of the caller's
// account to one or more recipients (one MessageId for all of them, as the API answers) and
// keeps it in the simulator's message book.
#include "SimHandler.h"

namespace portdesk::sandbox {

class MessageOutboundHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "POST"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
