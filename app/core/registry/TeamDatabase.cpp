#include "TeamDatabase.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace portdesk {

QString TeamDatabase::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamDatabase::keychainKey() const
{
    return QStringLiteral("team-db/%1").arg(describe());
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
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=PortDesk;keepalives=1;"
                                        "keepalives_idle=10;keepalives_interval=5;keepalives_count=3;"
                                        "options=-cclient_min_messages=warning"));
    return db;
}

qint64 pollLockKey(const QString &accountKey)
{
    const QByteArray digest =
        QCryptographicHash::hash("portdesk/poll/" + accountKey.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

} // namespace portdesk
