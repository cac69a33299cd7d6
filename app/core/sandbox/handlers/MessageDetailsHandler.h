#pragma once
// GET /message/details?MessageId=: one text of the caller's account and its status on the
// simulator's clock, in this endpoint's own shapes (To a string, ISO date, "OUTBOUND").
#include "SimHandler.h"

namespace portdesk::sandbox {

class MessageDetailsHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
