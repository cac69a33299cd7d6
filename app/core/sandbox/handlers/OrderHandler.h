#pragma once
// GET /numbers/order?OrderId=: an order of the caller's account and its status on the simulator's clock.
#include "SimHandler.h"

namespace portdesk::sandbox {

class OrderHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
