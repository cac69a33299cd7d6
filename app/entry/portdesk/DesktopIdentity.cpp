#include "DesktopIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QWidget>

#include <cstring>

namespace portdesk::entry {

bool onlyPrintsText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void applyDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId));
}

void applyWindowIcon()
{
    QIcon icon;
    // Up to 256: no window manager draws a window's icon larger, and decoding the 512 px PNG
    // alone took three quarters of this (launchers take that size from the icon theme).
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(QLatin1String(kAppId)),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);
}

void bringToFront(QWidget *window)
{
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace portdesk::entry
