// portdesk: the agent's and supervisor's desktop application.
#include "AppContext.h"
#include "common/Translations.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));
    portdesk::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Port-in desk for the Telegent mPaaS API. Runs in training mode against a built-in "
        "simulator until credentials are configured."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE once the connection check is done, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    portdesk::AppContext context;
    portdesk::ui::MainWindow window(&context);
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
    context.start();
    return app.exec();
}
