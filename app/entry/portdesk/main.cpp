// portdesk: the agent's and supervisor's desktop application.
#include "AppContext.h"
#include "DesktopIdentity.h"
#include "MainWindow.h"
#include "common/Modules.h"
#include "common/Redaction.h"
#include "common/SingleInstance.h"
#include "common/Translations.h"
#include "domain/NanpNumbering.h"
#include "registry/RegistryLocation.h"
#include "settings/AppSettings.h"

#include <QScreen>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSslConfiguration>
#include <QThread>

#include <cstdio>

namespace {

// Loads what the desk's next steps need on a thread of its own while the GUI thread builds what
// the first paint left out: Qt's TLS backend (OpenSSL: the training simulator's QHttpServer and
// the live client's first request need it, and on the GUI thread it was a seventh of the way to
// ready), libphonenumber with its metadata (the agent's first keystroke) and Qt Charts (the
// Orders view). Started after the first paint (on one core it would slow it), waited for before
// main() returns.
class WarmUp
{
public:
    WarmUp()
        : m_thread(QThread::create([] {
              QSslConfiguration::defaultConfiguration();
              if (const portdesk::NanpNumbering *numbering = portdesk::nanpNumbering())
                  numbering->parse(QStringLiteral("8015552345")); // reads libphonenumber's metadata
              portdesk::modules::load(QStringLiteral("charts"));
          }))
    {
    }
    void start() { m_thread->start(QThread::LowPriority); }
    ~WarmUp()
    {
        m_thread->wait();
        delete m_thread;
    }

private:
    QThread *m_thread;
};

// Peak resident memory of this process, for the memory benchmark (Linux; 0 elsewhere).
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    portdesk::redaction::installMessageHandler(); // before anything can log
    if (portdesk::entry::onlyPrintsText(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // --help/--version: no display needed
    QApplication app(argc, argv);
    WarmUp warmUp;
    portdesk::entry::applyDesktopIdentity();
    QApplication::setOrganizationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));
    // The settings' language, or the system's: strings, Qt's buttons, dates, times and numbers.
    portdesk::installLanguage(&app, portdesk::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Port-in desk for the Telegent mPaaS API. Runs in training mode against a built-in "
                       "simulator until credentials are configured."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE once the connection check is done, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QCoreApplication::translate(
            "portdesk",
            "Use this order registry instead of the saved choice (also PORTDESK_REGISTRY; the option wins): a "
            "SQLite file, or a team database as postgresql://USER@HOST:PORT/DBNAME, with sslmode, sslrootcert "
            "(CA file) and connect_timeout allowed as ?parameters. The password comes from PGPASSWORD, "
            "~/.pgpass or the keychain entry the registry dialog saved, never from the URI. A server on another "
            "computer is used over TLS with its certificate verified unless sslmode=disable says plaintext."),
        QStringLiteral("FILE|URI"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("Open on this tab: wizard (default) or orders."),
                                  QStringLiteral("TAB"), QStringLiteral("wizard"));
    const QCommandLineOption firstPaint(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Quit once the first page has been painted (start-up benchmark); with "
                       "PORTDESK_REPORT_RSS=1 print the peak memory."));
    const QCommandLineOption whenReady(
        QStringLiteral("quit-when-ready"),
        QStringLiteral("Quit once an eligibility check can be made: the training simulator listens, or "
                       "Telegent gave a token for the saved credentials (start-up benchmark)."));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        QCoreApplication::translate("portdesk",
                                    "Open another window even if PortDesk is already running with this registry."));
    parser.addOptions({registry, show, firstPaint, whenReady, newInstance});
    parser.process(app);

    const portdesk::RegistryLocation chosen = portdesk::RegistryLocation::fromCommandLine(parser.value(registry));
    if (!chosen.ok()) {
        fprintf(stderr, "portdesk: %s: %s\n", parser.isSet(registry) ? "--registry" : "PORTDESK_REGISTRY",
                qPrintable(chosen.error));
        return 2;
    }
    // One window per user and registry: a second launch brings the first to the front and
    // quits. Screenshots and the start-up benchmark are runs of their own.
    portdesk::SingleInstance instance(chosen.team ? chosen.team->describe() : chosen.sqlitePath);
    if (!parser.isSet(screenshot) && !parser.isSet(firstPaint) && !parser.isSet(whenReady) &&
        !parser.isSet(newInstance)) {
        const auto role = instance.claim();
        if (role == portdesk::SingleInstance::Role::OtherRaised)
            return 0;
        if (role == portdesk::SingleInstance::Role::OtherSilent) {
            fprintf(stderr, "portdesk: %s\n",
                    qPrintable(QCoreApplication::translate(
                        "portdesk",
                        "PortDesk is already running but does not answer; close it or start with --new-instance.")));
            return 1;
        }
    }

    portdesk::AppContext context;
    context.setRegistry(chosen);
    portdesk::ui::MainWindow window(&context);
    QObject::connect(&instance, &portdesk::SingleInstance::activationRequested, &window,
                     [&window] { portdesk::entry::bringToFront(&window); });
    if (parser.value(show) == QLatin1String("orders"))
        window.showOrders();
    // The designed size where it fits with its frame; on a smaller screen (a 1024x600 laptop)
    // maximised, instead of a window whose buttons run off the screen's edge.
    const QRect available = window.screen()->availableGeometry();
    const int frame = 48; // title bar and borders, which the window manager adds outside
    if (window.width() + frame > available.width() || window.height() + frame > available.height())
        window.showMaximized();
    else
        window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &portdesk::ui::MainWindow::connectionChecked, &app, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                qCritical("portdesk: could not write %s", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    // The first paint shows the wizard's first page and nothing else; the rest - the window
    // icon, the keychain, the registry, the simulator, the other tabs - starts once it is on
    // screen. Until the simulator listens the client refuses every request.
    QObject::connect(&window, &portdesk::ui::MainWindow::firstPainted, &app, [&] {
        if (parser.isSet(firstPaint))
            return QCoreApplication::exit(0);
        warmUp.start();
        portdesk::entry::applyWindowIcon();
        context.start();
    });
    if (parser.isSet(whenReady)) {
        QObject::connect(&context, &portdesk::AppContext::modeChanged, &app,
                         [&context](portdesk::AppContext::Mode mode) {
                             if (mode == portdesk::AppContext::Mode::Training) // the simulator listens, or could not
                                 QCoreApplication::exit(context.client()->hasCredentials() ? 0 : 1);
                         });
        QObject::connect(&window, &portdesk::ui::MainWindow::connectionChecked, &app, [](bool connected) {
            QCoreApplication::exit(connected ? 0 : 1); // live: the first token came (or did not)
        });
    }
    const int rc = app.exec();
    if (qEnvironmentVariableIsSet("PORTDESK_REPORT_RSS"))
        printf("peak_rss_kb %lld\n", peakRssKb());
    return rc;
}
