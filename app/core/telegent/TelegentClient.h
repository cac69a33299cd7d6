#pragma once
#include <QObject>

#include "ApiBaseUrl.h"
#include "RequestScheduler.h"
#include "TokenBroker.h"

class QNetworkAccessManager;

namespace portdesk {

// The shared state every API operation runs on: base URL, credentials (in memory only), the
// request scheduler (budget, priorities, retries) and the token broker. One per application,
// on the application's single QNetworkAccessManager.
class TelegentClient : public QObject
{
    Q_OBJECT
public:
    TelegentClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);

    void setBaseUrl(const ApiBaseUrl &base);
    const ApiBaseUrl &baseUrl() const { return m_base; }
    // Changing credentials drops every token issued for the old ones.
    void setCredentials(const QString &accountKey, const QString &accountSecret);
    bool hasCredentials() const { return !m_accountKey.isEmpty() && !m_accountSecret.isEmpty(); }
    QString accountKey() const { return m_accountKey; }
    QString accountSecret() const { return m_accountSecret; }

    QUrl endpointUrl(const QString &path) const { return m_base.endpoint(path); }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    Clock *clock() const { return m_clock; }
    RequestScheduler *scheduler() { return &m_scheduler; }
    TokenBroker *tokens() { return &m_tokens; }

private:
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    ApiBaseUrl m_base;
    QString m_accountKey;
    QString m_accountSecret;
    RequestScheduler m_scheduler;
    TokenBroker m_tokens;
};

} // namespace portdesk
