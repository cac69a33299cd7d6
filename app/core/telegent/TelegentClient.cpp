#include "TelegentClient.h"
#include "common/Redaction.h"

#include <QCoreApplication>

namespace portdesk {

TelegentClient::TelegentClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock),
      // No target until the desk sets one: a request made while it starts is refused, never
      // sent to the real API by default (a trainee's practice port among them).
      m_base{QUrl(),
             QCoreApplication::translate("TelegentClient", "PortDesk is still starting: no API address is set yet.")},
      m_scheduler(nam, clock), m_tokens(this)
{
}

void TelegentClient::setBaseUrl(const ApiBaseUrl &base)
{
    m_base = base;
    m_tokens.clear(); // tokens are scoped to full URLs: a new host means new tokens
}

void TelegentClient::setCredentials(const QString &accountKey, const QString &accountSecret)
{
    m_accountKey = accountKey.trimmed();
    m_accountSecret = accountSecret;
    redaction::registerSecret(accountSecret);
    m_tokens.clear();
}

} // namespace portdesk
