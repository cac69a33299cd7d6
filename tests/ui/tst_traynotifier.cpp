#include <QSignalSpy>
#include <QTest>

#include "TestRegistry.h"
#include "TrayNotifier.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

// The tray's notices (issue 14 §7): a click on the notice asks for the order it was about, a click
// on the icon for the Orders view. Offscreen there is no tray: the slots QSystemTrayIcon's signals
// reach are called as it would; on a desktop with a tray, its own signals are used as well.
class TestTrayNotifier : public QObject
{
    Q_OBJECT

    OrderRegistry m_registry;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        QVERIFY(recordOrder(m_registry, QStringLiteral("JNUOID-A"), QStringLiteral("+18015552345"), 1000));
        QVERIFY(recordOrder(m_registry, QStringLiteral("JNUOID-B"), QStringLiteral("+18015552346"), 1000));
    }

    void clickOnTheNoticeAsksForItsOrder()
    {
        ui::TrayNotifier tray(&m_registry, QIcon());
        QSignalSpy activated(&tray, &ui::TrayNotifier::orderActivated);
        tray.onMessageClicked(); // no notice yet: nothing to go to
        QCOMPARE(activated.size(), 0);
        QVERIFY(m_registry.applyStatus(details(QStringLiteral("JNUOID-A"), QStringLiteral("Scheduled")), 2000));
        QVERIFY(m_registry.applyStatus(details(QStringLiteral("JNUOID-B"), QStringLiteral("Completed")), 3000));
        QCOMPARE(tray.lastOrderId(), QStringLiteral("JNUOID-B")); // the notice on screen is the last one
        tray.onMessageClicked();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("JNUOID-B"));
        if (auto *icon = tray.findChild<QSystemTrayIcon *>()) {
            emit icon->messageClicked(); // the desktop's own click reaches the same place
            QCOMPARE(activated.size(), 2);
            QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("JNUOID-B"));
        }
    }

    void clickOnTheIconAsksForTheOrders()
    {
        ui::TrayNotifier tray(&m_registry, QIcon());
        QSignalSpy orders(&tray, &ui::TrayNotifier::ordersRequested);
        tray.onIconActivated(QSystemTrayIcon::Context); // the menu click: not a request
        QCOMPARE(orders.size(), 0);
        tray.onIconActivated(QSystemTrayIcon::Trigger);
        QCOMPARE(orders.size(), 1);
        if (auto *icon = tray.findChild<QSystemTrayIcon *>()) {
            emit icon->activated(QSystemTrayIcon::Trigger);
            QCOMPARE(orders.size(), 2);
        }
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
