// portdesk-cli: the same desk for scripts and operations staff (bulk port-ins from CSV).
#include "AppContext.h"
#include "cli/CliRunner.h"
#include "common/Redaction.h"
#include "common/Translations.h"
#include "registry/RegistryLocation.h"
#include "telegent/ApiBaseUrl.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace portdesk;

#ifdef Q_OS_UNIX
namespace {
// SIGINT/SIGTERM reach the event loop through a self-pipe: the handler only writes a byte.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// The first signal asks the runner to stop cleanly (a batch lets the rows on their way finish and
// be recorded); a second one ends the process at once, as the signal would have by default.
void installStopSignals(QObject *parent, CliRunner *runner)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [runner] {
        static int count = 0;
        char signal = 0;
        if (::read(g_signalPipe[0], &signal, 1) != 1)
            return;
        if (++count > 1) {
            std::signal(signal, SIG_DFL);
            std::raise(signal);
            return;
        }
        runner->interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
} // namespace
#endif

int main(int argc, char *argv[])
{
    redaction::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PortDesk")); // the GUI's settings and registry
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));
    installTranslations(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command; everything from the command on is the command's.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString apiBase = qEnvironmentVariable("TELEGENT_API_BASE");
    QString registryText;
    bool json = false;
    bool sandbox = false;
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << CliRunner::usage();
            return 0;
        }
        if (option == QLatin1String("--version")) {
            out << "portdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (option == QLatin1String("--json"))
            json = true;
        else if (option == QLatin1String("--sandbox"))
            sandbox = true;
        else if (option == QLatin1String("--api-base") && !args.isEmpty())
            apiBase = args.takeFirst();
        else if (option == QLatin1String("--registry") && !args.isEmpty())
            registryText = args.takeFirst();
        else {
            err << "portdesk-cli: unknown option " << option << '\n' << CliRunner::usage();
            return CliExit::Usage;
        }
    }
    const QStringList commands = CliRunner::commands();
    if (args.isEmpty() || !commands.contains(args.constFirst())) {
        if (!args.isEmpty())
            err << "portdesk-cli: unknown command " << args.constFirst() << '\n';
        err << CliRunner::usage();
        return CliExit::Usage;
    }

    // --registry wins over PORTDESK_REGISTRY; neither: the saved settings decide.
    const RegistryLocation registry = RegistryLocation::fromCommandLine(registryText);
    if (!registry.ok()) {
        err << "portdesk-cli: " << (registryText.isEmpty() ? "PORTDESK_REGISTRY" : "--registry") << ": "
            << registry.error << '\n';
        return CliExit::Usage;
    }

    AppContext context;
    context.setAutoPoll(false); // only `watch` polls
    // A team desk cut off from the account's shared budget keeps to its share: say so each time.
    QObject::connect(&context, &AppContext::sharedBudgetChanged, &app, [&err](bool shared, const QString &why) {
        err << "portdesk-cli: "
            << (shared ? QCoreApplication::translate("portdesk-cli", "back on the team's shared request budget.") : why)
            << Qt::endl;
    });
    context.setRegistry(registry);
    if (const std::optional<TeamDatabase> team = context.teamDatabase();
        !sandbox && team && team->isPlaintextOverNetwork())
        err << "portdesk-cli: " << QCoreApplication::translate("portdesk-cli", "warning:") << ' '
            << team->plaintextWarning() << Qt::endl; // every run: plaintext was asked for, and must not be forgotten
    CliRunner runner(&context, out, err, json);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
#ifdef Q_OS_UNIX
    installStopSignals(&app, &runner);
#endif
    // Inside the event loop, so that a command that ends at once can still end it.
    const auto go = [&runner, args] { QTimer::singleShot(0, &runner, [&runner, args] { runner.run(args); }); };
    const QString key = qEnvironmentVariable("TELEGENT_ACCOUNT_KEY");
    const QString secret = qEnvironmentVariable("TELEGENT_ACCOUNT_SECRET");
    if (sandbox) {
        context.startSandbox();
        go();
    } else if (!key.isEmpty() && !secret.isEmpty()) {
        const ApiBaseUrl base = ApiBaseUrl::parse(apiBase.isEmpty() ? ApiBaseUrl::defaultUrl() : apiBase);
        if (!base.ok()) {
            err << "portdesk-cli: --api-base: " << base.error << '\n';
            return CliExit::Usage;
        }
        // A team registry's password may be in the keychain: read before the registry opens.
        context.readTeamPassword([&context, base, key, secret, go] {
            context.startLive(base, key, secret);
            go();
        });
    } else {
        context.startSaved(apiBase, [&err, go](bool ok, const QString &why) {
            if (!ok) {
                err << "portdesk-cli: " << why << Qt::endl;
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(CliExit::AuthFailure); });
                return;
            }
            go();
        });
    }
    return app.exec();
}
