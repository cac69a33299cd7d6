#include "AppSettings.h"
#include "telegent/ApiBaseUrl.h"

#include <algorithm>

namespace portdesk {

AppSettings::AppSettings() = default;

QString AppSettings::apiBaseUrl() const
{
    return m_settings.value(QStringLiteral("api/baseUrl"), ApiBaseUrl::defaultUrl()).toString();
}

void AppSettings::setApiBaseUrl(const QString &url)
{
    m_settings.setValue(QStringLiteral("api/baseUrl"), url);
}

QString AppSettings::accountKey() const
{
    return m_settings.value(QStringLiteral("api/accountKey")).toString();
}

void AppSettings::setAccountKey(const QString &key)
{
    m_settings.setValue(QStringLiteral("api/accountKey"), key);
}

int AppSettings::ratePerMinute() const
{
    return std::clamp(m_settings.value(QStringLiteral("api/ratePerMinute"), 50).toInt(), 1, 10'000);
}

void AppSettings::setRatePerMinute(int perMinute)
{
    m_settings.setValue(QStringLiteral("api/ratePerMinute"), perMinute);
}

int AppSettings::requestTimeoutSeconds() const
{
    return std::clamp(m_settings.value(QStringLiteral("api/timeoutSeconds"), 30).toInt(), 1, 600);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("api/timeoutSeconds"), seconds);
}

double AppSettings::backgroundShare() const
{
    return std::clamp(m_settings.value(QStringLiteral("api/backgroundShare"), 0.8).toDouble(), 0.1, 1.0);
}

void AppSettings::setBackgroundShare(double share)
{
    m_settings.setValue(QStringLiteral("api/backgroundShare"), share);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

bool AppSettings::useTeamRegistry() const
{
    return m_settings.value(QStringLiteral("registry/kind")).toString() == QLatin1String("team");
}

void AppSettings::setUseTeamRegistry(bool on)
{
    m_settings.setValue(QStringLiteral("registry/kind"), on ? QStringLiteral("team") : QStringLiteral("local"));
}

TeamDatabase AppSettings::teamDatabase() const
{
    TeamDatabase team;
    team.host = m_settings.value(QStringLiteral("registry/teamHost")).toString();
    team.port = std::clamp(m_settings.value(QStringLiteral("registry/teamPort"), 5432).toInt(), 1, 65535);
    team.database = m_settings.value(QStringLiteral("registry/teamDatabase"), QStringLiteral("portdesk")).toString();
    team.user = m_settings.value(QStringLiteral("registry/teamUser")).toString();
    team.sslMode = m_settings.value(QStringLiteral("registry/teamSslMode")).toString();
    team.sslRootCert = m_settings.value(QStringLiteral("registry/teamSslRootCert")).toString();
    return team;
}

void AppSettings::setTeamDatabase(const TeamDatabase &team)
{
    m_settings.setValue(QStringLiteral("registry/teamHost"), team.host.trimmed());
    m_settings.setValue(QStringLiteral("registry/teamPort"), team.port);
    m_settings.setValue(QStringLiteral("registry/teamDatabase"), team.database.trimmed());
    m_settings.setValue(QStringLiteral("registry/teamUser"), team.user.trimmed());
    m_settings.setValue(QStringLiteral("registry/teamSslMode"), team.sslMode);
    m_settings.setValue(QStringLiteral("registry/teamSslRootCert"), team.sslRootCert.trimmed());
}

} // namespace portdesk
