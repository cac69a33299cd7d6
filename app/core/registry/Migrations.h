#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// The order registry's schema, versioned. Each migration runs once, in a transaction, and is
// recorded in schema_migrations; the same list serves SQLite and PostgreSQL through Qt SQL.
// Rule: never edit a released migration, add a new one.
class Migrations
{
public:
    static int latestVersion();
    // Brings db to the latest version. Returns false with *error when a step fails (nothing of
    // that step is kept) or when the database is newer than this program knows.
    static bool apply(QSqlDatabase &db, QString *error);
    static int currentVersion(QSqlDatabase &db);

private:
    static bool applyAll(QSqlDatabase &db, QString *error);
};

} // namespace portdesk
