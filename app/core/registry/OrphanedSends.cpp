#include "OrphanedSends.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace portdesk {

bool writerMayStillRun(qint64 pid)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false; // our pid at our own start-up: a previous process that had the same number
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // not knowable here: left to the age rule
#endif
}

QList<OrphanedSend> findOrphanedSends(QSqlDatabase &db, qint64 nowMs, qint64 foreignAfterMs, QString *error)
{
    QList<OrphanedSend> orphans;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, operation, number, order_id, who, at, host, pid, consent FROM send_intents "
                               "WHERE state = 'sending' ORDER BY id"))) {
        *error = QCoreApplication::translate("SendJournal", "Cannot read the sends on their way: %1")
                     .arg(q.lastError().text());
        return {};
    }
    const QString host = QSysInfo::machineHostName();
    while (q.next()) {
        const qint64 at = q.value(5).toLongLong();
        const bool here = q.value(6).toString() == host;
        if (here ? writerMayStillRun(q.value(7).toLongLong()) : nowMs - at < foreignAfterMs)
            continue; // its process may still be waiting for the answer
        orphans.append({q.value(0).toLongLong(), at, q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(8).toString()});
    }
    return orphans;
}

} // namespace portdesk
