// portdesk-cli: the same desk for scripts and operations staff (bulk port-ins from CSV).
#include "AppContext.h"
#include "cli/CliRunner.h"
#include "common/Redaction.h"
#include "common/Translations.h"
#include "telegent/ApiBaseUrl.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace portdesk;

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
        else {
            err << "portdesk-cli: unknown option " << option << '\n' << CliRunner::usage();
            return CliRunner::Usage;
        }
    }
    static const QStringList commands = {QStringLiteral("eligibility"), QStringLiteral("submit"), QStringLiteral("status"),
                                         QStringLiteral("cancel"), QStringLiteral("update"), QStringLiteral("orders"),
                                         QStringLiteral("watch"), QStringLiteral("resolve")};
    if (args.isEmpty() || !commands.contains(args.constFirst())) {
        if (!args.isEmpty())
            err << "portdesk-cli: unknown command " << args.constFirst() << '\n';
        err << CliRunner::usage();
        return CliRunner::Usage;
    }

    AppContext context;
    context.setAutoPoll(false); // only `watch` polls
    CliRunner runner(&context, out, err, json);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
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
            return CliRunner::Usage;
        }
        context.startLive(base, key, secret);
        go();
    } else {
        context.startSaved(apiBase, [&err, go](bool ok, const QString &why) {
            if (!ok) {
                err << "portdesk-cli: " << why << Qt::endl;
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(CliRunner::AuthFailure); });
                return;
            }
            go();
        });
    }
    return app.exec();
}
