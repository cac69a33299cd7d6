// The team database over TLS against the real PostgreSQL server of .ci/with-postgres, which has
// a certificate for "localhost" signed by the CA named in PORTDESK_TEST_PG_CA: verify-full passes
// with that CA, and a wrong host name, an unknown CA and a server without TLS are refused with
// their reasons. The rule that picks verify-full: tst_teamdatabase.
#include <QHostInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "TestPostgres.h"
#include "registry/OrderRegistry.h"
#include "registry/RegistrySetup.h"

using namespace portdesk;
using namespace portdesk::test;

class TestTeamDatabaseTls : public QObject
{
    Q_OBJECT

    TestPostgres m_pg;
    QTemporaryDir m_dir;
    QString m_ca;
    QString m_otherCa;

    // The database's connection settings as a desk would have them for this server and CA.
    TeamDatabase verified(const QString &host, const QString &ca)
    {
        TeamDatabase team = m_pg.create();
        team.host = host;
        team.sslMode = QStringLiteral("verify-full");
        team.sslRootCert = ca;
        return team;
    }

    // Opens a connection as every part of PortDesk does (TeamDatabase::addConnection): empty
    // when it opened over TLS, else the driver's error.
    static QString openOverTls(const TeamDatabase &team)
    {
        QString outcome;
        {
            QSqlDatabase db = team.addConnection(QStringLiteral("tls-check"));
            if (!db.open()) {
                outcome = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) || !q.next() ||
                    !q.value(0).toBool())
                    outcome = QStringLiteral("connected without TLS");
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls-check"));
        return outcome;
    }

    // What the registry dialog's "Test" says (a trial connection off the GUI thread).
    QString trial(const TeamDatabase &team)
    {
        RegistrySetup setup(nullptr);
        std::optional<QString> said;
        setup.testTeamDatabase(team, this, [&](bool, const QString &message) { said = message; });
        if (!QTest::qWaitFor([&] { return said.has_value(); }, 30'000))
            return QStringLiteral("no answer");
        return *said;
    }

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_ca = qEnvironmentVariable("PORTDESK_TEST_PG_CA");
        QVERIFY2(QFile::exists(m_ca), "PORTDESK_TEST_PG_CA: run through .ci/with-postgres (ctest does)");
        // A CA the server's certificate does not come from.
        m_otherCa = m_dir.filePath(QStringLiteral("other-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), m_otherCa});
        QVERIFY2(openssl.waitForFinished(30'000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
    }

    void verifyFullWithTheServersCaPasses()
    {
        const TeamDatabase team = verified(QStringLiteral("localhost"), m_ca);
        const QString failed = openOverTls(team);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // The registry itself (sync and all) joins over the same connection options.
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openPostgres(team, QStringLiteral("DID-tls"), &error), qPrintable(error));
        QVERIFY(registry.isTeam());
        QCOMPARE(trial(team), QStringLiteral("Connected to %1.").arg(team.describe()));
    }

    void aWrongHostNameIsRefusedWithTheReason()
    {
        // The certificate names localhost only; 127.0.0.1 is the same server under another name.
        const TeamDatabase team = verified(QStringLiteral("127.0.0.1"), m_ca);
        const QString failed = openOverTls(team);
        QVERIFY2(failed.contains(QLatin1String("does not match host name \"127.0.0.1\"")), qPrintable(failed));
        OrderRegistry registry;
        QString error;
        QVERIFY(!registry.openPostgres(team, QStringLiteral("DID-tls"), &error));
        QVERIFY2(error.contains(QLatin1String("does not match host name")), qPrintable(error));
    }

    void anUnknownCaIsRefusedWithTheReason()
    {
        const QString failed = openOverTls(verified(QStringLiteral("localhost"), m_otherCa));
        QVERIFY2(failed.contains(QLatin1String("certificate verify failed")), qPrintable(failed));
    }

    void aServerWithoutTlsIsRefusedNamingTheHost()
    {
        // A server that answers libpq's TLS request with "N" (no TLS), reached by this machine's
        // name: not a loopback name, so the rule asks for verify-full without being told.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::Any));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll(); // the 8-byte SSLRequest
                    socket->write("N");
                });
            }
        });
        TeamDatabase team = m_pg.create();
        team.host = QHostInfo::localHostName();
        team.port = plain.serverPort();
        QVERIFY2(!team.isLoopback(), qPrintable(team.host));
        QVERIFY2(!QHostInfo::fromName(team.host).addresses().isEmpty(), "this machine's name must resolve");
        const QString said = trial(team);
        QVERIFY2(said.contains(QLatin1String("server does not support SSL")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("\"%1\"").arg(team.host)), qPrintable(said));
    }

    void thisComputerWorksAsBefore()
    {
        // 127.0.0.1 and the socket directory without any sslmode: libpq's default, as the other
        // postgres tests use it.
        const TeamDatabase tcp = m_pg.create();
        QVERIFY(tcp.effectiveSslMode().isEmpty());
        QString failed = openOverTls(tcp);
        QVERIFY2(failed.isEmpty() || failed == QLatin1String("connected without TLS"), qPrintable(failed));
        QCOMPARE(trial(tcp), QStringLiteral("Connected to %1.").arg(tcp.describe()));
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabaseTls)
#include "tst_teamdatabasetls.moc"
