#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

#include "TeamDatabase.h"
#include "credentials/TokenSeal.h"
#include "telegent/SharedBudget.h"
#include "telegent/SharedTokens.h"

namespace portdesk {

// The team ledger's side that talks to PostgreSQL: one connection of its own, used only on the
// ledger's thread (TeamLedger), so that a slow or unreachable server never stalls the desk. Each
// question is one call of a function of TeamLedgerSchema, one round trip. A failed call closes
// the connection; the next question after a short pause opens a new one.
class TeamLedgerSession : public QObject
{
    Q_OBJECT
public:
    TeamLedgerSession(const TeamDatabase &database, const QString &accountKey, const QString &accountSecret,
                      const QString &desk);
    ~TeamLedgerSession() override;

    SharedBudget::Answer take(Priority p, int limit, int backgroundLimit, qint64 reuseMs);
    SharedBudget::Answer record(const QList<qint64> &agesMs, qint64 reuseMs);
    SharedTokens::Claim claim(const QString &endpoint, qint64 renewBeforeMs);
    void store(const QString &endpoint, const QString &value, qint64 lifeMs);
    void release(const QString &endpoint);
    void invalidate(const QString &endpoint, const QString &value);

signals:
    // Another desk (or this one) retired the team's token for endpoint.
    void tokenInvalidated(const QString &endpoint);

private:
    bool ensureOpen(QString *why);
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    QString failed(const QString &what);

    TeamDatabase m_database;
    QString m_account;
    qint64 m_budgetLock;
    TokenSeal m_seal;
    QString m_desk;
    QString m_connectionName;
    QSqlDatabase m_db;
    QElapsedTimer m_sinceFailure; // valid after a failure: reconnects wait kReconnectPauseMs
    QString m_lastFailure;
};

} // namespace portdesk
