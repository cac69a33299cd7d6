#include <QTest>

#include "common/Clock.h"

using namespace portdesk;

class TestManualClock : public QObject
{
    Q_OBJECT
private slots:
    void firesInDueOrder()
    {
        ManualClock clock(1000);
        QObject ctx;
        QList<int> fired;
        clock.callAfter(300, &ctx, [&] { fired << 3; });
        clock.callAfter(100, &ctx, [&] { fired << 1; });
        clock.callAfter(200, &ctx, [&] { fired << 2; });
        clock.advance(150);
        QCOMPARE(fired, QList<int>{1});
        QCOMPARE(clock.nowMs(), 1150);
        clock.advance(1000);
        QCOMPARE(fired, (QList<int>{1, 2, 3}));
        QCOMPARE(clock.nowMs(), 2150);
    }

    void timerSeesItsOwnDueTime()
    {
        ManualClock clock(0);
        QObject ctx;
        qint64 seen = -1;
        clock.callAfter(500, &ctx, [&] { seen = clock.nowMs(); });
        clock.advance(10'000);
        QCOMPARE(seen, 500);
    }

    void cancelledAndOrphanedTimersDoNotFire()
    {
        ManualClock clock(0);
        bool cancelledFired = false, orphanFired = false;
        QObject ctx;
        const auto id = clock.callAfter(10, &ctx, [&] { cancelledFired = true; });
        clock.cancel(id);
        {
            QObject shortLived;
            clock.callAfter(10, &shortLived, [&] { orphanFired = true; });
        }
        clock.advance(100);
        QVERIFY(!cancelledFired);
        QVERIFY(!orphanFired);
    }

    void advanceToNextTimerJumps()
    {
        ManualClock clock(0);
        QObject ctx;
        int count = 0;
        clock.callAfter(60'000, &ctx, [&] {
            ++count;
            clock.callAfter(0, &ctx, [&] { ++count; });
        });
        QVERIFY(clock.advanceToNextTimer());
        QCOMPARE(clock.nowMs(), 60'000);
        QCOMPARE(count, 2); // a timer added for "now" fires in the same step
        QVERIFY(!clock.advanceToNextTimer());
    }
};

QTEST_GUILESS_MAIN(TestManualClock)
#include "tst_manualclock.moc"
