#include <QSignalSpy>
#include <QTest>

#include "SimulatorFixture.h"
#include "TestRegistry.h"
#include "registry/PollPlanner.h"
#include "sandbox/SimulatorEngine.h"
#include "telegent/Endpoints.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using namespace portdesk::test;

// The poll planner on the virtual clock against the simulator.
class TestPollPlanner : public QObject
{
    Q_OBJECT

    struct Desk
    {
        explicit Desk(SimulatorOptions options = {}) : f(options)
        {
            QString error;
            if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
                qFatal("%s", qPrintable(error));
            planner = std::make_unique<PollPlanner>(&registry, f.client.get());
            QObject::connect(planner.get(), &PollPlanner::checked, planner.get(),
                             [this](const QString &id) { checks[id] << f.clock.nowMs(); });
        }
        // An order that exists at Telegent (the simulator) and in the desk's registry.
        QString addOrder(int i)
        {
            const QJsonObject body{{QStringLiteral("PortInNumber"), numberFor(i)}};
            const QString id = f.simulator->engine()
                                   ->orders()
                                   .create(QStringLiteral("DID-sandbox"), numberFor(i), body, f.clock.nowMs())
                                   .orderId;
            recordOrder(registry, id, numberFor(i), f.clock.nowMs());
            // The submit answer counts as a check; make the first background check due now.
            OrderRecord r = *registry.find(id);
            registry.applyStatus(details(id, QStringLiteral("Pending")), f.clock.nowMs() - 3'600'000);
            return id;
        }
        // Runs the desk for ms of virtual time; when nothing is left to wait for, time just passes.
        void runFor(qint64 ms)
        {
            const qint64 end = f.clock.nowMs() + ms;
            const auto idle = [&] { return planner->nextCheckAtMs() == -1 && f.client->scheduler()->inFlight() == 0; };
            QVERIFY(f.runUntil([&] { return f.clock.nowMs() >= end || idle(); }, ms + 1000, 60'000));
            if (f.clock.nowMs() < end)
                f.clock.advance(end - f.clock.nowMs());
        }
        // The longest time any order waited for a check, counting from `since`.
        qint64 maxGap(const QStringList &ids, qint64 since) const
        {
            qint64 worst = 0;
            for (const QString &id : ids) {
                qint64 last = since;
                for (qint64 t : checks.value(id)) {
                    worst = std::max(worst, t - last);
                    last = t;
                }
                worst = std::max(worst, f.clock.nowMs() - last);
            }
            return worst;
        }

        SimulatorFixture f;
        OrderRegistry registry;
        std::unique_ptr<PollPlanner> planner;
        QHash<QString, QList<qint64>> checks;
    };

private slots:
    void usesTheBackgroundShareFairlyWithoutA429()
    {
        SimulatorOptions slow;
        slow.stageSeconds = 24 * 3600; // no order completes during the run
        Desk d(slow);
        QStringList ids;
        for (int i = 0; i < 100; ++i)
            ids << d.addOrder(i);
        const qint64 start = d.f.clock.nowMs();
        d.planner->start();
        d.runFor(10 * 60'000);
        const SimStats &s = d.f.simulator->stats();
        QCOMPARE(s.rateLimited, 0);
        QVERIFY2(s.maxInWindow <= 40, qPrintable(QString::number(s.maxInWindow))); // 80 % of 50
        const int polls = s.perRoute.value(route::Order);
        // 40 a minute for 10 minutes, less the token requests that share the window.
        QVERIFY2(polls >= 380 && polls <= 400, qPrintable(QString::number(polls)));
        // Every order at least every ceil(100 / 40) = 3 minutes. A slot is reused only 60.5 s
        // after it was used (RateBudget's safety margin): sent in bursts, the unluckiest order
        // waited 3 x 60.5 s; evenly spaced at 60.5 s / 40 each order waits 100 x 1.513 s.
        QVERIFY2(d.maxGap(ids, start) <= 3 * 60'000, qPrintable(QString::number(d.maxGap(ids, start))));
        // 300 s tokens renewed when under 30 s remain, used without a pause: at 0, 270 and 540 s.
        QCOMPARE(d.f.client->tokens()->requestsSent(d.f.url(endpoint::Order)), 3);
    }

    void finalOrdersAreNeverPolled()
    {
        SimulatorOptions slow;
        slow.stageSeconds = 24 * 3600;
        Desk d(slow);
        const QString open = d.addOrder(1);
        const QString done = d.addOrder(2);
        const QString cancelled = d.addOrder(3);
        d.registry.applyStatus(details(done, QStringLiteral("Completed")), d.f.clock.nowMs());
        d.registry.recordCancelled(cancelled, {}, QStringLiteral("sup"), d.f.clock.nowMs());
        d.registry.recordUnknownOutcome(samplePortIn(numberFor(4)), QStringLiteral("a"), d.f.clock.nowMs());
        d.planner->start();
        d.runFor(30 * 60'000);
        QVERIFY(!d.checks.contains(done));
        QVERIFY(!d.checks.contains(cancelled));
        QCOMPARE(d.checks.size(), 1);
        // Open orders are re-checked, but not more often than the open interval.
        const QList<qint64> &t = d.checks.value(open);
        QVERIFY(t.size() >= 10);
        for (int i = 1; i < t.size(); ++i)
            QVERIFY(t.at(i) - t.at(i - 1) >= d.planner->policy().openIntervalMs);
    }

    void needsActionIsCheckedLessOften()
    {
        SimulatorOptions slow;
        slow.stageSeconds = 24 * 3600;
        Desk d(slow);
        const QString open = d.addOrder(1);
        const QString rejected = d.addOrder(2);
        // Rejected at Telegent three days ago (a stage lasts a day here).
        SimOrderBook::Order *o = d.f.simulator->engine()->orders().find(rejected);
        o->outcome = SimOrderBook::Outcome::Rejected;
        o->cycleStartMs -= 3 * 24 * 3'600'000LL;
        d.registry.applyStatus(details(rejected, QStringLiteral("Rejected"), QStringLiteral("1P-Other")),
                               d.f.clock.nowMs() - 3'600'000);
        d.planner->start();
        d.runFor(60 * 60'000);
        const int openChecks = int(d.checks.value(open).size());
        const int actionChecks = int(d.checks.value(rejected).size());
        QVERIFY2(actionChecks >= 4 && actionChecks <= 5, qPrintable(QString::number(actionChecks))); // every 15 min
        QCOMPARE(d.registry.find(rejected)->status, QStringLiteral("Rejected"));
        QVERIFY(openChecks > 5 * actionChecks);
    }

    void statusChangesLandInTheRegistry()
    {
        SimulatorOptions options;
        options.stageSeconds = 60;
        Desk d(options);
        const QString id = d.addOrder(12);
        QSignalSpy changed(&d.registry, &OrderRegistry::statusChanged);
        d.planner->start();
        d.runFor(12 * 60'000);
        QCOMPARE(d.registry.find(id)->status, QStringLiteral("Completed"));
        QVERIFY(changed.count() >= 2);
        const int checksAtCompletion = int(d.checks.value(id).size());
        d.runFor(30 * 60'000);
        QCOMPARE(int(d.checks.value(id).size()), checksAtCompletion); // completed: no more polling
    }

    void notFoundIsFlaggedNotDeleted()
    {
        Desk d;
        recordOrder(d.registry, QStringLiteral("JNUOID-gone"), numberFor(9), d.f.clock.nowMs() - 3'600'000);
        d.registry.applyStatus(details(QStringLiteral("JNUOID-gone"), QStringLiteral("Pending")),
                               d.f.clock.nowMs() - 3'600'000);
        d.planner->start();
        d.runFor(60'000);
        QVERIFY(d.registry.find(QStringLiteral("JNUOID-gone")));
        QVERIFY(d.registry.find(QStringLiteral("JNUOID-gone"))->notFound);
    }

    void refreshNowJumpsTheBackgroundQueue()
    {
        SimulatorOptions slow;
        slow.stageSeconds = 24 * 3600;
        Desk d(slow);
        QStringList ids;
        for (int i = 0; i < 60; ++i)
            ids << d.addOrder(i);
        d.planner->start();
        d.runFor(70'000); // the background share of the budget is in use
        const QString target = ids.constLast();
        const int before = int(d.checks.value(target).size());
        const qint64 asked = d.f.clock.nowMs();
        d.planner->refreshNow(target);
        QVERIFY(d.f.runUntil([&] { return d.checks.value(target).size() > before; }));
        QVERIFY2(d.f.clock.nowMs() - asked < 5'000, qPrintable(QString::number(d.f.clock.nowMs() - asked)));
        QCOMPARE(d.f.simulator->stats().rateLimited, 0);
    }
};

QTEST_GUILESS_MAIN(TestPollPlanner)
#include "tst_pollplanner.moc"
