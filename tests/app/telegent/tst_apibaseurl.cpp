#include <QTest>

#include "telegent/ApiBaseUrl.h"

using namespace portdesk;

class TestApiBaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised"); // empty: refused
        QTest::newRow("default") << "https://api.telegent.com/v1.0"
                                 << "https://api.telegent.com/v1.0";
        QTest::newRow("trailing slash") << "https://api.telegent.com/v1.0/"
                                        << "https://api.telegent.com/v1.0";
        QTest::newRow("upper-case scheme") << "HTTPS://api.telegent.com/v1.0"
                                           << "https://api.telegent.com/v1.0";
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8787/v1.0"
                                          << "http://127.0.0.1:8787/v1.0";
        QTest::newRow("http loopback 127/8") << "http://127.3.4.5:8787/v1.0"
                                             << "http://127.3.4.5:8787/v1.0";
        QTest::newRow("http loopback v6") << "http://[::1]:8787/v1.0"
                                          << "http://[::1]:8787/v1.0";
        QTest::newRow("http remote") << "http://api.telegent.com/v1.0"
                                     << "";
        QTest::newRow("http private range") << "http://192.168.1.10/v1.0"
                                            << "";
        QTest::newRow("http localhost name") << "http://localhost:8787/v1.0"
                                             << "";
        QTest::newRow("no version") << "https://api.telegent.com"
                                    << "";
        QTest::newRow("ftp") << "ftp://api.telegent.com/v1.0"
                             << "";
        QTest::newRow("query") << "https://api.telegent.com/v1.0?x=1"
                               << "";
        QTest::newRow("user info") << "https://me:pw@api.telegent.com/v1.0"
                                   << "";
        QTest::newRow("not a url") << "api telegent"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const ApiBaseUrl u = ApiBaseUrl::parse(input);
        QCOMPARE(u.ok(), !normalised.isEmpty());
        if (u.ok())
            QCOMPARE(u.url.toString(), normalised);
        else
            QVERIFY(!u.error.isEmpty());
    }

    void endpointsAreAppendedWithoutSecondVersion()
    {
        const ApiBaseUrl u = ApiBaseUrl::parse(QStringLiteral("https://api.telegent.com/v1.0/"));
        QCOMPARE(u.endpoint(QStringLiteral("/numbers/portin")).toString(),
                 QStringLiteral("https://api.telegent.com/v1.0/numbers/portin"));
    }

    void refusalNamesTheReason()
    {
        QVERIFY(
            ApiBaseUrl::parse(QStringLiteral("http://api.telegent.com/v1.0")).error.contains(QLatin1String("https")));
        QVERIFY(ApiBaseUrl::parse(QStringLiteral("https://api.telegent.com")).error.contains(QLatin1String("/v1.0")));
    }
};

QTEST_GUILESS_MAIN(TestApiBaseUrl)
#include "tst_apibaseurl.moc"
