// portdesk-bench: the figures that matter to agents and supervisors, each against a baseline
// measured in the same run, printed as a table and written as JSON lines ({name, value, unit,
// baseline, goal, met}) to the file given with --out. Goals are reported, never asserted.
//   start-up:  portdesk --quit-after-first-paint vs a bare QMainWindow, median of 11, ratio;
//              --quit-when-ready (the first eligibility check possible) vs the same bare window
//   memory:    peak RSS with 10,000 orders and the orders view shown vs the bare window
//   table:     10,000 rows, 500 status changes through the model, proxy and view
//   planner:   500 open orders, 30 simulated minutes at 50/min on a virtual clock
//   eligibility: from the digit that completes the number to the answer, real clock, local
//                simulator; the first check of a session (it also fetches the token) apart
//   keystrokes: the keyboard-only happy path of the wizard, keys beyond the data characters
//   team:      K desk processes (2, 5, 10) on one account (50/min) and a real PostgreSQL (run it
//              through .ci/with-postgres), 75 port-ins at once: 429s, token requests per endpoint,
//              budget use, the ledger's round trip; for 5 desks also an agent's submit while the
//              team polls. And the ledger's round trip with 1,000 sends in its window.
#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include "DeskProcess.h"
#include "OrdersView.h"
#include "SimulatorFixture.h"
#include "TestPostgres.h"
#include "TestRegistry.h"
#include "WizardDriver.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "models/TeamFigures.h"
#include "registry/OrderActions.h"
#include "registry/PollPlanner.h"
#include "registry/TeamLedgerSession.h"
#include "sandbox/Simulator.h"
#include "sandbox/SimulatorEngine.h"
#include "telegent/Endpoints.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"
#include "wizard/SessionPage.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

struct Figure
{
    QString name;
    double value;
    QString unit;
    QString baseline;
    double goal;
    bool higherIsBetter;
    bool met() const { return higherIsBetter ? value >= goal : value <= goal; }
};

