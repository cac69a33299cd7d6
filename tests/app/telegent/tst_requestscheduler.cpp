#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "SimulatorFixture.h"
#include "TestRequests.h"
#include "telegent/operations/CheckEligibility.h"
#include "telegent/operations/GetOrder.h"
#include "telegent/operations/SubmitPortIn.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using portdesk::test::SimulatorFixture;

namespace {

// The team's budget as the scheduler sees it (registry/TeamLedger keeps it in PostgreSQL; its
// own test is tst_teamledger): one rolling window for every desk that asks, answered on the
// next turn of the event loop; it can be taken down and brought back.
class FakeTeamBudget : public SharedBudget
{
public:
    explicit FakeTeamBudget(Clock *clock) : m_clock(clock) {}
    bool down = false;
    int desks = 2;
    int questions = 0;
    QList<QList<qint64>> rejoins;

    void take(Priority p, const RateBudget &limits, QObject *context, Callback callback) override
    {
        ++questions;
        QTimer::singleShot(
            0, context, [this, p, perMinute = limits.interactiveLimit(), share = limits.backgroundShare(), callback] {
                Answer a;
                a.desksAlive = desks;
                if (down) {
                    a.why = QStringLiteral("server down");
                    return callback(a);
                }
                m_window.setPerMinute(perMinute);
                m_window.setBackgroundShare(share);
                const qint64 now = m_clock->nowMs();
                a.waitMs = m_window.msUntilAvailable(p, now);
                if (a.waitMs == 0)
                    m_window.recordSend(now);
                a.kind = a.waitMs == 0 ? Answer::Kind::Granted : Answer::Kind::Wait;
                a.used = m_window.used(now);
                callback(a);
            });
    }
    void rejoin(const QList<qint64> &agesMs, const RateBudget &, QObject *context, Callback callback) override
    {
        QTimer::singleShot(0, context, [this, agesMs, callback] {
            Answer a;
            a.desksAlive = desks;
            if (down) {
                a.why = QStringLiteral("server still down");
                return callback(a);
            }
            rejoins << agesMs;
            for (qint64 age : agesMs)
                m_window.recordSend(m_clock->nowMs() - age);
            a.kind = Answer::Kind::Granted;
            a.used = m_window.used(m_clock->nowMs());
            callback(a);
        });
    }

private:
    Clock *m_clock;
    RateBudget m_window;
};

} // namespace

// The scheduler through real operations against the simulator: budget, priorities, retries.
class TestRequestScheduler : public QObject
{
    Q_OBJECT

    static QString submitOne(SimulatorFixture &f, const QString &number = QStringLiteral("+18015552345"))
    {
        SubmitPortIn op(f.client.get(), test::samplePortIn(number));
        if (!f.run(op) || !op.ok())
            return {};
        return op.result().orderId;
    }

    // Runs n GetOrder calls of one priority to completion; returns how many succeeded.
    static int pollMany(SimulatorFixture &f, const QString &orderId, int n, Priority p)
    {
        std::vector<std::unique_ptr<GetOrder>> ops;
        for (int i = 0; i < n; ++i) {
            ops.push_back(std::make_unique<GetOrder>(f.client.get(), orderId));
            ops.back()->setPriority(p);
            ops.back()->start();
        }
        const bool done = f.runUntil(
            [&] { return std::all_of(ops.begin(), ops.end(), [](const auto &op) { return op->isFinished(); }); });
        if (!done)
            return -1;
        return int(std::count_if(ops.begin(), ops.end(), [](const auto &op) { return op->ok(); }));
    }

