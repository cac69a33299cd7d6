#pragma once
#include <QString>

#include "authorization/Authorization.h"

namespace portdesk {

class OrderRegistry;

// How a team takes authorizations: which kinds it accepts and the verbal script it reads (empty:
// PortDesk's own, translated). Kept in the registry (registry_meta), so every desk on a team
// database follows one rule; read afresh each time, so a change reaches the next port-in.
class AuthorizationSettings
{
public:
    explicit AuthorizationSettings(OrderRegistry *registry);

    AuthorizationPolicy policy() const;
    bool setPolicy(AuthorizationPolicy policy, QString *error);
    QString scriptText() const;
    bool setScriptText(const QString &text, QString *error);

private:
    OrderRegistry *m_registry;
};

} // namespace portdesk
