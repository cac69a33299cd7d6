#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// Where a team's shared order registry lives: a PostgreSQL database reached through Qt's QPSQL
// driver. The password is never part of the saved settings; it comes from the keychain (or
// libpq's own ~/.pgpass / PGPASSWORD when left empty) and lives in memory only.
struct TeamDatabase
{
    QString host; // name, address, or a socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password; // runtime only

    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
    // "user@host:port/database", for titles and messages (no password).
    QString describe() const;
    // The keychain entry holding this connection's password.
    QString keychainKey() const;

    // A new QPSQL connection under `connectionName`, not yet opened. Connection options bound
    // how long a dead server or network can stall the desk (connect timeout, TCP keepalives).
    QSqlDatabase addConnection(const QString &connectionName) const;
};

// The advisory-lock key that elects a team's polling desk: the same for every desk of one
// Telegent account, different for other accounts sharing the server.
qint64 pollLockKey(const QString &accountKey);

} // namespace portdesk
