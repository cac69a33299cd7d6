#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// The order registry's schema, versioned. All missing migrations run once, in one exclusive
// transaction (SQLite: BEGIN IMMEDIATE under the busy timeout; PostgreSQL: an advisory lock), and are
// recorded in schema_migrations; the same list serves SQLite and PostgreSQL through Qt SQL.
// Rule: never edit a released migration, add a new one.
class Migrations
{
public:
    static int latestVersion();
    // SQLite's PRAGMA application_id of a PortDesk registry: how a file is known to be ours.
    static qint32 applicationId();
    // Brings db to the latest version. Returns false with *error when a step fails (nothing of
    // that step is kept) or when the database is newer than this program knows.
    static bool apply(QSqlDatabase &db, QString *error);
    static int currentVersion(QSqlDatabase &db);

private:
    static bool applyAll(QSqlDatabase &db, QString *error);
};

} // namespace portdesk
