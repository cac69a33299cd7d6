#include <QTest>

#include "credentials/TokenSeal.h"

using namespace portdesk;

// Tokens sealed for the team database open only with the same AccountSecret, for the same
// endpoint, unaltered; the stored text reveals neither the token nor the secret.
class TestTokenSeal : public QObject
{
    Q_OBJECT

    const QString endpoint = QStringLiteral("https://api.example.test/v1.0/numbers/portin");
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.team-token-value.sig");

private slots:
    void opensWithTheSameSecret()
    {
        const TokenSeal seal(QStringLiteral("DID-1"), QStringLiteral("the-secret"));
        const QByteArray sealed = seal.seal(endpoint, token);
        QVERIFY(sealed.startsWith("v1:"));
        QVERIFY(!sealed.contains(token.toUtf8()));
        QVERIFY(!sealed.contains("the-secret"));
        const TokenSeal again(QStringLiteral("DID-1"), QStringLiteral("the-secret"));
        QCOMPARE(again.open(endpoint, sealed).value_or(QString()), token);
    }

    void sealsDifferentlyEachTime()
    {
        const TokenSeal seal(QStringLiteral("DID-1"), QStringLiteral("the-secret"));
        QVERIFY(seal.seal(endpoint, token) != seal.seal(endpoint, token)); // a fresh nonce each time
    }

    void refusesAnotherSecretOrAccount()
    {
        const QByteArray sealed =
            TokenSeal(QStringLiteral("DID-1"), QStringLiteral("the-secret")).seal(endpoint, token);
        QVERIFY(!TokenSeal(QStringLiteral("DID-1"), QStringLiteral("the-secreT")).open(endpoint, sealed));
        QVERIFY(!TokenSeal(QStringLiteral("DID-2"), QStringLiteral("the-secret")).open(endpoint, sealed));
    }

    void refusesAnotherEndpointOrAlteredText()
    {
        const TokenSeal seal(QStringLiteral("DID-1"), QStringLiteral("the-secret"));
        const QByteArray sealed = seal.seal(endpoint, token);
        QVERIFY(!seal.open(endpoint + QLatin1String("/cancel"), sealed));
        QByteArray raw = QByteArray::fromBase64(sealed.mid(3));
        raw[raw.size() / 2] = char(raw.at(raw.size() / 2) ^ 0x01);
        QVERIFY(!seal.open(endpoint, "v1:" + raw.toBase64()));
        QVERIFY(!seal.open(endpoint, "v1:"));
        QVERIFY(!seal.open(endpoint, "v2:" + sealed.mid(3)));
    }

    void fingerprintIsKeyed()
    {
        const TokenSeal a(QStringLiteral("DID-1"), QStringLiteral("the-secret"));
        const TokenSeal b(QStringLiteral("DID-1"), QStringLiteral("other-secret"));
        QCOMPARE(a.fingerprint(token),
                 TokenSeal(QStringLiteral("DID-1"), QStringLiteral("the-secret")).fingerprint(token));
        QVERIFY(a.fingerprint(token) != b.fingerprint(token));
        QVERIFY(!a.fingerprint(token).contains(token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestTokenSeal)
#include "tst_tokenseal.moc"
