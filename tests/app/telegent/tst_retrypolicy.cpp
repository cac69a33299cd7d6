#include <QTest>
#include <QTimeZone>

#include "telegent/RetryPolicy.h"

using namespace portdesk;

// RetryPolicy alone: the decision table of api-decisions.md "Budget and retries" and the 401/403
// rule of "Tokens", then the delays.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

    using Action = RetryDecision::Action;

    static TryOutcome answered(int status, bool repeatable, int tries = 1)
    {
        TryOutcome o;
        o.httpStatus = status;
        o.repeatable = repeatable;
        o.tries = tries;
        return o;
    }
    static TryOutcome noAnswer(bool repeatable, bool mayHaveReachedServer)
    {
        TryOutcome o;
        o.repeatable = repeatable;
        o.mayHaveReachedServer = mayHaveReachedServer;
        return o;
    }

private slots:
    void decide_data()
    {
        QTest::addColumn<int>("status"); // 0: no HTTP answer
        QTest::addColumn<bool>("repeatable");
        QTest::addColumn<bool>("mayHaveReachedServer");
        QTest::addColumn<bool>("retried");
        // "Not processed": safe for every call, a port-in included.
        for (int status : {429, 503}) {
            for (bool repeatable : {true, false})
                QTest::addRow("%d, repeatable %d", status, int(repeatable)) << status << repeatable << true << true;
        }
        // The server may have acted on it: only a repeatable call goes again.
        for (int status : {408, 500, 504}) {
            QTest::addRow("%d, repeatable", status) << status << true << true << true;
            QTest::addRow("%d, not repeatable", status) << status << false << true << false;
        }
        QTest::newRow("transport, repeatable, may have arrived") << 0 << true << true << true;
        QTest::newRow("transport, repeatable, never left") << 0 << true << false << true;
        QTest::newRow("transport, not repeatable, never left") << 0 << false << false << true;
        QTest::newRow("transport, not repeatable, may have arrived") << 0 << false << true << false;
        // Final answers.
        for (int status : {200, 201, 400, 404, 409, 422, 501, 502})
            QTest::addRow("%d", status) << status << true << true << false;
    }
    void decide()
    {
        QFETCH(int, status);
        QFETCH(bool, repeatable);
        QFETCH(bool, mayHaveReachedServer);
        QFETCH(bool, retried);
        const RetryPolicy p([] { return 0.5; });
        TryOutcome o = status ? answered(status, repeatable) : noAnswer(repeatable, mayHaveReachedServer);
        const RetryDecision d = p.decide(o);
        QCOMPARE(d.action, retried ? Action::Retry : Action::Finish);
        if (retried)
            QCOMPARE(d.delayMs, 1000); // the first backoff step
        QCOMPARE(d.holdAccount, status == 429);
    }

    void retryAfterWinsOnlyWhenNotProcessed()
    {
        const RetryPolicy p([] { return 0.5; });
        for (int status : {429, 503}) {
            TryOutcome o = answered(status, false, 2);
            o.retryAfterMs = 7000;
            QCOMPARE(p.decide(o).action, Action::Retry);
            QCOMPARE(p.decide(o).delayMs, 7000);
            o.retryAfterMs.reset();
            QCOMPARE(p.decide(o).delayMs, 2000); // backoff before try 3
        }
        // A Retry-After on other answers is not the server saying "not processed": backoff.
        for (int status : {500, 504}) {
            TryOutcome o = answered(status, true, 2);
            o.retryAfterMs = 7000;
            QCOMPARE(p.decide(o).delayMs, 2000);
        }
    }

    void atMostFiveTries()
    {
        const RetryPolicy p([] { return 0.5; });
        const qint64 backoff[] = {1000, 2000, 4000, 8000};
        for (int tries = 1; tries < RetryPolicy::kMaxTries; ++tries) {
            const RetryDecision d = p.decide(answered(503, true, tries));
            QCOMPARE(d.action, Action::Retry);
            QCOMPARE(d.delayMs, backoff[tries - 1]);
        }
        QCOMPARE(p.decide(answered(503, true, 5)).action, Action::Finish);
        QCOMPARE(p.decide(answered(429, true, 5)).action, Action::Finish);
        QCOMPARE(p.decide(noAnswer(true, true)).action, Action::Retry);
        TryOutcome last = noAnswer(true, false);
        last.tries = 5;
        QCOMPARE(p.decide(last).action, Action::Finish);
    }

    void tokenRefusedIsRenewedOnce()
    {
        const RetryPolicy p([] { return 0.5; });
        for (int status : {401, 403}) {
            for (bool repeatable : {true, false}) {
                TryOutcome first = answered(status, repeatable);
                first.canRenewToken = true;
                QCOMPARE(p.decide(first).action, Action::RenewToken);
                first.tries = 5; // renewal starts a new call: it is not one of the five tries
                QCOMPARE(p.decide(first).action, Action::RenewToken);
                TryOutcome second = answered(status, repeatable);
                second.canRenewToken = false; // already renewed, or the call has no token
                QCOMPARE(p.decide(second).action, Action::Finish);
            }
        }
        // A token is renewed only for 401/403.
        TryOutcome other = answered(404, true);
        other.canRenewToken = true;
        QCOMPARE(p.decide(other).action, Action::Finish);
    }

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
