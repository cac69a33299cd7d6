#pragma once
#include <QObject>
#include <QSystemTrayIcon>

namespace portdesk {
class OrderRegistry;
}

namespace portdesk::ui {

// A desktop notification for every status change ("(801) 555-2345: Scheduled -> Completed"),
// where the desktop has a system tray. Clicking the notice asks for that order; clicking the icon
// asks for the Orders view (the main window does both).
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(OrderRegistry *registry, const QIcon &icon, QObject *parent = nullptr);
    bool isAvailable() const { return m_tray != nullptr; }
    QString lastMessage() const { return m_last; }
    QString lastOrderId() const { return m_lastOrderId; } // the order the last notice was about

signals:
    // The person clicked the notice about this order.
    void orderActivated(const QString &orderId);
    // The person clicked the tray icon: the window, on the Orders view.
    void ordersRequested();

public slots:
    // QSystemTrayIcon::messageClicked (public: a desktop without a tray still has the logic tested).
    void onMessageClicked();
    void onIconActivated(QSystemTrayIcon::ActivationReason reason);

private:
    OrderRegistry *m_registry;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
    QString m_lastOrderId;
};

} // namespace portdesk::ui
