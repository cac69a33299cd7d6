#include "RegistryFile.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace portdesk {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A connection that exists only for the duration of one check; removed whatever happens.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("portdesk-registry-file-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QString RegistryFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/orders.sqlite");
}

bool RegistryFile::open(const QString &path, const QString &connectionName, QSqlDatabase *db, QString *why)
{
    const bool memory = path == QLatin1String(":memory:");
    bool folderIsOurs = false;
    if (!memory) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        folderIsOurs = !QFileInfo::exists(folder) || folder == QFileInfo(defaultPath()).absolutePath();
        if (!QDir().mkpath(folder)) {
            *why = QCoreApplication::translate("RegistryFile", "cannot create the folder %1")
                       .arg(QDir::toNativeSeparators(folder));
            return false;
        }
        // Checked through a read-only connection before anything may write to it.
        switch (inspect(path, why)) {
        case State::Refused:
            return false;
        case State::Missing:
            if (!create(path, why))
                return false;
            break;
        case State::Ours:
            break;
        }
        if (!makePrivate(path, folderIsOurs, why))
            return false;
    }
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->setDatabaseName(path);
    // Another desk process or a backup tool may hold the file briefly: wait, do not fail at once.
    db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->open()) {
        *why = db->lastError().text();
        return false;
    }
    QSqlQuery q(*db);
    // The file is PortDesk's (inspect): WAL may be switched on (registries are created with it).
    if (!memory && (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())) {
        *why = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.finish();
    if (!Migrations::apply(*db, why))
        return false;
    return memory || makePrivate(path, folderIsOurs, why); // -wal and -shm exist now
}

RegistryFile::State RegistryFile::inspect(const QString &path, QString *why)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return State::Missing;
    const auto refuse = [why](const QString &text) {
        *why = text;
        return State::Refused;
    };
    if (info.isDir())
        return refuse(QCoreApplication::translate("RegistryFile", "it is a folder, not a file"));
    if (!info.isFile())
        return refuse(QCoreApplication::translate("RegistryFile", "it is not a regular file"));
    if (info.size() == 0)
        return refuse(QCoreApplication::translate(
            "RegistryFile", "the file is empty (0 bytes), so it is not a PortDesk order database"));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(file.errorString());
        if (file.read(16) != QByteArray("SQLite format 3", 16))
            return refuse(QCoreApplication::translate("RegistryFile", "it is not an SQLite database"));
    }
    ScopedConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlDatabase db = connection.db();
    if (!db.open())
        return refuse(db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return refuse(q.lastError().text());
    const qint32 id = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return refuse(q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    const bool portDeskTables =
        tables.contains(QLatin1String("schema_migrations")) && tables.contains(QLatin1String("orders"));
    // Registries written before the application id existed have PortDesk's tables and id 0.
    if (id != Migrations::applicationId() && !(id == 0 && portDeskTables))
        return refuse(
            id != 0
                ? QCoreApplication::translate("RegistryFile", "it belongs to another program (application id %1)")
                      .arg(id)
                : QCoreApplication::translate("RegistryFile", "it is another program's database (no PortDesk tables)"));
    const int version = Migrations::currentVersion(db);
    if (version > Migrations::latestVersion())
        return refuse(QCoreApplication::translate(
                          "RegistryFile",
                          "it was written by a newer PortDesk (schema %1, this version knows %2); update PortDesk")
                          .arg(version)
                          .arg(Migrations::latestVersion()));
    return State::Ours;
}

bool RegistryFile::create(const QString &path, QString *why)
{
    const QString temp = path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        ScopedConnection connection(temp, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlDatabase db = connection.db();
        if (!db.open()) {
            *why = db.lastError().text();
            QFile::remove(temp);
            return false;
        }
        QFile::setPermissions(temp, kPrivateFile); // before any row could be written to it
        QSqlQuery q(db);
        QString error;
        const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.finish(); // a statement still open would keep the migration from committing
        if (!wal || !Migrations::apply(db, &error)) {
            *why = error.isEmpty() ? q.lastError().text() : error;
            q.finish();
            db.close();
            QFile::remove(temp);
            return false;
        }
    } // closed: SQLite folds the -wal file into the database and removes it
    QFile::setPermissions(temp, kPrivateFile);
    // QFile::rename never replaces an existing file: whoever comes first keeps theirs.
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (!QFileInfo::exists(path)) {
            *why = QCoreApplication::translate("RegistryFile", "cannot move the new database into place");
            return false;
        }
    }
    return true;
}

bool RegistryFile::makePrivate(const QString &path, bool folderIsOurs, QString *why)
{
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo(file).isFile() && QFile::permissions(file) != kPrivateFile &&
            !QFile::setPermissions(file, kPrivateFile)) {
            *why = QCoreApplication::translate("RegistryFile", "cannot make %1 private to its owner").arg(file);
            return false;
        }
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (folderIsOurs &&
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *why =
            QCoreApplication::translate("RegistryFile", "cannot make the folder %1 private to its owner").arg(folder);
        return false;
    }
    return true;
}

} // namespace portdesk