    static void pollOn(TelegentClient *client, const QString &orderId, int n,
                       std::vector<std::unique_ptr<GetOrder>> &ops)
    {
        for (int i = 0; i < n; ++i) {
            ops.push_back(std::make_unique<GetOrder>(client, orderId));
            ops.back()->start();
        }
    }
    static qsizetype finished(const std::vector<std::unique_ptr<GetOrder>> &ops)
    {
        return std::count_if(ops.begin(), ops.end(), [](auto &o) { return o->isFinished(); });
    }

private slots:
    void twoDesksKeepTogetherToTheAccountsBudget_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("each desk its own budget") << false;
        QTest::newRow("the team's budget") << true;
    }

    void twoDesksKeepTogetherToTheAccountsBudget()
    {
        QFETCH(bool, shared);
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.clock.advance(61'000);
        auto other = f.addDesk();
        FakeTeamBudget team(&f.clock);
        if (shared) {
            f.client->scheduler()->setSharedBudget(&team);
            other->scheduler()->setSharedBudget(&team);
        }
        std::vector<std::unique_ptr<GetOrder>> ops;
        pollOn(f.client.get(), id, 40, ops);
        pollOn(other.get(), id, 40, ops);
        QVERIFY(f.runUntil([&] { return finished(ops) == qsizetype(ops.size()); }));
        const SimStats &s = f.simulator->stats();
        if (!shared) {
            // What the issue measured: each desk spends its own 50, the account gets 429s.
            QVERIFY(s.rateLimited > 0);
            return;
        }
        QCOMPARE(s.rateLimited, 0);
        QVERIFY2(s.maxInWindow <= 50, qPrintable(QString::number(s.maxInWindow)));
        for (auto &o : ops)
            QVERIFY(o->ok());
        QVERIFY(f.client->scheduler()->usingSharedBudget());
    }

    void withoutTheTeamsBudgetADeskKeepsToItsShareThenRejoins()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.clock.advance(61'000);
        FakeTeamBudget team(&f.clock);
        team.desks = 5; // seen alive before the outage
        RequestScheduler *scheduler = f.client->scheduler();
        QSignalSpy changes(scheduler, &RequestScheduler::sharedBudgetChanged);
        scheduler->setSharedBudget(&team);
        std::vector<std::unique_ptr<GetOrder>> warmUp;
        pollOn(f.client.get(), id, 1, warmUp);
        QVERIFY(f.runUntil([&] { return warmUp.front()->isFinished(); }));
        team.down = true;
        std::vector<std::unique_ptr<GetOrder>> ops;
        pollOn(f.client.get(), id, 12, ops);
        QVERIFY(f.waitReal([&] { return finished(ops) >= 8; }));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toBool(), false);
        QVERIFY(changes.first().at(1).toString().contains(QLatin1String("server down")));
        QVERIFY(!scheduler->usingSharedBudget());
        QCOMPARE(scheduler->budget().interactiveLimit(), 10); // 50 / 5 desks
        // Its share of the minute (10, the warm-up's token and poll included) is spent: the rest
        // waits.
        QTest::qWait(100);
        QCOMPARE(finished(ops), 8);
        team.down = false;
        QVERIFY(f.runUntil([&] { return finished(ops) == qsizetype(ops.size()); }));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().at(0).toBool(), true);
        QVERIFY(scheduler->usingSharedBudget());
        QCOMPARE(scheduler->budget().interactiveLimit(), 50);
        // The eight sends made meanwhile were told to the team when it rejoined.
        QCOMPARE(team.rejoins.size(), 1);
        QCOMPARE(team.rejoins.first().size(), 8);
    }

    void budgetIsNeverExceeded()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        QVERIFY(!id.isEmpty());
        const qint64 start = f.clock.nowMs();
        QCOMPARE(pollMany(f, id, 120, Priority::Interactive), 120);
        const SimStats &s = f.simulator->stats();
        QCOMPARE(s.rateLimited, 0);
        QCOMPARE(s.maxInWindow, 50);
        // 2 token requests + 1 submit + 120 status calls = 123 requests at 50/min: the last ones
        // can only go out in the third minute.
        QCOMPARE(s.requests, 123);
        QVERIFY2(f.clock.nowMs() - start >= 120'000, qPrintable(QString::number(f.clock.nowMs() - start)));
        QVERIFY(f.clock.nowMs() - start < 130'000);
    }

    void backgroundUsesOnlyItsShare()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.clock.advance(61'000); // empty window
        QCOMPARE(pollMany(f, id, 100, Priority::Background), 100);
        QCOMPARE(f.simulator->stats().rateLimited, 0);
        QCOMPARE(f.simulator->stats().maxInWindow, 40); // 80 % of 50
    }

    void interactiveJumpsTheQueue()
    {
        SimulatorFixture f;
        f.client->scheduler()->budget().setPerMinute(5);
        const QString id = submitOne(f); // 2 requests: token + submit
        f.clock.advance(61'000);
        QStringList finishOrder;
        std::vector<std::unique_ptr<GetOrder>> background;
        for (int i = 0; i < 8; ++i) {
            background.push_back(std::make_unique<GetOrder>(f.client.get(), id));
            background.back()->setPriority(Priority::Background);
            connect(background.back().get(), &ApiOperation::finished, this,
                    [&finishOrder] { finishOrder << QStringLiteral("bg"); });
            background.back()->start();
        }
        CheckEligibility eligibility(f.client.get(), {QStringLiteral("+18015552345"), QStringLiteral("mvno")});
        connect(&eligibility, &ApiOperation::finished, this,
                [&finishOrder] { finishOrder << QStringLiteral("interactive"); });
        eligibility.start();
        QVERIFY(f.runUntil([&] { return finishOrder.size() == 9; }));
        // Background may use 4 of 5 slots (1 token + 3 polls) in the first minute; the
        // interactive call (token + request) must not wait for the other background polls.
        QVERIFY2(finishOrder.indexOf(QStringLiteral("interactive")) <= 4, qPrintable(finishOrder.join(u',')));
        QCOMPARE(f.simulator->stats().rateLimited, 0);
    }

    void retriesServiceUnavailable()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::ServiceUnavailable, {}}, 2);
        const qint64 start = f.clock.nowMs();
        GetOrder op(f.client.get(), id);
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QVERIFY2(op.ok(), qPrintable(op.error().summary()));
        QCOMPARE(f.simulator->stats().perRoute.value(route::Order), 3);
        QCOMPARE(f.clock.nowMs() - start, 1000 + 2000); // backoff 1 s, then 2 s
    }

    void retries429HonouringRetryAfter()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::TooManyRequests, 7}, 1);
        QSignalSpy paused(f.client->scheduler(), &RequestScheduler::serverRateLimited);
        const qint64 start = f.clock.nowMs();
        GetOrder op(f.client.get(), id);
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QVERIFY(op.ok());
        QCOMPARE(f.clock.nowMs() - start, 7000);
        QCOMPARE(paused.count(), 1);
    }

    void retries429WithoutRetryAfter()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::TooManyRequests, std::nullopt}, 2);
        const qint64 start = f.clock.nowMs();
        GetOrder op(f.client.get(), id);
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QVERIFY(op.ok());
        QCOMPARE(f.clock.nowMs() - start, 1000 + 2000);
    }

    void serverRateLimitHoldsEveryRequest()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::TooManyRequests, 10}, 1);
        GetOrder first(f.client.get(), id);
        first.start();
        QVERIFY(f.waitReal([&] { return f.client->scheduler()->pausedUntilMs() > 0; }));
        const qint64 pausedAt = f.clock.nowMs();
        CheckEligibility other(f.client.get(), {QStringLiteral("+18015552345"), QStringLiteral("mvno")});
        other.start();
        QVERIFY(f.runUntil([&] { return other.isFinished() && first.isFinished(); }));
        QVERIFY(other.ok());
        // The eligibility check did not go out while the account was over its limit.
        QVERIFY(f.clock.nowMs() - pausedAt >= 10'000);
    }

    void givesUpAfterFiveTries()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::ServiceUnavailable, {}}, 10);
        GetOrder op(f.client.get(), id);
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QCOMPARE(op.error().kind, ApiError::Kind::Http);
        QCOMPARE(op.error().httpStatus, 503);
        QCOMPARE(f.simulator->stats().perRoute.value(route::Order), 5);
    }

    void rateLimitedAfterRetries()
    {
        SimulatorFixture f;
        const QString id = submitOne(f);
        f.simulator->faults().add(route::Order, {Fault::Kind::TooManyRequests, 1}, 5);
        GetOrder op(f.client.get(), id);
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QCOMPARE(op.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(f.simulator->stats().perRoute.value(route::Order), 5);
    }

    void submitIsRetriedOnlyWhenNotProcessed()
    {
        SimulatorFixture f;
        f.simulator->faults().add(route::PortIn, {Fault::Kind::ServiceUnavailable, {}}, 1);
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        op.start();
        QVERIFY(f.runUntil([&] { return op.isFinished(); }));
        QVERIFY2(op.ok(), qPrintable(op.error().summary())); // 503 means "not processed": safe
        QCOMPARE(f.simulator->engine()->orders().size(), 1);

        f.simulator->faults().add(route::PortIn, {Fault::Kind::GatewayTimeout, {}}, 1);
        SubmitPortIn second(f.client.get(), test::samplePortIn(QStringLiteral("+18015552346")));
        second.start();
        QVERIFY(f.runUntil([&] { return second.isFinished(); }));
        QCOMPARE(second.error().kind, ApiError::Kind::UnknownOutcome);
        QCOMPARE(f.simulator->stats().perRoute.value(route::PortIn), 3); // 503 + retry, 504 once
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
