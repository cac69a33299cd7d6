#pragma once
// POST /OAuth2/tokens: a token scoped to one ApiEndpoint URL; refused credentials are a 200 with successful=false.
#include "SimHandler.h"

namespace portdesk::sandbox {

class TokenHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "POST"; }
    QString path() const override;
    bool needsToken() const override { return false; }
    SimReply handle(const SimRequest &request, const QString &account) override;
};

} // namespace portdesk::sandbox
