#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// The SQLite file of a desk's order registry, before a connection may write to it: is it
// PortDesk's, create it whole, keep it private. A file that is not PortDesk's (another program's
// database, a newer schema, an empty or random file, a folder) is refused before anything could
// write to it: it is read through a read-only connection, and no journal mode is switched.
class RegistryFile
{
public:
    enum class State
    {
        Missing,
        Ours,
        Refused
    };
    // The default file under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // Opens path (":memory:" for a throw-away registry) as connection `connectionName` in *db:
    // the folder made, the file inspected (created when missing), private, in WAL mode, migrated.
    // *db is the connection whether or not this worked; false with *why, the file left as it was.
    static bool open(const QString &path, const QString &connectionName, QSqlDatabase *db, QString *why);
    // Missing: nothing at path. Ours: a PortDesk registry this version can use. Refused: *why says
    // why in words for the user.
    static State inspect(const QString &path, QString *why);
    // Builds an empty registry (schema, application id, WAL) in a private file next to path and
    // moves it into place only if path is still free, so that no process ever sees a half-made
    // registry; when another process was first, its file is kept. False with *why on failure.
    static bool create(const QString &path, QString *why);
    // The registry and its -wal/-shm files readable by their owner only (they hold names,
    // addresses and account numbers), and the folder when it is PortDesk's own (created here, or
    // the default one): 0700. False with *why when a file cannot be changed.
    static bool makePrivate(const QString &path, bool folderIsOurs, QString *why);
};

} // namespace portdesk
