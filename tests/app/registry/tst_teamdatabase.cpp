#include <QSqlDatabase>
#include <QTest>

#include "registry/TeamDatabase.h"

using namespace portdesk;

// The team database's transport rule, as for the API: a server on another computer only over
// TLS with its certificate verified, plaintext only when sslmode=disable asks for it (and then
// said); this computer (loopback, socket directory) as before. The options every connection gets.
class TestTeamDatabase : public QObject
{
    Q_OBJECT

    static TeamDatabase at(const QString &host, const QString &sslMode = {})
    {
        TeamDatabase team;
        team.host = host;
        team.database = QStringLiteral("portdesk");
        team.user = QStringLiteral("agent");
        team.sslMode = sslMode;
        return team;
    }

    static QString optionsOf(const TeamDatabase &team)
    {
        QString options;
        {
            const QSqlDatabase db = team.addConnection(QStringLiteral("options"));
            options = db.connectOptions();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("options"));
        return options;
    }

private slots:
    void thisComputerIsLoopback()
    {
        for (const QString &host :
             {QStringLiteral("localhost"), QStringLiteral("LOCALHOST"), QStringLiteral("127.0.0.1"),
              QStringLiteral("127.4.5.6"), QStringLiteral("::1"), QStringLiteral("/var/run/postgresql")})
            QVERIFY2(at(host).isLoopback(), qPrintable(host));
        for (const QString &host : {QStringLiteral("db.example.com"), QStringLiteral("10.0.0.5"), QStringLiteral("vm"),
                                    QStringLiteral("localhost.example.com"), QStringLiteral("::ffff:10.0.0.5")})
            QVERIFY2(!at(host).isLoopback(), qPrintable(host));
    }

    void anotherComputerIsReachedOverVerifiedTls()
    {
        QCOMPARE(at(QStringLiteral("db.example.com")).effectiveSslMode(), QStringLiteral("verify-full"));
        QCOMPARE(at(QStringLiteral("10.0.0.5"), QStringLiteral("verify-full")).effectiveSslMode(),
                 QStringLiteral("verify-full"));
        QVERIFY(at(QStringLiteral("db.example.com")).transportRefusal().isEmpty());
        QVERIFY(!at(QStringLiteral("db.example.com")).isPlaintextOverNetwork());
        // Weaker modes do not check who answers: refused with the host named, and never sent weaker.
        for (const QString &mode : {QStringLiteral("require"), QStringLiteral("prefer"), QStringLiteral("allow"),
                                    QStringLiteral("verify-ca")}) {
            const TeamDatabase team = at(QStringLiteral("db.example.com"), mode);
            QVERIFY2(team.transportRefusal().contains(QLatin1String("db.example.com")), qPrintable(mode));
            QVERIFY(team.transportRefusal().contains(QStringLiteral("sslmode=%1").arg(mode)));
            QCOMPARE(team.effectiveSslMode(), QStringLiteral("verify-full"));
        }
        QVERIFY(optionsOf(at(QStringLiteral("db.example.com"))).contains(QLatin1String(";sslmode=verify-full")));
    }

    void plaintextOnlyWhenAskedAndThenSaid()
    {
        const TeamDatabase plaintext = at(QStringLiteral("db.example.com"), QStringLiteral("disable"));
        QVERIFY(plaintext.transportRefusal().isEmpty());
        QCOMPARE(plaintext.effectiveSslMode(), QStringLiteral("disable"));
        QVERIFY(plaintext.isPlaintextOverNetwork());
        QVERIFY(plaintext.plaintextWarning().contains(QLatin1String("db.example.com")));
        QVERIFY(plaintext.plaintextWarning().contains(QLatin1String("sslmode=disable")));
        QVERIFY(optionsOf(plaintext).contains(QLatin1String(";sslmode=disable")));
        // On this computer nothing crosses a network: nothing to say.
        QVERIFY(!at(QStringLiteral("127.0.0.1"), QStringLiteral("disable")).isPlaintextOverNetwork());
    }

    void thisComputerKeepsLibpqsDefault()
    {
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("/tmp/pg")}) {
            const TeamDatabase team = at(host);
            QVERIFY(team.effectiveSslMode().isEmpty());
            QVERIFY(team.transportRefusal().isEmpty());
            QVERIFY(!optionsOf(team).contains(QLatin1String("sslmode")));
        }
        QCOMPARE(at(QStringLiteral("localhost"), QStringLiteral("require")).effectiveSslMode(),
                 QStringLiteral("require"));
    }

    void theCaFileIsPassedQuoted()
    {
        TeamDatabase team = at(QStringLiteral("db.example.com"));
        team.sslRootCert = QStringLiteral("/home/agent/team CA/it's.pem");
        QVERIFY(optionsOf(team).endsWith(QLatin1String(";sslrootcert='/home/agent/team CA/it\\'s.pem'")));
        team.sslRootCert = QStringLiteral("/tmp/a;sslmode=disable");
        QVERIFY(!team.transportRefusal().isEmpty()); // Qt's driver would split it into options
        QVERIFY(!optionsOf(team).contains(QLatin1String("sslmode=disable")));
        team.connectTimeoutSeconds = 12;
        QVERIFY(optionsOf(team).startsWith(QLatin1String("connect_timeout=12;")));
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
