#include "AuthorizationSettings.h"
#include "OrderRegistry.h"

#include <QCoreApplication>

namespace portdesk {

namespace {
const QString kPolicy = QStringLiteral("authorization.policy");
const QString kScript = QStringLiteral("authorization.script");
const QString kProvider = QStringLiteral("authorization.provider");
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

QString AuthorizationSettings::providerName() const
{
    return m_registry ? m_registry->meta(kProvider) : QString();
}

bool AuthorizationSettings::setProviderName(const QString &name, QString *error)
{
    return m_registry && m_registry->setMeta(kProvider, name.simplified().left(100), error);
}

QString AuthorizationSettings::providerOrDefault() const
{
    const QString name = providerName();
    return name.isEmpty() ? QCoreApplication::translate("AuthorizationSettings", "your new service provider",
                                                        "the receiving provider in the verbal script and the LOA")
                          : name;
}

} // namespace portdesk
