#include "Migrations.h"
#include "LegacyOrderTexts.h"

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
    QStringList statements; // %AUTOID%: the driver's auto-increment primary key; %BLOB%: its byte type
    // Run after the statements, in the same transaction: a rewrite SQL alone can not say.
    bool (*step)(QSqlDatabase &db, QString *error) = nullptr;
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
        {2, {QStringLiteral("CREATE TABLE registry_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
        // Write-ahead of every send (SendJournal) and one holder per number: the primary key is
        // what stops two processes (or two desks of a team) from ordering one number twice.
        // Intents keep the number, the operation, who and when: never a PIN.
        {3,
         {QStringLiteral(
              "CREATE TABLE number_claims (number TEXT PRIMARY KEY, holder TEXT NOT NULL, since BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE send_intents ("
                         " id %AUTOID%,"
                         " operation TEXT NOT NULL,"
                         " number TEXT NOT NULL DEFAULT '',"
                         " order_id TEXT NOT NULL DEFAULT '',"
                         " who TEXT NOT NULL DEFAULT '',"
                         " at BIGINT NOT NULL,"
                         " host TEXT NOT NULL DEFAULT '',"
                         " pid BIGINT NOT NULL DEFAULT 0,"
                         " state TEXT NOT NULL DEFAULT 'sending',"
                         " answer TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX send_intents_by_state ON send_intents (state)"),
          // Orders recorded before this version hold their numbers from now on.
          QStringLiteral("INSERT INTO number_claims (number, holder, since)"
                         " SELECT number, MIN(order_id), MIN(submitted_at) FROM orders"
                         " WHERE number <> '' AND status_group NOT IN ('completed', 'cancelled') GROUP BY number")}},
        // PortDesk's own words in statuses and events become codes (OrderTexts): a team database
        // serves desks in several languages, each shows them in its own.
        {4, {}, &LegacyOrderTexts::migrate},
        // The customer's authorization (authorization/Authorization.h): a port-in waiting for its
        // signed LOA is a row of its own; the write-ahead of a send keeps the authorization it
        // goes out with (an interrupted send still has it); on a team database the signed
        // copies live in the database (a desk's SQLite registry keeps them in a folder beside it).
        // "consent": AUTHORIZATION is a reserved word in PostgreSQL.
        {5,
         {QStringLiteral("ALTER TABLE orders ADD COLUMN awaiting_authorization INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE send_intents ADD COLUMN consent TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE TABLE authorization_files ("
                         " sha256 TEXT PRIMARY KEY,"
                         " name TEXT NOT NULL,"
                         " size BIGINT NOT NULL,"
                         " content %BLOB% NOT NULL,"
                         " at BIGINT NOT NULL)")}},
        // The port date the agent asked Telegent for in an update (PortInDate, YYYY-MM-DD; '' none).
        {6, {QStringLiteral("ALTER TABLE orders ADD COLUMN requested_port_date TEXT NOT NULL DEFAULT ''")}},
        // The texts sent to customers (CustomerTexts), written ahead like every send. The unique
        // (order, trigger) pair is what makes a text exactly-once across desks and restarts: a
        // second claim of one status change, by any process on the registry, inserts nothing.
        // body is the rendered text, which never holds a secret (TextTemplates); reason: why a
        // text was refused or skipped.
        {7,
         {QStringLiteral("CREATE TABLE customer_texts ("
                         " id %AUTOID%,"
                         " order_id TEXT NOT NULL,"
                         " trigger_key TEXT NOT NULL,"
                         " to_number TEXT NOT NULL DEFAULT '',"
                         " body TEXT NOT NULL DEFAULT '',"
                         " state TEXT NOT NULL DEFAULT 'sending',"
                         " message_id TEXT NOT NULL DEFAULT '',"
                         " message_status TEXT NOT NULL DEFAULT '',"
                         " status_checks INTEGER NOT NULL DEFAULT 0,"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " host TEXT NOT NULL DEFAULT '',"
                         " pid BIGINT NOT NULL DEFAULT 0,"
                         " who TEXT NOT NULL DEFAULT '',"
                         " created_ms BIGINT NOT NULL,"
                         " updated_ms BIGINT NOT NULL,"
                         " UNIQUE (order_id, trigger_key))"),
          QStringLiteral("CREATE INDEX customer_texts_by_state ON customer_texts (state)")}},
    };
    return list;
}

// Any constant distinct from the poll lock keys (those are hashes of the AccountKey).
constexpr qint64 kMigrationLock = 0x506f72744465736b; // "PortDesk"

} // namespace

qint32 Migrations::applicationId()
{
    return 0x50446b52; // "PDkR": PRAGMA application_id of every PortDesk SQLite registry
}

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
            *error = QCoreApplication::translate("Migrations", "Cannot prepare the order database: %1")
                         .arg(lock.lastError().text());
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
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    const auto fail = [&](const QString &why) {
        *error = why;
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    // Nothing to do is decided without a write (a read-only or busy file still opens)...
    const auto idOk = [&] {
        return postgres ||
               (q.exec(QStringLiteral("PRAGMA application_id")) && q.next() && q.value(0).toInt() == applicationId());
    };
    if (currentVersion(db) == latestVersion() && idOk())
        return true;
    q.finish();
    // ...anything else happens in one write transaction taken at once: SQLite's BEGIN IMMEDIATE
    // waits out the busy timeout for the file's write lock, so two desks starting together on a
    // new file migrate one after the other, the second finding nothing left to do.
    if (!(postgres ? db.transaction() : q.exec(QStringLiteral("BEGIN IMMEDIATE"))))
        return fail(QCoreApplication::translate("Migrations", "Cannot start a transaction on the order database: %1")
                        .arg(postgres ? db.lastError().text() : q.lastError().text()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")))
        return fail(QCoreApplication::translate("Migrations", "Cannot prepare the order database: %1")
                        .arg(q.lastError().text()));
    const int current = currentVersion(db);
    if (current > latestVersion())
        return fail(QCoreApplication::translate(
                        "Migrations",
                        "The order database was written by a newer PortDesk (schema %1, this version knows %2). "
                        "Update PortDesk; the database was not changed.")
                        .arg(current)
                        .arg(latestVersion()));
    const QString autoId =
        postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        for (QString sql : m.statements) {
            sql.replace(QLatin1String("%AUTOID%"), autoId);
            sql.replace(QLatin1String("%BLOB%"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
            if (!q.exec(sql))
                return fail(
                    QCoreApplication::translate("Migrations", "Updating the order database to schema %1 failed: %2")
                        .arg(m.version)
                        .arg(q.lastError().text()));
        }
        QString why;
        if (m.step && !m.step(db, &why))
            return fail(QCoreApplication::translate("Migrations", "Updating the order database to schema %1 failed: %2")
                            .arg(m.version)
                            .arg(why));
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return fail(QCoreApplication::translate("Migrations", "Updating the order database to schema %1 failed: %2")
                            .arg(m.version)
                            .arg(q.lastError().text()));
    }
    if (!postgres && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId())))
        return fail(QCoreApplication::translate("Migrations", "Cannot mark the order database as PortDesk's: %1")
                        .arg(q.lastError().text()));
    q.finish();
    if (!db.commit())
        return fail(QCoreApplication::translate("Migrations", "Updating the order database failed: %1")
                        .arg(db.lastError().text()));
    return true;
}

} // namespace portdesk
