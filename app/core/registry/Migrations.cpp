#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace portdesk {

namespace {

struct Migration
{
    int version;
    QStringList statements; // %AUTOID% becomes the driver's auto-increment primary key
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE orders ("
                         " order_id TEXT PRIMARY KEY,"
                         " number TEXT NOT NULL,"
                         " carrier TEXT NOT NULL DEFAULT '',"
                         " subscriber TEXT NOT NULL DEFAULT '',"
                         " classification TEXT NOT NULL DEFAULT '',"
                         " account_number TEXT NOT NULL DEFAULT '',"
                         " street1 TEXT NOT NULL DEFAULT '',"
                         " street2 TEXT NOT NULL DEFAULT '',"
                         " city TEXT NOT NULL DEFAULT '',"
                         " state TEXT NOT NULL DEFAULT '',"
                         " zip TEXT NOT NULL DEFAULT '',"
                         " iccid TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL DEFAULT '',"
                         " status_message TEXT NOT NULL DEFAULT '',"
                         " status_group TEXT NOT NULL DEFAULT 'open',"
                         " order_date BIGINT NOT NULL DEFAULT 0,"
                         " submitted_at BIGINT NOT NULL,"
                         " submitted_by TEXT NOT NULL DEFAULT '',"
                         " last_checked BIGINT NOT NULL DEFAULT 0,"
                         " last_changed BIGINT NOT NULL DEFAULT 0,"
                         " not_found INTEGER NOT NULL DEFAULT 0,"
                         " outcome_unknown INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX orders_by_group ON orders (status_group, last_checked)"),
          QStringLiteral("CREATE INDEX orders_by_number ON orders (number)"),
          QStringLiteral("CREATE TABLE order_events ("
                         " id %AUTOID%,"
                         " order_id TEXT NOT NULL REFERENCES orders (order_id),"
                         " at BIGINT NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " old_status TEXT NOT NULL DEFAULT '',"
                         " new_status TEXT NOT NULL DEFAULT '',"
                         " message TEXT NOT NULL DEFAULT '',"
                         " who TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX order_events_by_order ON order_events (order_id, at)")}},
        // Facts about the registry itself; a team database records the AccountKey it serves.
        {2,
         {QStringLiteral("CREATE TABLE registry_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
    };
    return list;
}

// Any constant distinct from the poll lock keys (those are hashes of the AccountKey).
constexpr qint64 kMigrationLock = 0x506f72744465736b; // "PortDesk"

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Migrations::apply(QSqlDatabase &db, QString *error)
{
    // Desks of a team may start together: on PostgreSQL one of them migrates while the others
    // wait on this lock, then find nothing left to do. (SQLite serialises writers by itself.)
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock))) {
            *error = QCoreApplication::translate("Migrations", "Cannot prepare the order database: %1").arg(lock.lastError().text());
            return false;
        }
        const bool ok = applyAll(db, error);
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        return ok;
    }
    return applyAll(db, error);
}

bool Migrations::applyAll(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"))) {
        *error = QCoreApplication::translate("Migrations", "Cannot prepare the order database: %1").arg(q.lastError().text());
        return false;
    }
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        *error = QCoreApplication::translate("Migrations", "The order database was written by a newer PortDesk (schema %1, this version knows %2). "
                    "Update PortDesk; the database was not changed.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    const QString autoId = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        if (!db.transaction()) {
            *error = QCoreApplication::translate("Migrations", "Cannot start a transaction on the order database: %1").arg(db.lastError().text());
            return false;
        }
        for (QString sql : m.statements) {
            sql.replace(QLatin1String("%AUTOID%"), autoId);
            if (!q.exec(sql)) {
                *error = QCoreApplication::translate("Migrations", "Updating the order database to schema %1 failed: %2").arg(m.version).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            *error = QCoreApplication::translate("Migrations", "Updating the order database to schema %1 failed: %2").arg(m.version).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace portdesk
