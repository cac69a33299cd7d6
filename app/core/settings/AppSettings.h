#pragma once
#include <QSettings>
#include <QString>

#include "registry/TeamDatabase.h"

namespace portdesk {

// Typed access to the non-secret settings (QSettings). Secrets live in the keychain only.
class AppSettings
{
public:
    AppSettings();
    QString apiBaseUrl() const;
    void setApiBaseUrl(const QString &url);
    QString accountKey() const; // identity only; the AccountSecret is in the keychain
    void setAccountKey(const QString &key);
    int ratePerMinute() const;
    void setRatePerMinute(int perMinute);
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    double backgroundShare() const;
    void setBackgroundShare(double share);
    // "" = the system's language; otherwise a locale name such as "en_US".
    QString language() const;
    void setLanguage(const QString &language);
    // Order registry: this computer (SQLite, default) or the team's PostgreSQL database.
    bool useTeamRegistry() const;
    void setUseTeamRegistry(bool on);
    // Without the password, which lives in the keychain; with its sslmode and CA file.
    TeamDatabase teamDatabase() const;
    void setTeamDatabase(const TeamDatabase &team);

private:
    mutable QSettings m_settings;
};

} // namespace portdesk
