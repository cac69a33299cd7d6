#include "PollLease.h"
#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace portdesk {

PollLease::PollLease(const TeamDatabase &database, const QString &accountKey, QObject *parent)
    : QObject(parent), m_database(database), m_key(pollLockKey(accountKey)),
      m_connectionName(QStringLiteral("portdesk-lease-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &PollLease::tick);
}

PollLease::~PollLease()
{
    blockSignals(true); // going away is not news for the desk: it is shutting down
    stop();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PollLease::start(int retryIntervalMs)
{
    m_timer.start(retryIntervalMs);
    tick();
}

void PollLease::stop()
{
    m_timer.stop();
    if (m_db.isOpen() && m_held) {
        // Closing the session frees the lock anyway; unlocking first makes the hand-over
        // independent of how fast the server notices the closed socket.
        {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
            q.addBindValue(m_key);
            q.exec();
        }
    }
    m_db.close();
    setHeld(false, tr("this desk stopped polling"));
}

bool PollLease::ensureOpen()
{
    if (m_db.isOpen())
        return true;
    if (!m_db.isValid())
        m_db = m_database.addConnection(m_connectionName);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    return true;
}

void PollLease::tick()
{
    if (!ensureOpen())
        return setHeld(false, tr("the team database cannot be reached: %1").arg(m_lastError));
    QSqlQuery q(m_db);
    const auto drop = [&] {
        q.finish();
        q = QSqlQuery();
        m_db.close();
    };
    if (m_held) {
        // Still our session? Any failure means the session (and the lock with it) is gone.
        if (q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                  "AND pid = pg_backend_pid()")) &&
            q.next() && q.value(0).toInt() > 0)
            return;
        m_lastError = q.lastError().text();
        drop();
        return setHeld(false, tr("the connection to the team database was lost: %1").arg(m_lastError));
    }
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    q.addBindValue(m_key);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        drop();
        return;
    }
    m_lastError.clear();
    if (q.value(0).toBool())
        setHeld(true);
}

void PollLease::setHeld(bool held, const QString &why)
{
    if (held == m_held)
        return;
    m_held = held;
    qCInfo(lcApp).noquote() << (held ? "poll lease acquired" : "poll lease lost:") << why;
    if (held)
        emit acquired();
    else
        emit lost(why);
}

} // namespace portdesk
