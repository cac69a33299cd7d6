#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include "TeamDatabase.h"

namespace portdesk {

// Decides which desk of a team polls Telegent for one account: the desk whose database session
// holds a PostgreSQL session-level advisory lock keyed by the AccountKey. The lock lives exactly
// as long as that session, so a desk that exits, crashes or loses the network (TCP keepalives,
// see TeamDatabase) frees it without anyone cleaning up; the others try again every
// retryInterval and one of them takes over.
//
// It uses a connection of its own, so that the registry's transactions and reconnects never
// drop or duplicate the lock.
class PollLease : public QObject
{
    Q_OBJECT
public:
    PollLease(const TeamDatabase &database, const QString &accountKey, QObject *parent = nullptr);
    ~PollLease() override; // releases the lock and closes the session

    // Tries at once, then every retryIntervalMs while another desk holds the lock; while held,
    // checks every retryIntervalMs that the session (and so the lock) is still there.
    void start(int retryIntervalMs = 10'000);
    void stop();
    bool isHeld() const { return m_held; }
    // Why the last attempt could not reach the database (empty when it could).
    QString lastError() const { return m_lastError; }

signals:
    void acquired();
    void lost(const QString &why);

private:
    void tick();
    bool ensureOpen();
    void setHeld(bool held, const QString &why = {});

    TeamDatabase m_database;
    qint64 m_key;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;
    bool m_held = false;
    QString m_lastError;
};

} // namespace portdesk
