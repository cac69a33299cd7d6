#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "OrdersView.h"
#include "ScreenshotLanguage.h"
#include "DeskFixture.h"
#include "UpdateOrderDialog.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "registry/OrderActions.h"
#include "registry/PollPlanner.h"
#include "telegent/operations/SubmitPortIn.h"

using namespace portdesk;
using namespace portdesk::test;

// The orders view offscreen against the simulator: filters, search, update and cancel.
class TestOrdersView : public QObject
{
    Q_OBJECT

    using Desk = DeskFixture;

    static QStringList visibleIds(ui::OrdersView &view)
    {
        QStringList out;
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            out << view.proxy()->index(r, 0).data(OrdersModel::OrderIdRole).toString();
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QSettings().clear(); // default column layout, not the one a previous run left
        installScreenshotLanguage();
    }

    void filtersSearchAndScreenshot()
    {
        Desk d;
        const QString ok = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        const QString rejected = d.submit(QStringLiteral("+13125550008"), QStringLiteral("John Smith"));
        const QString done = d.submit(QStringLiteral("+12125557777"), QStringLiteral("Ana Lopez"));
        const QString locked = d.submit(QStringLiteral("+14155550006"), QStringLiteral("Wei Chen"));
        d.planner->start();
        d.f.clock.advance(2 * 60'000 + 1); // rejections show after "Submitted"
        QVERIFY(d.f.runUntil([&] { return d.registry.find(rejected)->status == QLatin1String("Error"); }));
        d.planner->stop();
        QVERIFY(d.f.waitReal([&] { return d.f.client->scheduler()->inFlight() == 0; }));
        d.registry.applyStatus(details(done, QStringLiteral("Completed")), d.f.clock.nowMs());

        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(visibleIds(view), (QStringList{ok}));                      // Open by default
        view.findChild<QToolButton *>(QStringLiteral("actionButton"))->click();
        QStringList needsAction{locked, rejected};
        needsAction.sort();
        QCOMPARE(visibleIds(view), needsAction);
        QVERIFY(view.findChild<QToolButton *>(QStringLiteral("actionButton"))->text().contains(QLatin1String("2")));
        view.findChild<QToolButton *>(QStringLiteral("completedButton"))->click();
        QCOMPARE(visibleIds(view), (QStringList{done}));
        view.findChild<QToolButton *>(QStringLiteral("allButton"))->click();
        QCOMPARE(visibleIds(view).size(), 4);
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("(312) 555"));
        QCOMPARE(visibleIds(view), (QStringList{rejected}));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("garcia"));
        QCOMPARE(visibleIds(view), (QStringList{ok}));
        search->clear();

        view.selectOrder(rejected);
        QCOMPARE(view.selectedOrderId(), rejected);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("updateButton"))->isEnabled());
        view.selectOrder(done);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("cancelOrderButton"))->isEnabled()); // final: no cancel
        view.selectOrder(rejected);

        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QTest::qWait(600); // let the summary refresh
            QVERIFY(view.grab().save(dir + QStringLiteral("/orders-view.png")));
        }
    }

    void updateDialogOpensOnTheNamedFieldAndSendsOnlyChanges()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015550008"), QStringLiteral("John Smith"));
        d.registry.applyStatus(details(id, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")), d.f.clock.nowMs());
        ui::UpdateOrderDialog dialog(*d.registry.find(id), &d.actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow(); // focus also under a bare X server (.ci/screenshots)
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit *account = dialog.fieldFor(QStringLiteral("CurrentAccountNumber"));
        QCOMPARE(QApplication::focusWidget(), account);
        QVERIFY(dialog.fieldFor(QStringLiteral("CurrentAccountPassword"))->text().isEmpty()); // never prefilled
        QCOMPARE(dialog.fieldFor(QStringLiteral("CurrentBillingAddress.City"))->text(), QStringLiteral("Lehi"));
        account->selectAll();
        QTest::keyClicks(account, QStringLiteral("777666555"));
        const UpdatePortInRequest u = dialog.request();
        QCOMPARE(u.currentAccountNumber, QStringLiteral("777666555"));
        QVERIFY(u.currentCarrierName.isEmpty() && u.subscriberName.isEmpty() && !u.currentBillingAddress);
        if (const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/update-dialog.png")));
        }
        auto *send = dialog.findChild<QDialogButtonBox *>()->buttons().constFirst();
        const QString sendText = QCoreApplication::translate("portdesk::ui::UpdateOrderDialog", "&Send update");
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
            if (b->text() == sendText)
                send = b;
        QVERIFY(send->isEnabled());
        send->click();
        QVERIFY(d.f.runUntil([&] { return dialog.result() == QDialog::Accepted; }));
        QCOMPARE(d.registry.find(id)->status, QStringLiteral("Updated"));
        QCOMPARE(d.registry.find(id)->accountNumber, QStringLiteral("777666555"));
    }

    void unknownOutcomeRowOffersOnlyVerification()
    {
        Desk d;
        const QString local = d.registry.recordUnknownOutcome(samplePortIn(), QStringLiteral("agent1"), d.f.clock.nowMs());
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(local);
        QCOMPARE(view.selectedOrderId(), local);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("updateButton"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("cancelOrderButton"))->isEnabled());
        QVERIFY(view.model()->index(0, OrdersModel::Message).data().toString().contains(QLatin1String("check before resubmitting")));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        view.resolveUnknownSelected();
        QCOMPARE(d.registry.find(local)->group, StatusGroup::Cancelled);
        QCOMPARE(d.registry.events(local).last().who, QStringLiteral("supervisor1")); // the desk's user, as for every action
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
    }

    void cancelAsksThenCancels()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(id);
        bool confirmed = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->informativeText().contains(QLatin1String("final")));
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                    confirmed = true;
                    b->click();
                }
            }
        });
        view.cancelSelected();
        QVERIFY(confirmed);
        QVERIFY(d.f.runUntil([&] { return d.registry.find(id)->status == QLatin1String("Cancelled"); }));
        QCOMPARE(d.f.simulator->engine()->orders().find(id)->cancelled, true);
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
