// portdesk: the agent's and supervisor's desktop application.
#include "AppContext.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Port-in desk for the Telegent mPaaS API. Runs in training mode against a built-in "
        "simulator until credentials are configured."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    portdesk::AppContext context;
    portdesk::ui::MainWindow window(&context);
    window.show();
    context.start();
    return app.exec();
}
