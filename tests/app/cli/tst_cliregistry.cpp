// portdesk-cli --registry and PORTDESK_REGISTRY against the real PostgreSQL server of
// .ci/with-postgres (and the simulator in this process): a libpq URI names a team database that
// is used as the saved one would be; the option wins over the variable; bad text, a password in
// the URI and an unverifiable server are refused with their reasons; plaintext is said every run.
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestPostgres.h"
#include "common/Clock.h"
#include "registry/OrderRegistry.h"
#include "sandbox/Simulator.h"

using namespace portdesk;
using namespace portdesk::test;

class TestCliRegistry : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
    };

    TestPostgres m_pg;
    QTemporaryDir m_home;
    SystemClock m_clock;
    std::unique_ptr<sandbox::Simulator> m_simulator;
    int m_number = 0;

    Result cli(const QStringList &args, const QString &environmentRegistry = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_KEY"), QStringLiteral("DID-cli-team"));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_SECRET"), QStringLiteral("cli-team-secret"));
        env.insert(QStringLiteral("TELEGENT_API_BASE"), m_simulator->baseUrl().toString());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        env.remove(QStringLiteral("PORTDESK_REGISTRY"));
        if (!environmentRegistry.isEmpty())
            env.insert(QStringLiteral("PORTDESK_REGISTRY"), environmentRegistry);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PORTDESK_CLI), args);
        // The simulator lives in this process: keep its event loop turning while the CLI talks.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000)) {
            p.kill();
            p.waitForFinished();
        }
        Result r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString uriOf(const TeamDatabase &team, const QString &host, const QString &parameters = {})
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4%5")
            .arg(team.user, host)
            .arg(team.port)
            .arg(team.database, parameters.isEmpty() ? QString() : QLatin1Char('?') + parameters);
    }

    QString request()
    {
        QFile f(m_home.filePath(QStringLiteral("request%1.json").arg(++m_number)));
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral(R"({"PortInNumber":"801 555 41%1","CurrentCarrierName":"Verizon",
            "CurrentAccountNumber":"4651234567","CurrentAccountPassword":"918273","SubscriberName":"Jane Doe",
            "CurrentBillingAddress":{"Street1":"1 Main St","City":"Lehi","State":"UT","Zip":"84043"}})")
                    .arg(m_number, 2, 10, QLatin1Char('0'))
                    .toUtf8());
        return f.fileName();
    }

    static int ordersIn(const TeamDatabase &team)
    {
        OrderRegistry registry;
        QString error;
        if (!registry.openPostgres(team, QStringLiteral("DID-cli-team"), &error))
            return -1;
        return registry.count();
    }

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-cli-team"), QStringLiteral("cli-team-secret"));
        m_simulator = std::make_unique<sandbox::Simulator>(&m_clock, options);
        QVERIFY(m_simulator->start());
    }

    void theOptionNamesTheTeamDatabase()
    {
        const TeamDatabase team = m_pg.create();
        const QString uri = uriOf(team, team.host);
        const Result sent = cli({QStringLiteral("--registry"), uri, QStringLiteral("--json"), QStringLiteral("submit"),
                                 QStringLiteral("--authorization"), QStringLiteral("verbal"), QStringLiteral("--by"),
                                 QStringLiteral("Test Agent"), request()});
        QVERIFY2(sent.code == 0, sent.err.constData());
        const QString id = sent.json().first().toObject().value(QStringLiteral("OrderId")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(ordersIn(team), 1); // recorded in the team database, where every desk sees it
        // PORTDESK_REGISTRY names the same database; another desk's listing shows the order.
        const Result listed = cli({QStringLiteral("--json"), QStringLiteral("orders")}, uri);
        QVERIFY2(listed.code == 0, listed.err.constData());
        QCOMPARE(listed.json().size(), 1);
        QCOMPARE(listed.json().first().toObject().value(QStringLiteral("OrderId")).toString(), id);
        // The chosen database is the team's as a saved one would be: this desk takes the polling lease.
        const Result watched = cli({QStringLiteral("watch"), QStringLiteral("--once")}, uri);
        QCOMPARE(watched.code, 0);
        QVERIFY2(!watched.err.contains("not checking") && !watched.err.contains("another desk"),
                 watched.err.constData());
        // The option wins over the variable: a file of this desk's own, empty.
        const Result own = cli({QStringLiteral("--registry"), m_home.filePath(QStringLiteral("own.sqlite")),
                                QStringLiteral("--json"), QStringLiteral("orders")},
                               uri);
        QVERIFY2(own.code == 0, own.err.constData());
        QCOMPARE(own.json().size(), 0);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("own.sqlite"))));
    }

    void badTextIsAUsageError()
    {
        const Result malformed = cli(
            {QStringLiteral("--registry"), QStringLiteral("postgresql://db.example.com/x"), QStringLiteral("orders")});
        QCOMPARE(malformed.code, 2);
        QVERIFY2(malformed.err.contains("--registry: The team database URI names no user"), malformed.err.constData());
        const Result fromEnvironment = cli({QStringLiteral("orders")}, QStringLiteral("mysql://agent@db/x"));
        QCOMPARE(fromEnvironment.code, 2);
        QVERIFY2(fromEnvironment.err.contains("PORTDESK_REGISTRY: mysql:// is not a registry"),
                 fromEnvironment.err.constData());
        const Result password =
            cli({QStringLiteral("--registry"), QStringLiteral("postgresql://agent:s3cr3t-pw@db.example.com/x"),
                 QStringLiteral("orders")});
        QCOMPARE(password.code, 2);
        QVERIFY2(password.err.contains("PGPASSWORD, ~/.pgpass or the keychain"), password.err.constData());
        QVERIFY(!password.err.contains("s3cr3t-pw"));
    }

    void verifiedTlsOrTheReason()
    {
        const TeamDatabase team = m_pg.create();
        const QString ca = QString::fromLatin1(QUrl::toPercentEncoding(qEnvironmentVariable("PORTDESK_TEST_PG_CA")));
        const QString verified = QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(ca);
        const Result ok = cli({QStringLiteral("--registry"), uriOf(team, QStringLiteral("localhost"), verified),
                               QStringLiteral("orders")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        const Result wrongName = cli({QStringLiteral("--registry"), uriOf(team, QStringLiteral("127.0.0.1"), verified),
                                      QStringLiteral("orders")});
        QCOMPARE(wrongName.code, 7); // the order database can not be used
        QVERIFY2(wrongName.err.contains("does not match host name \"127.0.0.1\""), wrongName.err.constData());
    }

    void plaintextIsSaidEveryRun()
    {
        // This machine's name is not a loopback name: sslmode=disable sends in plaintext, said each time.
        const TeamDatabase team = m_pg.create();
        const QString uri =
            uriOf(team, QHostInfo::localHostName(), QStringLiteral("sslmode=disable&connect_timeout=2"));
        for (int run = 0; run < 2; ++run) {
            const Result r = cli({QStringLiteral("--registry"), uri, QStringLiteral("orders")});
            QVERIFY2(r.err.contains("warning: The team database on " + QHostInfo::localHostName().toUtf8() +
                                    " is used without encryption (sslmode=disable)"),
                     r.err.constData());
        }
        // Without it, the same name gets verify-full: never plaintext by default.
        const Result r = cli({QStringLiteral("--registry"),
                              uriOf(team, QHostInfo::localHostName(), QStringLiteral("connect_timeout=2")),
                              QStringLiteral("orders")});
        QVERIFY(!r.err.contains("without encryption"));
        QCOMPARE(r.code, 7);
    }
};

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cliregistry.moc"
