#include "AuthorizationSettings.h"
#include "OrderRegistry.h"

namespace portdesk {

namespace {
const QString kPolicy = QStringLiteral("authorization.policy");
const QString kScript = QStringLiteral("authorization.script");
} // namespace

AuthorizationSettings::AuthorizationSettings(OrderRegistry *registry) : m_registry(registry) {}

AuthorizationPolicy AuthorizationSettings::policy() const
{
    return authorizationPolicyFromKey(m_registry ? m_registry->meta(kPolicy) : QString());
}

bool AuthorizationSettings::setPolicy(AuthorizationPolicy policy, QString *error)
{
    return m_registry && m_registry->setMeta(kPolicy, authorizationPolicyKey(policy), error);
}

QString AuthorizationSettings::scriptText() const
{
    return m_registry ? m_registry->meta(kScript) : QString();
}

bool AuthorizationSettings::setScriptText(const QString &text, QString *error)
{
    return m_registry && m_registry->setMeta(kScript, text.trimmed(), error);
}

} // namespace portdesk
