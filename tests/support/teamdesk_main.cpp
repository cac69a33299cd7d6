// portdesk-teamdesk: one PortDesk desk without a window, for the multi-process team tests and the
// bench's team figures. It runs the real composition root (AppContext) in live mode against a
// given API address with a team registry, and speaks a line protocol:
//   stdin:  "submit +18015550123"   sends a port-in for that number (the test's sample request),
//                                   written ahead through SendJournal like every submit
//           "stats"                 prints the team ledger's figures
//           "quit"
//   stdout: "role leader" | "role follower", "submitted ID NUMBER MS" (MS: from the command to
//           the recorded answer), "refused NUMBER TEXT", "unknown ID NUMBER", "added ID",
//           "status ID NEW-STATUS", "checked ID", "budget shared" | "budget alone",
//           "ledger COUNT ROUND-TRIP-P50-MS ROUND-TRIP-P95-MS ASK-TO-ANSWER-P50-MS", "error TEXT"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

#include "AppContext.h"
#include "TestRequests.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "registry/SendJournal.h"
#include "registry/TeamLedger.h"
#include "settings/AppSettings.h"
#include "telegent/operations/SubmitPortIn.h"
#include <QElapsedTimer>
#include <algorithm>

using namespace portdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PortDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QCommandLineParser parser;
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("API base URL"), QStringLiteral("URL"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("team database (server from PGHOST...)"), QStringLiteral("NAME"));
    const QCommandLineOption interval(QStringLiteral("open-interval-ms"),
                                      QStringLiteral("poll interval per open order"), QStringLiteral("MS"),
                                      QStringLiteral("2000"));
    parser.addOptions({api, database, interval});
    parser.process(app);

    QTextStream out(stdout);
    const auto say = [&out](const QString &line) { out << line << Qt::endl; };

    // The settings a supervisor would have saved: this desk uses the team database.
    TeamDatabase team;
    team.host = qEnvironmentVariable("PGHOST");
    team.port = qEnvironmentVariableIntValue("PGPORT");
    team.user = qEnvironmentVariable("PGUSER");
    team.database = parser.value(database);
    {
        AppSettings settings;
        settings.setUseTeamRegistry(true);
        settings.setTeamDatabase(team);
    }

    AppContext context;
    PollPlanner::Policy policy = context.planner()->policy();
    policy.openIntervalMs = parser.value(interval).toLongLong();
    context.planner()->setPolicy(policy);
    QObject::connect(&context, &AppContext::pollRoleChanged, [&](AppContext::PollRole role) {
        if (role == AppContext::PollRole::TeamThisDesk)
            say(QStringLiteral("role leader"));
        else if (role == AppContext::PollRole::TeamOtherDesk)
            say(QStringLiteral("role follower"));
    });
    OrderRegistry *registry = context.registry();
    QObject::connect(registry, &OrderRegistry::ordersAdded, [&](const QStringList &ids) {
        for (const QString &id : ids)
            say(QStringLiteral("added %1").arg(id));
    });
    QObject::connect(registry, &OrderRegistry::statusChanged,
                     [&](const QString &id, const QString &, const QString &to) {
                         say(QStringLiteral("status %1 %2").arg(id, to));
                     });
    QObject::connect(context.planner(), &PollPlanner::checked,
                     [&](const QString &id) { say(QStringLiteral("checked %1").arg(id)); });
    QObject::connect(&context, &AppContext::sharedBudgetChanged, [&](bool shared) {
        say(shared ? QStringLiteral("budget shared") : QStringLiteral("budget alone"));
    });

    context.startLive(ApiBaseUrl::parse(parser.value(api)), qEnvironmentVariable("TELEGENT_ACCOUNT_KEY"),
                      qEnvironmentVariable("TELEGENT_ACCOUNT_SECRET"));
    if (!registry->isOpen()) {
        say(QStringLiteral("error %1").arg(context.registryError()));
        return 1;
    }

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        if (n <= 0)
            return app.quit();
        for (const QString &line : QString::fromUtf8(buffer, n).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line == QLatin1String("quit"))
                return app.quit();
            if (line == QLatin1String("stats")) {
                TeamLedger *ledger = context.teamLedger();
                QList<double> trip = ledger ? ledger->takeRoundTripsMs() : QList<double>();
                QList<double> answer = ledger ? ledger->takeLatenciesMs() : QList<double>();
                std::sort(trip.begin(), trip.end());
                std::sort(answer.begin(), answer.end());
                const auto at = [](const QList<double> &ms, double q) {
                    return ms.isEmpty() ? 0.0 : ms.at(qsizetype(q * (ms.size() - 1)));
                };
                say(QStringLiteral("ledger %1 %2 %3 %4")
                        .arg(trip.size())
                        .arg(at(trip, 0.5), 0, 'f', 3)
                        .arg(at(trip, 0.95), 0, 'f', 3)
                        .arg(at(answer, 0.5), 0, 'f', 3));
                continue;
            }
            if (!line.startsWith(QLatin1String("submit ")))
                continue;
            const QString number = line.mid(7).trimmed();
            SendJournal journal(registry, QStringLiteral("desk"));
            ApiError refused;
            const qint64 intent = journal.beforeSubmit(number, context.clock()->nowMs(), &refused);
            if (!intent) {
                say(QStringLiteral("refused %1 %2").arg(number, refused.message));
                continue;
            }
            QElapsedTimer took;
            took.start();
            auto *op = new SubmitPortIn(context.client(), test::samplePortIn(number), &context);
            QObject::connect(op, &ApiOperation::finished, [&, op, intent, number, took] {
                op->deleteLater();
                const SendJournal::Answer a = SendJournal(registry, QStringLiteral("desk"))
                                                  .afterSubmit(intent, op->request(), op->ok(), op->result(),
                                                               op->error(), context.clock()->nowMs());
                switch (a.outcome) {
                case SendJournal::Outcome::Ordered:
                    return say(QStringLiteral("submitted %1 %2 %3").arg(a.orderId, number).arg(took.elapsed()));
                case SendJournal::Outcome::Refused:
                    return say(QStringLiteral("refused %1 %2").arg(number, a.error.message));
                case SendJournal::Outcome::Unknown:
                case SendJournal::Outcome::Duplicate:
                    return say(QStringLiteral("unknown %1 %2").arg(a.orderId, number));
                }
            });
            op->start();
        }
    });
    return app.exec();
}
