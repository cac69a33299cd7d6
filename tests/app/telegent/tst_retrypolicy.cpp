#include <QTest>
#include <QTimeZone>

#include "telegent/RetryPolicy.h"

using namespace portdesk;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void exponentialFromOneSecondCappedAtThirty()
    {
        const RetryPolicy middle([] { return 0.5; }); // jitter factor exactly 1.0
        QCOMPARE(middle.delayBeforeTry(2, std::nullopt), 1000);
        QCOMPARE(middle.delayBeforeTry(3, std::nullopt), 2000);
        QCOMPARE(middle.delayBeforeTry(4, std::nullopt), 4000);
        QCOMPARE(middle.delayBeforeTry(5, std::nullopt), 8000);
        QCOMPARE(middle.delayBeforeTry(10, std::nullopt), 30'000);
    }

    void jitterStaysWithinTwentyPercent()
    {
        const RetryPolicy low([] { return 0.0; });
        const RetryPolicy high([] { return 0.999999; });
        QCOMPARE(low.delayBeforeTry(3, std::nullopt), 1600);
        QVERIFY(high.delayBeforeTry(3, std::nullopt) >= 2399);
        QVERIFY(high.delayBeforeTry(3, std::nullopt) <= 2400);
        QCOMPARE(high.delayBeforeTry(12, std::nullopt), 30'000); // jitter never exceeds the cap
    }

    void retryAfterWins()
    {
        const RetryPolicy p([] { return 0.5; });
        QCOMPARE(p.delayBeforeTry(2, 7000), 7000);
        QCOMPARE(p.delayBeforeTry(2, 0), 0);
        QCOMPARE(p.delayBeforeTry(2, 3'600'000), RetryPolicy::kMaxRetryAfterMs);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: nullopt
        QTest::newRow("seconds") << QByteArray("12") << qint64(12'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("http date") << QByteArray("Thu, 26 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("http date in the past") << QByteArray("Thu, 26 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const qint64 now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const std::optional<qint64> got = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(got.has_value(), expectedMs >= 0);
        if (got)
            QCOMPARE(*got, expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