QList<Figure> plannerFigures()
{
    constexpr int orders = 500;
    // 30 minutes: long enough for every order to be checked more than twice, so the longest gap
    // is a steady-state figure and not just "the run was short".
    constexpr qint64 runMs = 30 * 60'000;
    sandbox::SimulatorOptions options;
    options.stageSeconds = 7 * 24 * 3600; // nothing completes during the run
    SimulatorFixture f(options);
    OrderRegistry registry;
    QString error;
    registry.openSqlite(QStringLiteral(":memory:"), &error);
    for (int i = 0; i < orders; ++i) {
        const QString id = f.simulator->engine()
                               ->orders()
                               .create(QStringLiteral("DID-sandbox"), numberFor(i), {}, f.clock.nowMs())
                               .orderId;
        recordOrder(registry, id, numberFor(i), f.clock.nowMs() - 3'600'000);
        registry.applyStatus(details(id, QStringLiteral("Pending")), f.clock.nowMs() - 3'600'000);
    }
    PollPlanner planner(&registry, f.client.get());
    QHash<QString, QList<qint64>> checks;
    QObject::connect(&planner, &PollPlanner::checked, &planner,
                     [&](const QString &id) { checks[id] << f.clock.nowMs(); });
    const qint64 start = f.clock.nowMs();
    const int before = f.simulator->stats().perRoute.value(sandbox::route::Order);
    planner.start();
    f.runUntil([&] { return f.clock.nowMs() >= start + runMs; }, runMs + 1000, 120'000);
    planner.stop();
    const auto &stats = f.simulator->stats();
    const int polls = stats.perRoute.value(sandbox::route::Order) - before;
    const int share = f.client->scheduler()->budget().backgroundLimit();
    qint64 worstGap = 0;
    for (int i = 0; i < orders; ++i) {
        qint64 last = start;
        for (qint64 t : checks.value(registry.orderIds().at(i))) {
            worstGap = std::max(worstGap, t - last);
            last = t;
        }
        worstGap = std::max(worstGap, start + runMs - last);
    }
    const int bound = int(std::ceil(double(orders) / share));
    const double tokenRequests = f.client->tokens()->requestsSent(f.url(endpoint::Order));
    const double lifetimes = std::ceil(double(runMs) / (options.tokenLifetimeSeconds * 1000.0));
    const qint64 renewalPeriodMs = options.tokenLifetimeSeconds * 1000LL - TokenBroker::kRenewBeforeMs;
    const double tokenFloor = std::ceil(double(runMs) / double(renewalPeriodMs)) / lifetimes;
    return {
        {QStringLiteral("budget_use_pct"), 100.0 * polls / (share * runMs / 60'000.0), QStringLiteral("%"),
         QStringLiteral("%1 background requests/min x 30 min").arg(share), 95, true},
        {QStringLiteral("http_429_count"), double(stats.rateLimited), QStringLiteral("count"), QStringLiteral("0"), 0,
         false},
        // A token is renewed once under 30 s of it remain: polling without a pause needs one
        // request per (lifetime - 30 s) of use, so that is the floor the goal holds it to.
        {QStringLiteral("token_requests_per_lifetime"), tokenRequests / lifetimes, QStringLiteral("per lifetime"),
         QStringLiteral("1 per %1 s of use (renewed under 30 s left)").arg(renewalPeriodMs / 1000), tokenFloor, false},
        {QStringLiteral("max_check_gap_min"), worstGap / 60'000.0, QStringLiteral("min"),
         QStringLiteral("ceil(%1 / %2)").arg(orders).arg(share), double(bound), false},
    };
}

QList<Figure> tableFigures()
{
    constexpr int rows = 10'000;
    constexpr int changes = 500;
    SimulatorFixture f; // the view's planner and actions need a client; nothing is polled here
    OrderRegistry registry;
    QString error;
    registry.openSqlite(QStringLiteral(":memory:"), &error);
    for (int i = 0; i < rows; ++i)
        recordOrder(registry, QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0')), numberFor(i),
                    f.clock.nowMs() - qint64(i % 12) * 86'400'000); // ages 0-11 days: some overdue
    // The timing brackets exactly what the model, the proxy, the view and the detail pane do
    // with the signal: connected first and last around the Orders view's own connections.
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    QObject::connect(&registry, &OrderRegistry::ordersChanged, &registry, [&] { timer.start(); });
    PollPlanner planner(&registry, f.client.get());
    OrderActions actions(&registry, f.client.get(), QStringLiteral("bench"));
    // The supervisor's view as shown: every order, needs me first, one order's story open beside it.
    ui::OrdersView view(&registry, &planner, &actions, &f.clock);
    view.findChild<QAbstractButton *>(QStringLiteral("allButton"))->click();
    view.showUrgencyOrder();
    view.selectOrder(QStringLiteral("JNUOID-000131"));
    view.resize(1366, 700);
    view.show();
    QCoreApplication::processEvents();
    QObject::connect(&registry, &OrderRegistry::ordersChanged, &registry, [&] { elapsedNs = timer.nsecsElapsed(); });
    const QStringList statuses = {QStringLiteral("Submitted"), QStringLiteral("Scheduled"), QStringLiteral("Error"),
                                  QStringLiteral("Completed"), QStringLiteral("Pending Carrier Approval")};
    QList<double> samples;
    for (int round = 0; round < 7; ++round) {
        QList<OrderDetails> batch;
        for (int k = 0; k < changes; ++k) {
            const int i = (k * 7919 + round * 131) % rows; // spread over the table
            batch << details(QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0')),
                             statuses.at((k + round) % statuses.size()));
        }
        registry.applyStatuses(batch, f.clock.nowMs());
        QCoreApplication::processEvents();
        samples << elapsedNs / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return {{QStringLiteral("table_update_ms"), samples.at(samples.size() / 2), QStringLiteral("ms"),
             QStringLiteral("median of 7: 500 of 10,000 rows, Orders view: urgency order + detail pane"), 20, false}};
}

// The Dashboard's figures of a big registry: 10,000 orders, each with two status answers, read
// with one query for the events (TeamFigures::of); the view recomputes at most once a second.
QList<Figure> dashboardFigures()
{
    constexpr int orders = 10'000;
    ManualClock clock;
    OrderRegistry registry;
    QString error;
    registry.openSqlite(QStringLiteral(":memory:"), &error);
    QList<OrderDetails> scheduled, done;
    for (int i = 0; i < orders; ++i) {
        const QString id = QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0'));
        recordOrder(registry, id, numberFor(i), clock.nowMs() - qint64(i % 40) * 86'400'000);
        scheduled << details(id, QStringLiteral("Scheduled"));
        done << details(id, i % 3 ? QStringLiteral("Completed") : QStringLiteral("Error"),
                        i % 3 ? QString() : QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"));
    }
    registry.applyStatuses(scheduled, clock.nowMs());
    registry.applyStatuses(done, clock.nowMs() + 60'000);
    const QDate today = clock.nowUtc().toLocalTime().date();
    QList<double> samples;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const TeamFigures f = TeamFigures::of(registry, today);
        samples << timer.nsecsElapsed() / 1e6;
        Q_UNUSED(f);
    }
    std::sort(samples.begin(), samples.end());
    return {{QStringLiteral("dashboard_figures_ms"), samples.at(samples.size() / 2), QStringLiteral("ms"),
             QStringLiteral("median of 5: TeamFigures of 10,000 orders, 20,000 status events"), 100, false}};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Runs a program until it exits; returns the wall time in ms (or -1) and its stdout.
double runTimed(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(args);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return -1;
    const double ms = t.nsecsElapsed() / 1e6;
    if (out)
        *out = p.readAllStandardOutput();
    return ms;
}

// Isolated settings and data, so no user's orders or draft change what is measured.
QProcessEnvironment isolatedEnv(const QString &home, const QString &platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    return env;
}

QList<Figure> startupFigures(const QString &app, const QString &bare, const QString &home)
{
    QStringList platforms{QStringLiteral("offscreen")};
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        platforms << QStringLiteral("xcb");
    const QStringList paint{QStringLiteral("--quit-after-first-paint")};
    const QStringList ready{QStringLiteral("--quit-when-ready")};
    QStringList paintDetails, readyDetails;
    double worstPaint = 0, worstReady = 0;
    for (const QString &platform : platforms) {
        const QProcessEnvironment env = isolatedEnv(home, platform);
        QList<double> appRuns, readyRuns, bareRuns;
        runTimed(app, paint, env); // warm the file cache
        runTimed(app, ready, env);
        runTimed(bare, {}, env);
        for (int i = 0; i < 11; ++i) { // interleaved, so machine noise hits all alike
            appRuns << runTimed(app, paint, env);
            readyRuns << runTimed(app, ready, env);
            bareRuns << runTimed(bare, {}, env);
        }
        const double bareMs = bareRuns.contains(-1) ? -1 : median(bareRuns);
        // Each figure on its own: an older build without --quit-when-ready still gives the first.
        const auto figure = [&](const QList<double> &runs, double *worst, QStringList *details, const char *what) {
            if (runs.contains(-1) || bareMs < 0) {
                *details << QStringLiteral("%1: a run failed").arg(platform);
                *worst = std::numeric_limits<double>::infinity();
                return;
            }
            *worst = std::max(*worst, median(runs) / bareMs);
            *details << QStringLiteral("%1: %2 ms %3 vs bare first paint %4 ms")
                            .arg(platform)
                            .arg(median(runs), 0, 'f', 0)
                            .arg(QLatin1String(what))
                            .arg(bareMs, 0, 'f', 0);
        };
        figure(appRuns, &worstPaint, &paintDetails, "to first paint");
        figure(readyRuns, &worstReady, &readyDetails, "to ready");
    }
    return {{QStringLiteral("startup_ratio"), worstPaint, QStringLiteral("x"), paintDetails.join(QStringLiteral("; ")),
             1.3, false},
            // Launch to the first possible eligibility check (training: the simulator listens).
            {QStringLiteral("ready_ratio"), worstReady, QStringLiteral("x"), readyDetails.join(QStringLiteral("; ")),
             3.0, false}};
}

QList<Figure> memoryFigures(const QString &app, const QString &bare, const QString &home)
{
    const QString db = home + QStringLiteral("/orders-10k.sqlite");
    {
        ManualClock clock;
        OrderRegistry registry;
        QString error;
        registry.openSqlite(db, &error);
        for (int i = 0; i < 10'000; ++i)
            recordOrder(registry, QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0')), numberFor(i),
                        clock.nowMs());
    }
    QProcessEnvironment env = isolatedEnv(home, QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PORTDESK_REPORT_RSS"), QStringLiteral("1"));
    const auto peak = [&](const QString &program, const QStringList &args) {
        QByteArray out;
        if (runTimed(program, args, env, &out) < 0)
            return -1.0;
        const int at = out.indexOf("peak_rss_kb ");
        return at < 0 ? -1.0 : out.mid(at + 12).trimmed().split('\n').value(0).toDouble() / 1024.0;
    };
    const double withOrders = peak(app, {QStringLiteral("--registry"), db, QStringLiteral("--show"),
                                         QStringLiteral("orders"), QStringLiteral("--quit-after-first-paint")});
    const double baseline = peak(bare, {});
    return {{QStringLiteral("rss_delta_mb"), withOrders - baseline, QStringLiteral("MB"),
             QStringLiteral("%1 MB with 10,000 orders shown vs bare window %2 MB")
                 .arg(withOrders, 0, 'f', 1)
                 .arg(baseline, 0, 'f', 1),
             40, false}};
}

// Real clock and a real local simulator: what an agent waits for after the 10th digit.
QList<Figure> agentFigures()
{
    SystemClock clock;
    sandbox::Simulator simulator(&clock);
    simulator.start();
    QNetworkAccessManager nam;
    TelegentClient client(&nam, &clock);
    client.setBaseUrl(ApiBaseUrl::parse(simulator.baseUrl().toString()));
    client.setCredentials(QStringLiteral("DID-sandbox"), QStringLiteral("sandbox-secret"));
    OrderRegistry registry;
    QString error;
    registry.openSqlite(QStringLiteral(":memory:"), &error);
    PortInSession session(&client, &registry, nullptr, QStringLiteral("bench"));
    ui::PortInWizard wizard(&session, true);
    wizard.show();
    wizard.activateWindow();
    if (!QTest::qWaitForWindowActive(&wizard))
        qWarning("portdesk-bench: the wizard window did not become active; keystrokes may go nowhere");
    const auto wait = [](const std::function<bool()> &done) { return QTest::qWaitFor(done, 10'000); };

    // The clock starts before the completing key is sent: the key's own handling (formatting,
    // validation) is part of what the agent waits for.
    QList<double> latencies;
    auto *number = static_cast<ui::SessionPage *>(wizard.page(ui::NumberPageId))->editorFor(FieldName::PortInNumber);
    for (int i = 0; i < 11; ++i) {
        number->setFocus();
        static_cast<QLineEdit *>(number)->clear();
        session.setValue(FieldName::PortInNumber, {});
        const QString digits = QStringLiteral("801555%1").arg(2300 + i);
        QTest::keyClicks(number, digits.left(9));
        QElapsedTimer t;
        t.start();
        QTest::keyClick(number, digits.at(9).toLatin1());
        if (!wait([&] { return session.eligibility() == PortInSession::Eligibility::Eligible; }))
            latencies << 1e9;
        else
            latencies << t.nsecsElapsed() / 1e6;
    }
    const double first = latencies.takeFirst(); // the session's first: token request + check
    wizard.startNew();
    WizardDriver driver(wizard, session, wait);
    const bool drove = driver.run();
    return {
        {QStringLiteral("eligibility_latency_ms"), median(latencies), QStringLiteral("ms"),
         QStringLiteral("median of 10 checks after the first, completing digit to answer"), 150, false},
        {QStringLiteral("eligibility_first_latency_ms"), first, QStringLiteral("ms"),
         QStringLiteral("first check of the session, with its token request"), 150, false},
        {QStringLiteral("wizard_extra_keystrokes"), drove ? double(driver.extra) : 1e9, QStringLiteral("keys"),
         drove ? QStringLiteral("%1 data characters").arg(driver.data) : driver.failure, 25, false},
    };
}

} // namespace

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(q * (values.size() - 1)));
}

// The figures of one team run of `desks` desk processes sharing 75 port-ins.
QList<Figure> teamRun(TestPostgres &pg, int desks, bool measureInteractive)
{
    constexpr int total = 75; // more than the account's minute: the team must queue
    const TeamDatabase team = pg.create();
    SystemClock clock;
    sandbox::SimulatorOptions options; // 50 a minute, tokens live 300 s
    options.speed = 0.05;              // nothing completes: every order stays open for polling
    sandbox::Simulator simulator(&clock, options);
    if (!simulator.start())
        return {};
    QList<qint64> sentAt;
    QObject::connect(simulator.engine(), &sandbox::SimulatorEngine::requestLogged, &simulator,
                     [&](const QString &) { sentAt << clock.nowMs(); });
    std::vector<std::unique_ptr<DeskProcess>> deskList;
    for (int d = 0; d < desks; ++d) {
        deskList.push_back(
            std::make_unique<DeskProcess>(QStringLiteral("desk%1").arg(d + 1), simulator.baseUrl(), team,
                                          QStringList{QStringLiteral("--open-interval-ms"), QStringLiteral("1000")}));
        deskList.back()->quiet = true;
    }
    const auto waitFor = [](const std::function<bool()> &done, int ms) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return done();
    };
    waitFor(
        [&] {
            return std::all_of(deskList.begin(), deskList.end(),
                               [](auto &d) { return d->saidStarting(QStringLiteral("role ")); });
        },
        30'000);
    const qint64 start = clock.nowMs();
    for (int i = 0; i < total; ++i)
        deskList[i % desks]->send("submit " + numberFor(i).toUtf8());
    const auto answered = [&] {
        int n = 0;
        for (auto &d : deskList)
            n += d->countStarting(QStringLiteral("submitted ")) + d->countStarting(QStringLiteral("refused ")) +
                 d->countStarting(QStringLiteral("unknown "));
        return n;
    };
    waitFor([&] { return answered() >= total; }, 240'000);
    const double firstMinute =
        std::count_if(sentAt.begin(), sentAt.end(), [&](qint64 t) { return t < start + 60'000; });

    QList<double> interactive;
    if (measureInteractive) {
        // The team polls its 75 open orders at its background share; an agent submits now and then.
        waitFor([] { return false; }, 65'000);
        for (int i = 0; i < 5; ++i) {
            const int before = deskList[0]->countStarting(QStringLiteral("submitted "));
            deskList[0]->send("submit " + numberFor(500 + i).toUtf8());
            waitFor([&] { return deskList[0]->countStarting(QStringLiteral("submitted ")) > before; }, 120'000);
            waitFor([] { return false; }, 3'000);
        }
        for (const QString &line : deskList[0]->lines()) {
            if (line.startsWith(QLatin1String("submitted ")) && line.contains(QLatin1String(" +1801200050")))
                interactive << line.section(QLatin1Char(' '), 3, 3).toDouble();
        }
    }
    QList<double> ledgerP50;
    QList<double> answerP50;
    for (auto &d : deskList) {
        d->send("stats");
        waitFor([&] { return d->saidStarting(QStringLiteral("ledger ")); }, 5'000);
        for (const QString &line : d->lines()) {
            if (line.startsWith(QLatin1String("ledger ")) && line.section(QLatin1Char(' '), 1, 1).toInt() > 0) {
                ledgerP50 << line.section(QLatin1Char(' '), 2, 2).toDouble();
                answerP50 << line.section(QLatin1Char(' '), 4, 4).toDouble();
            }
        }
    }
    QHash<QString, int> tokensPerEndpoint;
    for (const QString &t : simulator.engine()->tokens().allIssued())
        tokensPerEndpoint[simulator.engine()->tokens().find(t)->apiEndpoint] += 1;
    int worstTokens = 0;
    for (int n : std::as_const(tokensPerEndpoint))
        worstTokens = std::max(worstTokens, n);

    const QString k = QString::number(desks);
    const QString base = QStringLiteral("%1 desks, %2 port-ins at once, 50/min").arg(desks).arg(total);
    QList<Figure> figures{
        {QStringLiteral("team_http_429_count_k%1").arg(k), double(simulator.stats().rateLimited),
         QStringLiteral("429s"), base, 0, false},
        {QStringLiteral("team_token_requests_per_endpoint_per_lifetime_k%1").arg(k), double(worstTokens),
         QStringLiteral("requests"), QStringLiteral("most for one endpoint, run shorter than a token's 300 s"), 1,
         false},
        {QStringLiteral("team_budget_use_pct_k%1").arg(k), 100.0 * firstMinute / options.rateLimitPerMinute,
         QStringLiteral("%"), QStringLiteral("requests in the first minute while work was queued / 50"), 95, true},
        {QStringLiteral("ledger_overhead_ms_p50_k%1").arg(k), quantile(ledgerP50, 0.5), QStringLiteral("ms"),
         QStringLiteral("one slot question's database round trip, median of the desks' medians"), 2, false},
        {QStringLiteral("ledger_ask_to_answer_ms_p50_k%1").arg(k), quantile(answerP50, 0.5), QStringLiteral("ms"),
         QStringLiteral("the same plus the hops to the ledger's thread and back, all desks on 2 cores"), 10, false}};
    if (measureInteractive)
        figures << Figure{
            QStringLiteral("team_interactive_wait_p95_ms_k%1").arg(k),
            quantile(interactive, 0.95),
            QStringLiteral("ms"),
            QStringLiteral("an agent's submit, command to recorded answer, while the team polls 75 orders"),
            2000,
            false};
    return figures;
}

// One desk's slot question with 1,000 sends in the window (an Enterprise account's minute).
Figure ledgerAtEnterpriseRate(TestPostgres &pg)
{
    const TeamDatabase team = pg.create();
    TeamLedgerSession desk(team, QStringLiteral("DID-bench"), QStringLiteral("secret"), QStringLiteral("bench"));
    QList<double> ms;
    for (int i = 0; i < 1'100; ++i) {
        QElapsedTimer t;
        t.start();
        desk.take(Priority::Interactive, 1'000, 800, 60'500);
        if (i >= 100)
            ms << t.nsecsElapsed() / 1e6;
    }
    return {QStringLiteral("ledger_take_ms_p50_at_1000_per_min"),
            quantile(ms, 0.5),
            QStringLiteral("ms"),
            QStringLiteral("one take() with 1,000 sends in the window, same thread (no hop)"),
            2,
            false};
}

QList<Figure> teamFigures()
{
    TestPostgres pg;
    const QString why = pg.unavailable();
    if (!why.isEmpty()) {
        QTextStream(stderr) << "team figures not measured: " << why << '\n';
        return {};
    }
    QList<Figure> figures;
    for (int desks : {2, 5, 10})
        figures += teamRun(pg, desks, desks == 5);
    figures << ledgerAtEnterpriseRate(pg);
    return figures;
}

int main(int argc, char *argv[])
{
    const QByteArray display = qgetenv("DISPLAY"); // children may use it; this process stays offscreen
    qputenv("QT_LOGGING_RULES", "portdesk.*.info=false");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("JSON lines file (appended)."),
                                       QStringLiteral("FILE"), QStringLiteral("bench-results.jsonl"));
    parser.addOption(outOption);
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only these groups (comma-separated): startup, memory, table, planner, agent, team "
                       "(team only through .ci/with-postgres, and only when named)."),
        QStringLiteral("GROUPS"));
    parser.addOption(onlyOption);
    // Another build's portdesk against this tree's bare window: before/after comparisons.
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("Measure this portdesk binary (default: this tree's)."),
                                       QStringLiteral("PATH"), QStringLiteral(PORTDESK_APP));
    parser.addOption(appOption);
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir home;

    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char *group) { return only.isEmpty() || only.contains(QLatin1String(group)); };
    QList<Figure> figures;
    if (wanted("startup"))
        figures += startupFigures(parser.value(appOption), QStringLiteral(PORTDESK_BARE), home.path());
    if (wanted("memory"))
        figures += memoryFigures(parser.value(appOption), QStringLiteral(PORTDESK_BARE), home.path());
    if (wanted("table"))
        figures += tableFigures() + dashboardFigures();
    if (wanted("planner"))
        figures += plannerFigures();
    if (wanted("agent"))
        figures += agentFigures();
    if (only.contains(QLatin1String("team"))) // minutes long, and needs a PostgreSQL server
        figures += teamFigures();
    Q_UNUSED(display);

    QTextStream out(stdout);
    QFile jsonl(parser.value(outOption));
    jsonl.open(QIODevice::Append);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("figure"), -30)
               .arg(QStringLiteral("value"), 12)
               .arg(QStringLiteral("goal"), 10)
               .arg(QStringLiteral("met"));
    for (const Figure &f : figures) {
        out << QStringLiteral("%1 %2 %3 %4  (%5; baseline: %6)\n")
                   .arg(f.name, -30)
                   .arg(QString::number(f.value, 'f', 2), 12)
                   .arg(QString((f.higherIsBetter ? QStringLiteral(">= ") : QStringLiteral("<= ")) +
                                QString::number(f.goal)),
                        10)
                   .arg(f.met() ? QStringLiteral("yes") : QStringLiteral("NO"), f.unit, f.baseline);
        const QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value},
                            {QStringLiteral("unit"), f.unit}, {QStringLiteral("baseline"), f.baseline},
                            {QStringLiteral("goal"), f.goal}, {QStringLiteral("met"), f.met()}};
        jsonl.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return 0;
}
