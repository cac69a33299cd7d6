// portdesk-bench: the figures the orders view must reach, printed as a table and appended as
// JSON lines to bench-results.jsonl in the working directory. Goals are reported, never asserted.
//   planner:  500 open orders, 30 simulated minutes at 50/min (80 % background share) against the
//             simulator on a virtual clock -> share used, 429s, token requests, longest check gap
//   table:    10,000 rows, 500 status changes applied through the model (+ sort/filter proxy and a
//             table view) -> main-thread time
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include "SimulatorFixture.h"
#include "TestRegistry.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "registry/PollPlanner.h"
#include "sandbox/SimulatorEngine.h"
#include "telegent/Endpoints.h"

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
        const QString id = f.simulator->engine()->orders().create(QStringLiteral("DID-sandbox"), numberFor(i), {}, f.clock.nowMs()).orderId;
        recordOrder(registry, id, numberFor(i), f.clock.nowMs() - 3'600'000);
        registry.applyStatus(details(id, QStringLiteral("Pending")), f.clock.nowMs() - 3'600'000);
    }
    PollPlanner planner(&registry, f.client.get());
    QHash<QString, QList<qint64>> checks;
    QObject::connect(&planner, &PollPlanner::checked, &planner, [&](const QString &id) { checks[id] << f.clock.nowMs(); });
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
    return {
        {QStringLiteral("budget_use_pct"), 100.0 * polls / (share * runMs / 60'000.0), QStringLiteral("%"),
         QStringLiteral("%1 background requests/min x 30 min").arg(share), 95, true},
        {QStringLiteral("http_429_count"), double(stats.rateLimited), QStringLiteral("count"), QStringLiteral("0"), 0, false},
        {QStringLiteral("token_requests_per_lifetime"), tokenRequests / lifetimes, QStringLiteral("per endpoint"),
         QStringLiteral("1 per token lifetime"), 1, false},
        {QStringLiteral("max_check_gap_min"), worstGap / 60'000.0, QStringLiteral("min"),
         QStringLiteral("ceil(%1 / %2)").arg(orders).arg(share), double(bound), false},
    };
}

QList<Figure> tableFigures()
{
    constexpr int rows = 10'000;
    constexpr int changes = 500;
    ManualClock clock;
    OrderRegistry registry;
    QString error;
    registry.openSqlite(QStringLiteral(":memory:"), &error);
    for (int i = 0; i < rows; ++i)
        recordOrder(registry, QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0')), numberFor(i), clock.nowMs());
    // The timing brackets exactly what the model, the proxy and the view do with the signal.
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    QObject::connect(&registry, &OrderRegistry::ordersChanged, &registry, [&] { timer.start(); });
    OrdersModel model(&registry, &clock);
    OrdersFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setGroup(OrdersFilterModel::Group::All);
    proxy.sort(OrdersModel::Status);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1366, 700);
    view.show();
    QObject::connect(&registry, &OrderRegistry::ordersChanged, &registry, [&] { elapsedNs = timer.nsecsElapsed(); });
    const QStringList statuses = {QStringLiteral("Submitted"), QStringLiteral("Scheduled"), QStringLiteral("Error"),
                                  QStringLiteral("Completed"), QStringLiteral("Pending Carrier Approval")};
    QList<double> samples;
    for (int round = 0; round < 7; ++round) {
        QList<OrderDetails> batch;
        for (int k = 0; k < changes; ++k) {
            const int i = (k * 7919 + round * 131) % rows; // spread over the table
            batch << details(QStringLiteral("JNUOID-%1").arg(i, 6, 10, QLatin1Char('0')), statuses.at((k + round) % statuses.size()));
        }
        registry.applyStatuses(batch, clock.nowMs());
        QCoreApplication::processEvents();
        samples << elapsedNs / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return {{QStringLiteral("table_update_ms"), samples.at(samples.size() / 2), QStringLiteral("ms"),
             QStringLiteral("median of 7: 500 of 10,000 rows, sorted proxy + view"), 20, false}};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_LOGGING_RULES", "portdesk.*.info=false");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<Figure> figures = plannerFigures();
    figures += tableFigures();

    QTextStream out(stdout);
    QFile jsonl(QStringLiteral("bench-results.jsonl"));
    jsonl.open(QIODevice::Append);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("figure"), -30).arg(QStringLiteral("value"), 12).arg(QStringLiteral("goal"), 10).arg(QStringLiteral("met"));
    for (const Figure &f : figures) {
        out << QStringLiteral("%1 %2 %3 %4  (%5; baseline: %6)\n")
                   .arg(f.name, -30)
                   .arg(QString::number(f.value, 'f', 2), 12)
                   .arg(QString((f.higherIsBetter ? QStringLiteral(">= ") : QStringLiteral("<= ")) + QString::number(f.goal)), 10)
                   .arg(f.met() ? QStringLiteral("yes") : QStringLiteral("NO"), f.unit, f.baseline);
        const QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value},
                            {QStringLiteral("unit"), f.unit}, {QStringLiteral("baseline"), f.baseline},
                            {QStringLiteral("goal"), f.goal}, {QStringLiteral("met"), f.met()}};
        jsonl.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return 0;
}
