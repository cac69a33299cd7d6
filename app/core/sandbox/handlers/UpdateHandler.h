#pragma once
// POST /numbers/portin/update: changes an open order of the caller's account and restarts its lifecycle.
#include "SimHandler.h"

namespace portdesk::sandbox {

class UpdateHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "POST"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
