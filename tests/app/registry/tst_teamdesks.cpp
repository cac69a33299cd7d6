// Two desk processes on one team database and one simulated Telegent account: both see each
// other's orders, exactly one polls, and when it is killed the other takes over within 30 s -
// while the simulator, which sees every request, never counts more than the account's budget.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "DeskProcess.h"
#include "TestPostgres.h"
#include "TestRegistry.h"
#include "common/Clock.h"
#include "sandbox/Simulator.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

struct LoggedRequest
{
    qint64 atMs;
    QString line;
};

// The token serial ("token#N") of a logged order check, or 0 for any other request.
int pollingToken(const QString &line)
{
    static const QRegularExpression check(QStringLiteral("^GET /v1\\.0/numbers/order\\S* \\S+ \\S+ token#(\\d+)$"));
    const QRegularExpressionMatch m = check.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

class TestTeamDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void oneDeskPollsAndAnotherTakesOver()
    {
        const TeamDatabase team = m_pg.create();
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.speed = 20; // a lifecycle stage every 3 s: statuses move while the test watches
        sandbox::Simulator simulator(&clock, options);
        QVERIFY2(simulator.start(), qPrintable(simulator.errorString()));
        QList<LoggedRequest> log;
        connect(simulator.engine(), &sandbox::SimulatorEngine::requestLogged, this, [&](const QString &line) {
            log.append({clock.nowMs(), line});
        });

        auto first = std::make_unique<DeskProcess>(QStringLiteral("desk1"), simulator.baseUrl(), team);
        QTRY_VERIFY_WITH_TIMEOUT(first->said(QStringLiteral("role leader")), 15000);
        DeskProcess second(QStringLiteral("desk2"), simulator.baseUrl(), team);
        QTRY_VERIFY_WITH_TIMEOUT(second.said(QStringLiteral("role follower")), 15000);

        // Both see the orders the other created.
        first->send("submit " + numberFor(11).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!first->submitted(0).isEmpty(), 15000);
        const QString firstOrder = first->submitted(0);
        QTRY_VERIFY_WITH_TIMEOUT(second.said(QStringLiteral("added ") + firstOrder), 15000);
        second.send("submit " + numberFor(12).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!second.submitted(0).isEmpty(), 15000);
        const QString secondOrder = second.submitted(0);
        QTRY_VERIFY_WITH_TIMEOUT(first->said(QStringLiteral("added ") + secondOrder), 15000);

        // The leader's checks move the statuses; the follower hears of them without asking Telegent.
        QTRY_VERIFY_WITH_TIMEOUT(second.saidStarting(QStringLiteral("status ") + firstOrder), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(first->saidStarting(QStringLiteral("checked ") + secondOrder), 20000);
        QVERIFY(!second.saidStarting(QStringLiteral("checked ")));
        QSet<int> tokensBefore;
        for (const LoggedRequest &r : std::as_const(log))
            if (const int t = pollingToken(r.line))
                tokensBefore << t;
        QCOMPARE(tokensBefore.size(), 1); // one desk's order checks, under one token

        // The polling desk dies; the other takes over within 30 s.
        first->kill();
        QElapsedTimer sinceKill;
        sinceKill.start();
        const qint64 killedAt = clock.nowMs();
        QTRY_VERIFY_WITH_TIMEOUT(second.said(QStringLiteral("role leader")), 30000);
        qInfo() << "takeover after" << sinceKill.elapsed() << "ms";
        QTRY_VERIFY_WITH_TIMEOUT(second.saidStarting(QStringLiteral("checked ")), 15000);
        QSet<int> tokensAfter;
        for (const LoggedRequest &r : std::as_const(log))
            if (const int t = pollingToken(r.line); t && r.atMs > killedAt)
                tokensAfter << t;
        // The order checks go on under the team's one token: the new polling desk asked for none.
        QCOMPARE(tokensAfter, tokensBefore);

        // One budget for the whole team: the simulator never refused or counted too much.
        QCOMPARE(simulator.stats().rateLimited, 0);
        QVERIFY2(simulator.stats().maxInWindow <= options.rateLimitPerMinute,
                 qPrintable(QString::number(simulator.stats().maxInWindow)));
        int checks = 0;
        for (const LoggedRequest &r : std::as_const(log))
            checks += pollingToken(r.line) ? 1 : 0;
        qInfo() << "simulator log:" << log.size() << "requests," << checks << "order checks";
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestTeamDesks)
#include "tst_teamdesks.moc"
