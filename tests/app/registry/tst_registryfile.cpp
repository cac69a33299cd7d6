#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/Migrations.h"
#include "registry/RegistryFile.h"

using namespace portdesk;
using namespace portdesk::test;

// The registry's SQLite file: only PortDesk's own is used, and nothing else is changed by trying.
class TestRegistryFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString path() { return m_dir.filePath(QStringLiteral("case%1/orders.sqlite").arg(++m_n)); }

    static QByteArray fingerprint(const QString &path)
    {
        QFileInfo info(path);
        if (info.isDir())
            return "dir:" +
                   QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(',')).toUtf8();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QByteArray::number(info.size()) +
               QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }
    static void sql(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &s : statements)
                QVERIFY2(QSqlQuery(db).exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    static int pragma(const QString &path, const QString &name)
    {
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
                    value = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusesWhatIsNotPortDesksWithoutChangingIt_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("random bytes") << "random"
                                      << "not an SQLite database";
        QTest::newRow("another program's SQLite") << "foreign"
                                                  << "another program";
        QTest::newRow("another application id") << "appid"
                                                << "application id 42";
        QTest::newRow("newer schema") << "newer"
                                      << "newer PortDesk";
        QTest::newRow("a folder") << "folder"
                                  << "folder";
    }
    void refusesWhatIsNotPortDesksWithoutChangingIt()
    {
        QFETCH(QString, kind);
        QFETCH(QString, why);
        const QString file = path();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (kind == QLatin1String("empty")) {
            QFile(file).open(QIODevice::WriteOnly);
        } else if (kind == QLatin1String("random")) {
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(8192, '\x5a'));
        } else if (kind == QLatin1String("folder")) {
            QDir().mkpath(file);
        } else if (kind == QLatin1String("foreign")) {
            sql(file, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                       QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")});
        } else if (kind == QLatin1String("appid")) {
            sql(file, {QStringLiteral("PRAGMA application_id = 42"), QStringLiteral("CREATE TABLE t (x)")});
        } else {
            {
                OrderRegistry reg;
                QString error;
                QVERIFY2(reg.openSqlite(file, &error), qPrintable(error));
            }
            sql(file, {QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)")});
        }
        const QByteArray before = fingerprint(file);
        const int journal = kind == QLatin1String("foreign") ? pragma(file, QStringLiteral("journal_mode")) : 0;
        OrderRegistry reg;
        QString error;
        QVERIFY(!reg.openSqlite(file, &error));
        QVERIFY(!reg.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QCOMPARE(fingerprint(file), before);
        if (kind == QLatin1String("foreign"))
            QCOMPARE(pragma(file, QStringLiteral("journal_mode")), journal); // not switched to WAL
        if (kind != QLatin1String("newer")) // a WAL-mode file may get its -shm/-wal when read
            QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    // Created whole, marked as PortDesk's, private to its owner, in a private folder.
    void aNewRegistryIsPortDesksAndPrivate()
    {
        const QString file = path();
        OrderRegistry reg;
        QString error;
        QVERIFY2(reg.openSqlite(file, &error), qPrintable(error));
        QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-1"), numberFor(1), 1000));
        QCOMPARE(pragma(file, QStringLiteral("application_id")), Migrations::applicationId());
        const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &f : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
            QCOMPARE(QFile::permissions(f) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), privateFile);
        }
        QCOMPARE(QFile::permissions(QFileInfo(file).absolutePath()) &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QDir(QFileInfo(file).absolutePath()).entryList({QStringLiteral("*.new-*")}).isEmpty());
    }

    // A registry of an earlier PortDesk (schema 2, no application id, world-readable) is taken up:
    // migrated, marked, made private, its open orders holding their numbers.
    void anEarlierRegistryIsTakenUp()
    {
        const QString file = path();
        QDir().mkpath(QFileInfo(file).absolutePath());
        sql(file,
            {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO schema_migrations VALUES (1, 0), (2, 0)"),
             QStringLiteral(
                 "CREATE TABLE orders (order_id TEXT PRIMARY KEY, number TEXT NOT NULL, carrier TEXT NOT NULL DEFAULT "
                 "'',"
                 " subscriber TEXT NOT NULL DEFAULT '', classification TEXT NOT NULL DEFAULT '', account_number TEXT "
                 "NOT NULL DEFAULT '',"
                 " street1 TEXT NOT NULL DEFAULT '', street2 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
                 " state TEXT NOT NULL DEFAULT '', zip TEXT NOT NULL DEFAULT '', iccid TEXT NOT NULL DEFAULT '',"
                 " status TEXT NOT NULL DEFAULT '', status_message TEXT NOT NULL DEFAULT '', status_group TEXT NOT "
                 "NULL DEFAULT 'open',"
                 " order_date BIGINT NOT NULL DEFAULT 0, submitted_at BIGINT NOT NULL, submitted_by TEXT NOT NULL "
                 "DEFAULT '',"
                 " last_checked BIGINT NOT NULL DEFAULT 0, last_changed BIGINT NOT NULL DEFAULT 0, not_found INTEGER "
                 "NOT NULL DEFAULT 0,"
                 " outcome_unknown INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE order_events (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL, at BIGINT "
                 "NOT NULL,"
                 " kind TEXT NOT NULL, old_status TEXT NOT NULL DEFAULT '', new_status TEXT NOT NULL DEFAULT '',"
                 " message TEXT NOT NULL DEFAULT '', who TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE registry_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "INSERT INTO orders (order_id, number, status, status_group, submitted_at) VALUES "
                 "('JNUOID-OLD', '%1', 'Pending', 'open', 5), ('JNUOID-DONE', '%2', 'Completed', 'completed', 5)")
                 .arg(numberFor(2), numberFor(3))});
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther);
        OrderRegistry reg;
        QString error;
        QVERIFY2(reg.openSqlite(file, &error), qPrintable(error));
        QCOMPARE(reg.count(), 2);
        QCOMPARE(reg.claimHolder(numberFor(2)), QStringLiteral("JNUOID-OLD"));
        QVERIFY(reg.claimHolder(numberFor(3)).isEmpty());
        QVERIFY(!(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QCOMPARE(pragma(file, QStringLiteral("application_id")), Migrations::applicationId());
    }

    // The desk that comes second to a new registry keeps the first one's file (processes racing
    // for real: the fault tier's twoProcessesOnAFreshRegistry).
    void aSecondCreateKeepsTheFirstFile()
    {
        const QString file = path();
        QDir().mkpath(QFileInfo(file).absolutePath());
        QString e1, e2;
        QVERIFY2(RegistryFile::create(file, &e1), qPrintable(e1));
        {
            OrderRegistry reg;
            QVERIFY2(reg.openSqlite(file, &e1), qPrintable(e1));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-1"), numberFor(1), 1000));
        }
        QVERIFY2(RegistryFile::create(file, &e2), qPrintable(e2));
        QCOMPARE(RegistryFile::inspect(file, &e1), RegistryFile::State::Ours);
        OrderRegistry reg;
        QVERIFY2(reg.openSqlite(file, &e1), qPrintable(e1));
        QCOMPARE(reg.count(), 1);
        QVERIFY(QDir(QFileInfo(file).absolutePath()).entryList({QStringLiteral("*.new-*")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryFile)
#include "tst_registryfile.moc"
