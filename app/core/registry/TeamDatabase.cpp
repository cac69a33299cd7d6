#include "TeamDatabase.h"
#include "telegent/ApiBaseUrl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace portdesk {

namespace {
const QString kVerifyFull = QStringLiteral("verify-full");
const QString kDisable = QStringLiteral("disable");

// A value in libpq's conninfo syntax: quoted, with backslash and quote escaped (a CA file path
// may hold spaces).
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

QString TeamDatabase::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamDatabase::keychainKey() const
{
    return QStringLiteral("team-db/%1").arg(describe());
}

bool TeamDatabase::isLoopback() const
{
    return host.startsWith(QLatin1Char('/')) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           ApiBaseUrl::isLoopbackHost(host); // the API's rule for "this computer"
}

QString TeamDatabase::effectiveSslMode() const
{
    if (isLoopback())
        return sslMode; // as before: nothing crosses a network
    return sslMode == kDisable ? kDisable : kVerifyFull;
}

QString TeamDatabase::transportRefusal() const
{
    // Qt's driver turns ';' into a separator before libpq sees the options.
    if (sslRootCert.contains(QLatin1Char(';')))
        return QCoreApplication::translate("portdesk::TeamDatabase",
                                           "The CA certificate's file name must not contain ';': %1")
            .arg(sslRootCert);
    if (!isLoopback() && !sslMode.isEmpty() && sslMode != kVerifyFull && sslMode != kDisable)
        return QCoreApplication::translate(
                   "portdesk::TeamDatabase",
                   "The team database on %1 is on another computer: PortDesk reaches it only over TLS with its "
                   "certificate verified (sslmode=verify-full, the default), or in plaintext when sslmode=disable "
                   "says so. sslmode=%2 does not check who answers.")
            .arg(host, sslMode);
    return {};
}

bool TeamDatabase::isPlaintextOverNetwork() const
{
    return !isLoopback() && effectiveSslMode() == kDisable;
}

QString TeamDatabase::plaintextWarning() const
{
    return QCoreApplication::translate("portdesk::TeamDatabase",
                                       "The team database on %1 is used without encryption (sslmode=disable): names, "
                                       "billing addresses and account numbers cross the network in plaintext.")
        .arg(host);
}

QSqlDatabase TeamDatabase::addConnection(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    // A silent network loss must end the session (and so release the polling lock) within
    // seconds, not the kernel's two hours: the keepalives bound the takeover time.
    QString options = QStringLiteral("connect_timeout=%1;application_name=PortDesk;keepalives=1;"
                                     "keepalives_idle=10;keepalives_interval=5;keepalives_count=3;"
                                     "options=-cclient_min_messages=warning")
                          .arg(qMax(1, connectTimeoutSeconds));
    // A refused setting still never goes out weaker than verify-full (see effectiveSslMode).
    if (const QString mode = effectiveSslMode(); !mode.isEmpty())
        options += QStringLiteral(";sslmode=") + mode;
    if (!sslRootCert.isEmpty() && !sslRootCert.contains(QLatin1Char(';')))
        options += QStringLiteral(";sslrootcert=") + conninfoValue(sslRootCert);
    db.setConnectOptions(options);
    return db;
}

qint64 accountLockKey(const char *purpose, const QString &accountKey)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayLiteral("portdesk/") + purpose + '/' + accountKey.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

} // namespace portdesk
