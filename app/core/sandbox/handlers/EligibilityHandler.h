#pragma once
// POST /numbers/portin/eligibility: whether a number can be ported in, and from which carrier.
#include "SimHandler.h"

namespace portdesk::sandbox {

class EligibilityHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "POST"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
