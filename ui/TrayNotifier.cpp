#include "TrayNotifier.h"

#include "models/OrdersModel.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QSystemTrayIcon>

namespace portdesk::ui {

TrayNotifier::TrayNotifier(OrderRegistry *registry, const QIcon &icon, QObject *parent)
    : QObject(parent), m_registry(registry)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("PortDesk"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::onMessageClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::onIconActivated);
    }
    connect(registry, &OrderRegistry::statusChanged, this,
            [this](const QString &id, const QString &from, const QString &to) {
                if (from.isEmpty())
                    return;
                const OrderRecord *r = m_registry->find(id);
                const QString who = r && !r->number.isEmpty() ? OrdersModel::formatNumber(r->number) : id;
                m_lastOrderId = id; // a click on the notice goes to this order
                m_last = tr("%1: %2 \u2192 %3").arg(who, OrderTexts::status(from), OrderTexts::status(to));
                if (m_tray && m_tray->supportsMessages())
                    m_tray->showMessage(tr("Port-in status changed"), m_last, QSystemTrayIcon::Information, 8000);
            });
}

void TrayNotifier::onMessageClicked()
{
    // The desktop says only that "the" notice was clicked: each one replaces the one before.
    if (!m_lastOrderId.isEmpty())
        emit orderActivated(m_lastOrderId);
}

void TrayNotifier::onIconActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        emit ordersRequested();
}

} // namespace portdesk::ui
