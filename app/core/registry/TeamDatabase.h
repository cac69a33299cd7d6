#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// Where a team's shared order registry lives: a PostgreSQL database reached through Qt's QPSQL
// driver. The password is never part of the saved settings; it comes from the keychain (or
// libpq's own ~/.pgpass / PGPASSWORD when left empty) and lives in memory only.
// The transport rule is here too, as for the API: a server on another computer is reached only
// over TLS with its certificate verified, unless sslmode=disable says plaintext on purpose.
struct TeamDatabase
{
    QString host; // name, address, or a socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode as the user gave it: empty = the rule's default (verify-full for a server
    // on another computer, libpq's own default on this one); "disable" = plaintext on purpose.
    QString sslMode;
    QString sslRootCert; // the CA file that signed the server's certificate (empty: libpq's ~/.postgresql/root.crt)
    int connectTimeoutSeconds = 5;
    QString password; // runtime only

    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
    // "user@host:port/database", for titles and messages (no password).
    QString describe() const;
    // The keychain entry holding this connection's password.
    QString keychainKey() const;

    // This computer: a socket directory, localhost or a loopback address. Nothing crosses a network.
    bool isLoopback() const;
    // The sslmode libpq is given; empty leaves libpq's default (loopback only).
    QString effectiveSslMode() const;
    // Why these settings are not used (a weaker sslmode for a server on another computer), or empty.
    QString transportRefusal() const;
    // Plaintext across the network (sslmode=disable for a server on another computer): the
    // Connection tab and portdesk-cli say so every time, in these words.
    bool isPlaintextOverNetwork() const;
    QString plaintextWarning() const;

    // A new QPSQL connection under `connectionName`, not yet opened. Connection options bound
    // how long a dead server or network can stall the desk (connect timeout, TCP keepalives) and
    // carry the TLS rule above: every connection (registry, polling lease, trial) is made here.
    QSqlDatabase addConnection(const QString &connectionName) const;
};

// An advisory-lock key for one purpose ("poll", "budget") of one Telegent account: the same for
// every desk of the account, different for other accounts and purposes sharing the server.
qint64 accountLockKey(const char *purpose, const QString &accountKey);
// The key that elects a team's polling desk.
inline qint64 pollLockKey(const QString &accountKey)
{
    return accountLockKey("poll", accountKey);
}

} // namespace portdesk
