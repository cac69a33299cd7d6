#include <QTest>

#include "telegent/RateBudget.h"

using namespace portdesk;

class TestRateBudget : public QObject
{
    Q_OBJECT
private slots:
    void fullBudgetForInteractive()
    {
        RateBudget b(50, 0.8, 0);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(b.canSend(Priority::Interactive, i * 100));
            b.recordSend(i * 100);
        }
        QVERIFY(!b.canSend(Priority::Interactive, 5000));
        QCOMPARE(b.used(5000), 50);
        // The first request leaves the window 60 s after it was sent.
        QCOMPARE(b.msUntilAvailable(Priority::Interactive, 5000), 55'000);
        QVERIFY(b.canSend(Priority::Interactive, 60'000));
    }

    void backgroundKeepsHeadroom()
    {
        RateBudget b(50, 0.8, 0);
        QCOMPARE(b.backgroundLimit(), 40);
        for (int i = 0; i < 40; ++i)
            b.recordSend(0);
        QVERIFY(!b.canSend(Priority::Background, 1));
        QVERIFY(b.canSend(Priority::Interactive, 1));
        QCOMPARE(b.msUntilAvailable(Priority::Background, 1), 59'999);
    }

    void safetyMarginDelaysReuse()
    {
        RateBudget b(1, 1.0, 500);
        b.recordSend(0);
        QVERIFY(!b.canSend(Priority::Interactive, 60'000));
        QCOMPARE(b.msUntilAvailable(Priority::Interactive, 60'000), 500);
        QVERIFY(b.canSend(Priority::Interactive, 60'500));
    }

    void evenSpacingUsesTheShareWithoutWaiting()
    {
        RateBudget b(50, 0.8, 500);
        QCOMPARE(b.reuseAfterMs(), 60'500);
        QCOMPARE(b.evenSpacingMs(Priority::Background), 1513);  // 60 500 / 40, rounded up
        QCOMPARE(b.evenSpacingMs(Priority::Interactive), 1210); // 60 500 / 50
        // Sent at that spacing, a request never finds its share taken.
        const qint64 step = b.evenSpacingMs(Priority::Background);
        for (int i = 0; i < 200; ++i) {
            QVERIFY2(b.canSend(Priority::Background, i * step), qPrintable(QString::number(i)));
            b.recordSend(i * step);
        }
    }

    void limitsAreSane()
    {
        RateBudget b(0, 5.0);
        QCOMPARE(b.perMinute(), 1);
        QCOMPARE(b.backgroundLimit(), 1);
        b.setPerMinute(3);
        b.setBackgroundShare(0.1);
        QCOMPARE(b.backgroundLimit(), 1); // never starved completely
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
