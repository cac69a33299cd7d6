#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "registry/RegistryLocation.h"

using namespace portdesk;

// What --registry and PORTDESK_REGISTRY accept: a SQLite file path or a libpq URI, each fault
// refused with a sentence that says what is wrong (and never repeats a password).
class TestRegistryLocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString caFile()
    {
        QFile f(m_dir.filePath(QStringLiteral("ca.pem")));
        f.open(QIODevice::WriteOnly);
        f.write("-----BEGIN CERTIFICATE-----\n");
        return f.fileName();
    }

private slots:
    void aPathIsASqliteFile()
    {
        const RegistryLocation where = RegistryLocation::parse(QStringLiteral("  /srv/desk/orders.sqlite "));
        QVERIFY(where.ok());
        QCOMPARE(where.sqlitePath, QStringLiteral("/srv/desk/orders.sqlite"));
        QVERIFY(!where.team);
        QVERIFY(RegistryLocation::parse(QStringLiteral("orders.sqlite")).ok()); // relative: as given
    }

    void aUriIsATeamDatabase()
    {
        const RegistryLocation where =
            RegistryLocation::parse(QStringLiteral("postgresql://agent@db.example.com:6543/portdesk"));
        QVERIFY2(where.ok(), qPrintable(where.error));
        QVERIFY(where.sqlitePath.isEmpty());
        QVERIFY(where.team);
        QCOMPARE(where.team->user, QStringLiteral("agent"));
        QCOMPARE(where.team->host, QStringLiteral("db.example.com"));
        QCOMPARE(where.team->port, 6543);
        QCOMPARE(where.team->database, QStringLiteral("portdesk"));
        QVERIFY(where.team->sslMode.isEmpty()); // the rule's default: verify-full off this computer
        QVERIFY(where.team->password.isEmpty());
        // The keychain entry the registry dialog saved for the same server is the one read.
        QCOMPARE(where.team->keychainKey(), QStringLiteral("team-db/agent@db.example.com:6543/portdesk"));
    }

    void postgresSchemeDefaultPortIpv6AndEncodedNames()
    {
        const RegistryLocation where =
            RegistryLocation::parse(QStringLiteral("POSTGRES://desk%40team@[::1]/orders%20db"));
        QVERIFY2(where.ok(), qPrintable(where.error));
        QCOMPARE(where.team->user, QStringLiteral("desk@team"));
        QCOMPARE(where.team->host, QStringLiteral("::1"));
        QCOMPARE(where.team->port, 5432);
        QCOMPARE(where.team->database, QStringLiteral("orders db"));
    }

    void parametersAreTaken()
    {
        const QString ca = caFile();
        const RegistryLocation where =
            RegistryLocation::parse(QStringLiteral("postgresql://agent@db.example.com/portdesk?sslmode=verify-full&"
                                                   "sslrootcert=%1&connect_timeout=12")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(ca))));
        QVERIFY2(where.ok(), qPrintable(where.error));
        QCOMPARE(where.team->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(where.team->sslRootCert, ca);
        QCOMPARE(where.team->connectTimeoutSeconds, 12);
        const RegistryLocation socket =
            RegistryLocation::parse(QStringLiteral("postgresql://agent@/portdesk?host=/var/run/postgresql"));
        QVERIFY2(socket.ok(), qPrintable(socket.error));
        QCOMPARE(socket.team->host, QStringLiteral("/var/run/postgresql"));
        QVERIFY(socket.team->isLoopback());
        const RegistryLocation plaintext =
            RegistryLocation::parse(QStringLiteral("postgresql://agent@db.example.com/portdesk?sslmode=disable"));
        QVERIFY2(plaintext.ok(), qPrintable(plaintext.error));
        QVERIFY(plaintext.team->isPlaintextOverNetwork());
    }

    void aPasswordIsRefusedWithWhereItComesFrom()
    {
        for (const QString &uri : {QStringLiteral("postgresql://agent:hunter2@db.example.com/portdesk"),
                                   QStringLiteral("postgresql://agent:@db.example.com/portdesk"),
                                   QStringLiteral("postgresql://agent@db.example.com/portdesk?password=hunter2")}) {
            const RegistryLocation where = RegistryLocation::parse(uri);
            QVERIFY2(!where.ok(), qPrintable(uri));
            QVERIFY(!where.team);
            QVERIFY2(where.error.contains(QLatin1String("PGPASSWORD")) &&
                         where.error.contains(QLatin1String("~/.pgpass")) &&
                         where.error.contains(QLatin1String("keychain")),
                     qPrintable(where.error));
            QVERIFY(!where.error.contains(QLatin1String("hunter2")));
        }
    }

    void malformedUrisAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme") << "mysql://agent@db/portdesk"
                                      << "mysql:// is not a registry";
        QTest::newRow("no user") << "postgresql://db.example.com/portdesk"
                                 << "names no user";
        QTest::newRow("no server") << "postgresql://agent@/portdesk"
                                   << "names no server";
        QTest::newRow("no database") << "postgresql://agent@db.example.com:5432"
                                     << "names no database";
        QTest::newRow("nested path") << "postgresql://agent@db.example.com/a/b"
                                     << "names no database";
        QTest::newRow("bad port") << "postgresql://agent@db.example.com:99999/portdesk"
                                  << "not a usable team database URI";
        QTest::newRow("unknown parameter") << "postgresql://agent@db.example.com/portdesk?gssencmode=disable"
                                           << "The parameter gssencmode is not supported";
        QTest::newRow("bad sslmode") << "postgresql://agent@db.example.com/portdesk?sslmode=strict"
                                     << "sslmode=strict is not one of libpq's modes";
        QTest::newRow("weak sslmode off this computer") << "postgresql://agent@db.example.com/portdesk?sslmode=require"
                                                        << "sslmode=require does not check who answers";
        QTest::newRow("missing CA file") << "postgresql://agent@db.example.com/portdesk?sslrootcert=/nonexistent/ca.pem"
                                         << "no readable CA certificate file at /nonexistent/ca.pem";
        QTest::newRow("bad timeout") << "postgresql://agent@db.example.com/portdesk?connect_timeout=soon"
                                     << "connect_timeout=soon must be a whole number";
        QTest::newRow("empty") << "  "
                               << "Name a SQLite file or a team database";
    }

    void malformedUrisAreRefusedInWords()
    {
        QFETCH(QString, uri);
        QFETCH(QString, says);
        const RegistryLocation where = RegistryLocation::parse(uri);
        QVERIFY(!where.ok());
        QVERIFY(!where.isChosen());
        QVERIFY2(where.error.contains(says), qPrintable(where.error));
    }

    void theOptionWinsOverTheEnvironment()
    {
        qputenv("PORTDESK_REGISTRY", "postgresql://agent@db.example.com/portdesk");
        QVERIFY(RegistryLocation::fromCommandLine(QString()).team);
        const RegistryLocation option = RegistryLocation::fromCommandLine(QStringLiteral("/tmp/own.sqlite"));
        QCOMPARE(option.sqlitePath, QStringLiteral("/tmp/own.sqlite"));
        QVERIFY(!option.team);
        qunsetenv("PORTDESK_REGISTRY");
        const RegistryLocation none = RegistryLocation::fromCommandLine(QString());
        QVERIFY(none.ok());
        QVERIFY(!none.isChosen()); // the saved settings decide
    }
};

QTEST_GUILESS_MAIN(TestRegistryLocation)
#include "tst_registrylocation.moc"
