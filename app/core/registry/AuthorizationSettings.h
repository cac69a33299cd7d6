#pragma once
#include <QString>

#include "authorization/Authorization.h"

namespace portdesk {

class OrderRegistry;

// How a team takes authorizations: which kinds it accepts, the verbal script it reads (empty:
// PortDesk's own, translated) and the name it gives itself in the script and the LOA. Kept in the registry
// (registry_meta), so every desk on a team database follows one rule; read afresh each time, so a change reaches the
// next port-in.
class AuthorizationSettings
{
public:
    explicit AuthorizationSettings(OrderRegistry *registry);

    AuthorizationPolicy policy() const;
    bool setPolicy(AuthorizationPolicy policy, QString *error);
    QString scriptText() const;
    bool setScriptText(const QString &text, QString *error);
    // The receiving provider as the script and the LOA name it ({provider}); empty: a
    // translated "your new service provider".
    QString providerName() const;
    bool setProviderName(const QString &name, QString *error);
    // providerName(), or that default.
    QString providerOrDefault() const;

private:
    OrderRegistry *m_registry;
};

} // namespace portdesk
