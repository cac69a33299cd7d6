#pragma once
// POST /numbers/portin: validates a port-in request and creates its order (one active order per number).
#include "SimHandler.h"

namespace portdesk::sandbox {

class PortInHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "POST"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
