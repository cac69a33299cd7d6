// Five desk processes on one team database and one simulated Telegent account (50 requests a
// minute), each asked for 12 port-ins at once: more than the account's minute. The team shares
// one budget and one token per endpoint, so the simulator - which sees every request - never
// answers 429 and issues one portin token. Mid-run one desk is SIGKILLed and the team database is
// stopped until a desk notices, then started again: the desks keep to a share of the budget
// meanwhile, rejoin the team's budget, and no number is ordered twice or left without a record in
// the team database.
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include "DeskProcess.h"
#include "TestPostgres.h"
#include "TestRegistry.h"
#include "common/Clock.h"
#include "sandbox/Simulator.h"
#include "telegent/Endpoints.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

constexpr int kDesks = 5;
constexpr int kPerDesk = 12;

bool pgCtl(const QString &arguments)
{
    const QString ctl = qEnvironmentVariable("PORTDESK_TEST_PG_CTL");
    if (ctl.isEmpty())
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), ctl + QLatin1Char(' ') + arguments});
    return p.waitForFinished(60'000) && p.exitCode() == 0;
}

} // namespace

class TestTeamBudget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(!qEnvironmentVariable("PORTDESK_TEST_PG_CTL").isEmpty(), "run through .ci/with-postgres");
    }

    void desksShareTheAccountThroughKillAndRestart()
    {
        const TeamDatabase team = m_pg.create();
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.speed = 10;
        sandbox::Simulator simulator(&clock, options);
        QVERIFY2(simulator.start(), qPrintable(simulator.errorString()));

        std::vector<std::unique_ptr<DeskProcess>> desks;
        for (int d = 0; d < kDesks; ++d) {
            desks.push_back(
                std::make_unique<DeskProcess>(QStringLiteral("desk%1").arg(d + 1), simulator.baseUrl(), team));
            desks.back()->quiet = true;
        }
        for (auto &desk : desks)
            QTRY_VERIFY_WITH_TIMEOUT(desk->saidStarting(QStringLiteral("role ")), 20'000);
        for (int d = 0; d < kDesks; ++d)
            for (int i = 0; i < kPerDesk; ++i)
                desks[d]->send("submit " + numberFor(d * 100 + i).toUtf8());
        const auto answered = [](const DeskProcess &desk) {
            return desk.countStarting(QStringLiteral("submitted ")) + desk.countStarting(QStringLiteral("refused ")) +
                   desk.countStarting(QStringLiteral("unknown "));
        };

        // One desk dies mid-batch.
        QTRY_VERIFY_WITH_TIMEOUT(answered(*desks.back()) >= 3, 30'000);
        desks.back()->kill();
        // The first minute's budget is spent; the rest of the batch waits for the window. At full
        // load the team never went past the account's limit.
        QTRY_VERIFY_WITH_TIMEOUT(simulator.stats().requests >= 45, 60'000);
        QCOMPARE(simulator.stats().rateLimited, 0);

        // The team database goes away until a desk notices (desks waiting for the window ask again
        // within a minute; the polling desk sooner), then comes back.
        QVERIFY(pgCtl(QStringLiteral("stop -m fast")));
        const auto noticed = [&] {
            return std::any_of(desks.begin(), desks.end() - 1,
                               [](auto &d) { return d->said(QStringLiteral("budget alone")); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(noticed(), 90'000);
        QVERIFY(pgCtl(QStringLiteral("restart")));

        for (int d = 0; d + 1 < kDesks; ++d)
            QTRY_VERIFY_WITH_TIMEOUT(answered(*desks[d]) == kPerDesk, 150'000);
        const auto count = [&](const QString &line) {
            return int(std::count_if(desks.begin(), desks.end() - 1, [&](auto &d) { return d->said(line); }));
        };
        const int alone = count(QStringLiteral("budget alone"));
        QVERIFY(alone > 0);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("budget shared")), alone, 20'000); // they ask every 5 s
        qInfo() << "requests" << simulator.stats().requests << "429s" << simulator.stats().rateLimited
                << "max in window" << simulator.stats().maxInWindow;

        // One portin token for the whole team, for the whole run.
        int portinTokens = 0;
        const QString portinUrl = simulator.baseUrl().toString() + endpoint::PortIn;
        for (const QString &t : simulator.engine()->tokens().allIssued())
            portinTokens += simulator.engine()->tokens().find(t)->apiEndpoint == portinUrl ? 1 : 0;
        QCOMPARE(portinTokens, 1);

        // Nothing ordered twice, nothing ordered without a trace in the team database.
        QSqlDatabase db = team.addConnection(QStringLiteral("check"));
        QVERIFY(db.open());
        QSet<QString> numbers;
        for (const auto &order : simulator.engine()->orders().all()) {
            QVERIFY2(!numbers.contains(order.number), qPrintable(order.number + QLatin1String(" ordered twice")));
            numbers << order.number;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE order_id = ?) +"
                                     " (SELECT count(*) FROM send_intents WHERE number = ?)"));
            q.addBindValue(order.orderId);
            q.addBindValue(order.number);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() > 0, qPrintable(order.orderId + QLatin1String(" has no record")));
        }
        for (int d = 0; d + 1 < kDesks; ++d) {
            for (const QString &id : desks[d]->submitted()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE order_id = ?"));
                q.addBindValue(id);
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestTeamBudget)
#include "tst_teambudget.moc"
