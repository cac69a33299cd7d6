#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include "SimulatorFixture.h"
#include "telegent/operations/CheckEligibility.h"

using namespace portdesk;
using portdesk::test::SimulatorFixture;

// TLS errors are never ignored: a server whose certificate is not trusted is refused, and the
// error says why, in the certificate's own words.
class TestTls : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(30'000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
    }

    void selfSignedServerIsRefusedWithItsReason()
    {
        QSslServer server;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        tls.setLocalCertificate(QSslCertificate(&cert));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });

        SimulatorFixture f; // for the client and its clock; the TLS server stands in for Telegent
        f.client->setBaseUrl(ApiBaseUrl::parse(QStringLiteral("https://127.0.0.1:%1/v1.0").arg(server.serverPort())));
        CheckEligibility op(f.client.get(), {QStringLiteral("+18015552345"), QStringLiteral("mvno")});
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::Network); // never reached Telegent: nothing was sent
        QVERIFY2(op.error().detail.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     op.error().detail.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(op.error().detail));
        QVERIFY2(op.error().message.contains(QLatin1String("certificate")), qPrintable(op.error().message));
        QVERIFY(op.error().message.contains(QLatin1String("self"), Qt::CaseInsensitive)); // the reason, for the user
        QVERIFY(handshakes >= 1);
        QCOMPARE(f.simulator->stats().requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
