#include <QTest>
#include <QTimeZone>

#include "domain/ApiTimestamps.h"

using namespace portdesk;

class TestApiTimestamps : public QObject
{
    Q_OBJECT
private slots:
    void orderDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utcIso"); // empty: must be rejected
        QTest::newRow("7 digits +00:00") << "2025-05-14T18:00:00.0000000+00:00"
                                         << "2025-05-14T18:00:00.000Z";
        QTest::newRow("2 digits no zone = UTC") << "2025-12-08T00:12:08.89"
                                                << "2025-12-08T00:12:08.890Z";
        QTest::newRow("Z") << "2025-12-08T00:12:08Z"
                           << "2025-12-08T00:12:08.000Z";
        QTest::newRow("negative offset") << "2025-12-07T19:12:08.5-05:00"
                                         << "2025-12-08T00:12:08.500Z";
        QTest::newRow("offset without colon") << "2025-12-08T05:42:08+0530"
                                              << "2025-12-08T00:12:08.000Z";
        QTest::newRow("no fraction no zone") << "2025-12-08T00:12:08"
                                             << "2025-12-08T00:12:08.000Z";
        QTest::newRow("7 digits truncated to ms") << "2025-12-08T00:12:08.1234567Z"
                                                  << "2025-12-08T00:12:08.123Z";
        QTest::newRow("8 fractional digits") << "2025-12-08T00:12:08.12345678Z"
                                             << "";
        QTest::newRow("date only") << "2025-12-08"
                                   << "";
        QTest::newRow("month 13") << "2025-13-08T00:12:08"
                                  << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void orderDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, utcIso);
        const QDateTime dt = parseOrderDate(text);
        if (utcIso.isEmpty()) {
            QVERIFY2(!dt.isValid(), qPrintable(dt.toString(Qt::ISODateWithMs)));
            return;
        }
        QVERIFY(dt.isValid());
        QCOMPARE(dt.timeSpec(), Qt::UTC);
        QCOMPARE(dt.toString(Qt::ISODateWithMs), utcIso);
    }

    void tokenExpiry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utcIso");
        QTest::newRow("doc sample PM") << "05/02/2025 06:36:13 PM"
                                       << "2025-05-02T18:36:13Z";
        QTest::newRow("AM") << "05/02/2025 06:36:13 AM"
                            << "2025-05-02T06:36:13Z";
        QTest::newRow("noon") << "05/02/2025 12:00:00 PM"
                              << "2025-05-02T12:00:00Z";
        QTest::newRow("midnight") << "05/02/2025 12:00:00 AM"
                                  << "2025-05-02T00:00:00Z";
        QTest::newRow("single digits") << "5/2/2025 6:36:13 PM"
                                       << "2025-05-02T18:36:13Z";
        QTest::newRow("24h clock") << "05/02/2025 18:36:13"
                                   << "";
        QTest::newRow("ISO") << "2025-05-02T18:36:13Z"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void tokenExpiry()
    {
        QFETCH(QString, text);
        QFETCH(QString, utcIso);
        const QDateTime dt = parseTokenExpiry(text);
        if (utcIso.isEmpty()) {
            QVERIFY(!dt.isValid());
            return;
        }
        QVERIFY(dt.isValid());
        QCOMPARE(dt.toUTC().toString(Qt::ISODate), utcIso);
    }

    void tokenExpiryRoundTrip()
    {
        const QDateTime t = QDateTime(QDate(2026, 11, 26), QTime(23, 59, 58), QTimeZone::utc());
        QCOMPARE(formatTokenExpiry(t), QStringLiteral("11/26/2026 11:59:58 PM"));
        QCOMPARE(parseTokenExpiry(formatTokenExpiry(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestApiTimestamps)
#include "tst_apitimestamps.moc"
