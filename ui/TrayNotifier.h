#pragma once
#include <QObject>

class QSystemTrayIcon;

namespace portdesk {
class OrderRegistry;
}

namespace portdesk::ui {

// A desktop notification for every status change ("(801) 555-2345: Scheduled -> Completed"),
// where the desktop has a system tray.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(OrderRegistry *registry, const QIcon &icon, QObject *parent = nullptr);
    bool isAvailable() const { return m_tray != nullptr; }
    QString lastMessage() const { return m_last; }

private:
    OrderRegistry *m_registry;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace portdesk::ui
