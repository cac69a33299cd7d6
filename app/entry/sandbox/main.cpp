// portdesk-sandbox: the Telegent simulator on its own, for training rooms and manual testing.
#include "common/Clock.h"
#include "sandbox/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

using namespace portdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Telegent mPaaS port-in API simulator (loopback only). Default credentials: "
                       "AccountKey DID-sandbox, AccountSecret sandbox-secret."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free one)."),
                                  QStringLiteral("N"), QStringLiteral("8787"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Order lifecycle speed-up: one stage lasts 60 s / N."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), QStringLiteral("Token lifetime in seconds."),
                                      QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests per rolling minute per account before 429."),
                                  QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption creds(QStringLiteral("credentials"),
                                   QStringLiteral("Accept another AccountKey:AccountSecret pair (repeatable)."),
                                   QStringLiteral("KEY:SECRET"));
    const QCommandLineOption scope(
        QStringLiteral("scope-status"),
        QStringLiteral("HTTP status for a token used on the wrong endpoint: 403 (default) or 401."),
        QStringLiteral("CODE"), QStringLiteral("403"));
    const QCommandLineOption noRetryAfter(QStringLiteral("no-retry-after"),
                                          QStringLiteral("Send 429 without a Retry-After header."));
    const QCommandLineOption numbers(
        QStringLiteral("number"),
        QStringLiteral("A number of the account (repeatable; replaces the training numbers +18018018011 sms, "
                       "+18018018012 voice only, +18018018013 suspended). STATUS: Active, Suspended...; "
                       "sms: it may send texts, voice: it may not; ACCOUNTKEY defaults to DID-sandbox."),
        QStringLiteral("E164:STATUS:sms|voice[:ACCOUNTKEY]"));
    parser.addOptions({port, speed, lifetime, rate, creds, scope, noRetryAfter, numbers});
    parser.process(app);

    QTextStream err(stderr);
    const auto number = [&](const QCommandLineOption &o, double min, double max) {
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (!ok || v < min || v > max) {
            err << "portdesk-sandbox: --" << o.names().constFirst() << " must be a number from " << min << " to " << max
                << ", got '" << parser.value(o) << "'\n";
            std::exit(2);
        }
        return v;
    };
    sandbox::SimulatorOptions options;
    options.port = quint16(number(port, 0, 65535));
    options.speed = number(speed, 0.001, 1e6);
    options.tokenLifetimeSeconds = int(number(lifetime, 1, 86400));
    options.rateLimitPerMinute = int(number(rate, 1, 1e6));
    options.scopeMismatchStatus = int(number(scope, 401, 403));
    if (options.scopeMismatchStatus != 401 && options.scopeMismatchStatus != 403) {
        err << "portdesk-sandbox: --scope-status must be 401 or 403\n";
        return 2;
    }
    options.retryAfterOn429 = !parser.isSet(noRetryAfter);
    for (const QString &pair : parser.values(creds)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == pair.size() - 1) {
            err << "portdesk-sandbox: --credentials takes KEY:SECRET, got '"
                << pair.left(colon > 0 ? colon : pair.size()) << "...'\n";
            return 2;
        }
        options.credentials.insert(pair.left(colon), pair.mid(colon + 1));
    }

    if (parser.isSet(numbers))
        options.numbers.clear();
    for (const QString &spec : parser.values(numbers)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9]\d{7,14}$)"));
        if (parts.size() < 3 || parts.size() > 4 || !e164.match(parts[0]).hasMatch() || parts[1].isEmpty() ||
            (parts[2] != QLatin1String("sms") && parts[2] != QLatin1String("voice")) ||
            (parts.size() == 4 && parts[3].isEmpty())) {
            err << "portdesk-sandbox: --number takes E164:STATUS:sms|voice[:ACCOUNTKEY], e.g. "
                   "+18018018011:Active:sms, got '"
                << spec << "'\n";
            return 2;
        }
        sandbox::SimNumber n;
        n.number = parts[0];
        n.status = parts[1];
        n.messageEnabled = parts[2] == QLatin1String("sms");
        if (n.messageEnabled)
            n.messageRouteId = QStringLiteral("MRID-sandbox-route");
        if (parts.size() == 4)
            n.accountKey = parts[3];
        options.numbers.append(n);
    }

    SystemClock clock;
    sandbox::Simulator simulator(&clock, options);
    if (!simulator.start()) {
        err << "portdesk-sandbox: cannot listen on 127.0.0.1:" << options.port << ": " << simulator.errorString()
            << '\n';
        return 1;
    }
    QTextStream(stdout) << "Telegent simulator on " << simulator.baseUrl().toString() << '\n' << Qt::flush;
    return app.exec();
}
