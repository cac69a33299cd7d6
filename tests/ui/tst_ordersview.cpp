#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "DeskFixture.h"
#include "OrdersView.h"
#include "ScreenshotLanguage.h"
#include "TestRegistry.h"
#include "UpdateOrderDialog.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderActions.h"
#include "registry/PollPlanner.h"
#include "sandbox/SimulatorEngine.h"
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

    static QPushButton *button(ui::OrdersView &view, const char *name)
    {
        return view.findChild<QPushButton *>(QLatin1String(name));
    }

    static QString accessibleName(QObject *object)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
        return iface ? iface->text(QAccessible::Name) : QString();
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
        // Open (not finished) by default, needs me first: the two errors (oldest first), then the rest.
        QStringList shown;
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            shown << view.proxy()->index(r, 0).data(OrdersModel::OrderIdRole).toString();
        QCOMPARE(shown, (QStringList{rejected, locked, ok}));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("urgencyButton"))->isChecked());
        QTRY_VERIFY(view.findChild<QToolButton *>(QStringLiteral("openButton"))->text().endsWith(QLatin1String(": 3")));
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
        d.registry.applyStatus(details(id, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                               d.f.clock.nowMs());
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
        const QString local =
            d.registry.recordUnknownOutcome(samplePortIn(), QStringLiteral("agent1"), d.f.clock.nowMs());
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(local);
        QCOMPARE(view.selectedOrderId(), local);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("updateButton"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("cancelOrderButton"))->isEnabled());
        QVERIFY(view.model()
                    ->index(0, OrdersModel::Message)
                    .data()
                    .toString()
                    .contains(QLatin1String("check before resubmitting")));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        view.resolveUnknownSelected();
        QCOMPARE(d.registry.find(local)->group, StatusGroup::Cancelled);
        QCOMPARE(d.registry.events(local).last().who,
                 QStringLiteral("supervisor1")); // the desk's user, as for every action
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
    }

    // A port-in waiting for its signed LOA has nothing at Telegent: its own actions instead.
    void awaitingAuthorizationRowOffersItsOwnActions()
    {
        Desk d;
        QTemporaryDir dir;
        Authorization pending;
        pending.kind = Authorization::Kind::Written;
        pending.accountHolder = QStringLiteral("Jane Doe");
        pending.agent = QStringLiteral("agent1");
        pending.atMs = d.f.clock.nowMs();
        QString error;
        AuthorizationRecords records(&d.registry, QStringLiteral("agent1"));
        const QString waiting = records.recordAwaiting(samplePortIn(), pending, d.f.clock.nowMs(), &error);
        const QString other =
            records.recordAwaiting(samplePortIn(QStringLiteral("+18015550102")), pending, d.f.clock.nowMs(), &error);
        QVERIFY2(!waiting.isEmpty() && !other.isEmpty(), qPrintable(error));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(waiting);
        const auto visible = [&](const char *name) { return button(view, name)->isVisible(); };
        QVERIFY(visible("attachLoaButton") && visible("loaReceivedButton") && visible("withdrawButton"));
        QVERIFY(!visible("continueButton") && !visible("refreshButton") && !visible("updateButton") &&
                !visible("cancelOrderButton") && !visible("resolveButton"));
        const int row = view.model()->rowOf(waiting);
        QVERIFY(
            view.model()->index(row, OrdersModel::Authorization).data().toString().contains(QLatin1String("Jane Doe")));

        // A PNG named .pdf is refused at once, named for what it is.
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QString fake = dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(image.save(fake, "PNG"));
        view.attachLoaSelected(fake);
        auto *message = view.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QLatin1String("PNG")), qPrintable(message->text()));
        QVERIFY(!d.registry.authorization(waiting)->isRecorded());

        // A real signed copy: recorded with its SHA-256, then "Continue" hands it to the wizard.
        const QString scan = dir.filePath(QStringLiteral("scan.png"));
        QVERIFY(image.save(scan, "PNG"));
        view.attachLoaSelected(scan);
        QVERIFY(d.registry.authorization(waiting)->isRecorded());
        QCOMPARE(d.registry.authorization(waiting)->fileName, QStringLiteral("scan.png"));
        QVERIFY(visible("continueButton") && !visible("loaReceivedButton"));
        QSignalSpy continued(&view, &ui::OrdersView::continuePortInRequested);
        button(view, "continueButton")->click();
        QCOMPARE(continued.size(), 1);
        QCOMPARE(continued.first().first().toString(), waiting);

        // Withdrawn: closed, its number free, nothing was ever sent.
        view.selectOrder(other);
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        view.withdrawSelected();
        QVERIFY(isTerminal(d.registry.find(other)->group));
        QVERIFY(d.registry.claimHolder(QStringLiteral("+18015550102")).isEmpty());
        QCOMPARE(d.f.simulator->stats().perRoute.value(sandbox::route::PortIn), 0);
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

    // A multi-selection: one confirmation naming the count and every number (Enter keeps them),
    // then one cancel per order still open; refresh, copy and export act on the selection too.
    void bulkActionsOnASelection()
    {
        Desk d;
        const QString a = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        const QString b = d.submit(QStringLiteral("+18015552346"), QStringLiteral("John Smith"));
        const QString done = d.submit(QStringLiteral("+18015552347"), QStringLiteral("Ana Lopez"));
        const QString other = d.submit(QStringLiteral("+18015552348"), QStringLiteral("Wei Chen"));
        d.registry.applyStatus(details(done, QStringLiteral("Completed")), d.f.clock.nowMs());
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QToolButton *>(QStringLiteral("allButton"))->click();
        auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
        for (const QString &id : {a, b, done}) {
            const QModelIndex index = view.proxy()->mapFromSource(view.model()->index(view.model()->rowOf(id), 0));
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(view.selectedOrderIds().size(), 3);
        QVERIFY(view.selectedOrderId().isEmpty()); // no single-order action on a multi-selection
        QVERIFY(!button(view, "updateButton")->isVisible());
        QVERIFY(button(view, "cancelOrderButton")->isEnabled());
        QCOMPARE(button(view, "exportButton")->text(),
                 QCoreApplication::translate("portdesk::ui::OrdersView", "&Export selected..."));

        // Enter alone keeps them: nothing is sent.
        QString question;
        QString info;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            info = box->informativeText();
            QTest::keyClick(box, Qt::Key_Return);
        });
        view.cancelSelected();
        // The count is of the ports still open: the completed one is not among them.
        QCOMPARE(question, QCoreApplication::translate("portdesk::ui::OrdersView",
                                                       "Cancel the ports of these %n number(s)?", nullptr, 2));
        QVERIFY2(info.contains(QLatin1String("(801) 555-2345, (801) 555-2346")), qPrintable(info));
        QVERIFY(!info.contains(QLatin1String("555-2347")));
        d.f.runUntil([] { return false; }, 60'000, 300);
        QVERIFY(!d.f.simulator->engine()->orders().find(a)->cancelled);

        // The explicit choice cancels both, and one line says so.
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        view.cancelSelected();
        QVERIFY(d.f.runUntil([&] {
            return d.registry.find(a)->status == QLatin1String("Cancelled") &&
                   d.registry.find(b)->status == QLatin1String("Cancelled");
        }));
        QVERIFY(d.f.simulator->engine()->orders().find(b)->cancelled);
        QVERIFY(!d.f.simulator->engine()->orders().find(other)->cancelled);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text(),
                 QCoreApplication::translate("portdesk::ui::OrdersView", "%n port(s) cancelled.", nullptr, 2));

        // Export and copy take the selection (three rows), not the whole view (four).
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("selected.csv"));
        view.exportCsv(file);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 4); // header + 3
        view.copySelected();
        QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')).size(), 3);
    }

    // Asked for by id (a tray notice, the wizard), an order hidden by the filter or the search
    // is shown and selected.
    void selectOrderRevealsAHiddenOrder()
    {
        Desk d;
        const QString done = d.submit(QStringLiteral("+18015552347"), QStringLiteral("Ana Lopez"));
        d.submit(QStringLiteral("+18015552348"), QStringLiteral("Wei Chen"));
        d.registry.applyStatus(details(done, QStringLiteral("Completed")), d.f.clock.nowMs());
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("Wei"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.selectOrder(done);
        QCOMPARE(view.selectedOrderId(), done);
        QVERIFY(view.findChild<QToolButton *>(QStringLiteral("allButton"))->isChecked());
        QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text().isEmpty());
    }

    // Needs me first is the default; a header click sorts by its column, and the choice is
    // remembered by the next view.
    void sortChoiceIsRemembered()
    {
        QSettings().remove(QStringLiteral("orders"));
        Desk d;
        d.submit(QStringLiteral("+18015552347"), QStringLiteral("Ana Lopez"));
        {
            ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
            QVERIFY(view.proxy()->isUrgencyOrder());
            view.findChild<QTableView *>(QStringLiteral("table"))
                ->horizontalHeader()
                ->setSortIndicator(OrdersModel::Number, Qt::AscendingOrder);
            QVERIFY(!view.proxy()->isUrgencyOrder());
            QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("urgencyButton"))->isChecked());
        }
        {
            ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
            QVERIFY(!view.proxy()->isUrgencyOrder());
            QCOMPARE(view.proxy()->sortColumn(), int(OrdersModel::Number));
            view.findChild<QPushButton *>(QStringLiteral("urgencyButton"))->click();
            QVERIFY(view.proxy()->isUrgencyOrder());
        }
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        QVERIFY(view.proxy()->isUrgencyOrder());
        QSettings().remove(QStringLiteral("orders"));
    }

    // Cancelling takes the order out of the Open group: its row stays, selected, showing
    // "Cancelled" with no action left, instead of Qt making the next order current.
    void selectionStaysOnTheOrderAfterCancel()
    {
        Desk d;
        const QString first = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        const QString id = d.submit(QStringLiteral("+18015552346"), QStringLiteral("John Smith"));
        const QString last = d.submit(QStringLiteral("+18015552347"), QStringLiteral("Ana Lopez"));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.proxy()->rowCount(), 3);
        view.selectOrder(id);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click(); // the explicit choice
        });
        view.cancelSelected();
        QVERIFY(d.f.runUntil([&] { return d.registry.find(id)->status == QLatin1String("Cancelled"); }));
        QCoreApplication::processEvents();
        QCOMPARE(view.selectedOrderId(), id);
        QCOMPARE(view.proxy()->rowCount(), 3);
        QVERIFY(!button(view, "cancelOrderButton")->isEnabled()); // cancelled: final
        QVERIFY(!button(view, "updateButton")->isEnabled());
        // The status line names the order by the number the agent knows, not by its OrderId.
        const QString said = view.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        QCOMPARE(said, QCoreApplication::translate("portdesk::ui::OrdersView", "%1 is cancelled.")
                           .arg(QStringLiteral("(801) 555-2346")));
        Q_UNUSED(first);
        Q_UNUSED(last);
    }

    // An update moves a rejected order from "Needs action" to "Updated" (open): the selection
    // stays on it; the other rejected order is not made current with Update enabled.
    void selectionStaysOnTheOrderAfterUpdate()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015550008"), QStringLiteral("John Smith"));
        const QString other = d.submit(QStringLiteral("+13125550008"), QStringLiteral("Ana Lopez"));
        for (const QString &order : {id, other})
            d.registry.applyStatus(
                details(order, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                d.f.clock.nowMs());
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QToolButton *>(QStringLiteral("actionButton"))->click();
        QCOMPARE(view.proxy()->rowCount(), 2);
        view.selectOrder(id);
        bool sent = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::UpdateOrderDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->fieldFor(QStringLiteral("CurrentAccountNumber"))->setText(QStringLiteral("777666555"));
            const QString sendText = QCoreApplication::translate("portdesk::ui::UpdateOrderDialog", "&Send update");
            for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons()) {
                if (b->text() == sendText && b->isEnabled()) {
                    b->click();
                    sent = true;
                }
            }
            QVERIFY(d.f.runUntil([&] { return dialog->result() == QDialog::Accepted; }));
        });
        view.updateSelected();
        QVERIFY(sent);
        QCOMPARE(d.registry.find(id)->status, QStringLiteral("Updated"));
        QCoreApplication::processEvents();
        QCOMPARE(view.selectedOrderId(), id);
        QCOMPARE(view.proxy()->rowCount(), 2);
        QVERIFY(view.findChild<QTableView *>()->selectionModel()->isRowSelected(
            view.findChild<QTableView *>()->currentIndex().row(), {}));
    }

    // Enter alone (the default button) keeps the order: nothing is sent.
    void cancelConfirmationDefaultKeepsTheOrder()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(id);
        QString defaultRole, escapeRole, defaultText;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->defaultButton());
            defaultRole = QString::number(box->buttonRole(box->defaultButton()));
            defaultText = box->defaultButton()->text();
            escapeRole = box->escapeButton() ? QString::number(box->buttonRole(box->escapeButton())) : QString();
            QWidget *target = box->focusWidget() ? box->focusWidget() : box;
            QTest::keyClick(target, Qt::Key_Enter);
            if (box->isVisible()) // Enter did not close it: leave the way a person would
                QTest::keyClick(box, Qt::Key_Escape);
        });
        view.cancelSelected();
        QCOMPARE(defaultRole, QString::number(QMessageBox::RejectRole));
        QCOMPARE(defaultText, QCoreApplication::translate("portdesk::ui::OrdersView", "Keep it"));
        QCOMPARE(escapeRole, QString::number(QMessageBox::RejectRole));
        QCOMPARE(d.f.client->scheduler()->inFlight(), 0); // no cancel request on its way
        d.f.runUntil([] { return false; }, 5'000, 200);   // give a cancel every chance to land
        QVERIFY(d.registry.find(id)->status != QLatin1String("Cancelled"));
        QCOMPARE(d.f.simulator->engine()->orders().find(id)->cancelled, false);
        QCOMPARE(view.selectedOrderId(), id);
    }

    // The poller's answers re-sort nothing under the agent: sorted by status, the selected
    // order changes status (it would sort first), one below leaves the group, one above would
    // sort after it: same selected order, same row, same scroll position.
    void statusChangesKeepSelectionAndScrollPosition()
    {
        Desk d;
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            ids << QStringLiteral("JNUOID-%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(recordOrder(d.registry, ids.last(), numberFor(i), d.f.clock.nowMs(), QStringLiteral("Pending")));
        }
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.resize(1100, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>();
        table->sortByColumn(OrdersModel::Status, Qt::AscendingOrder);
        const int row = 25;
        const QModelIndex index = view.proxy()->index(row, 0);
        const QString id = index.data(OrdersModel::OrderIdRole).toString();
        view.selectOrder(id);
        table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        QCoreApplication::processEvents();
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QString above = view.proxy()->index(row - 3, 0).data(OrdersModel::OrderIdRole).toString();
        const QString below = view.proxy()->index(row + 2, 0).data(OrdersModel::OrderIdRole).toString();
        const QString other = view.proxy()->index(row + 1, 0).data(OrdersModel::OrderIdRole).toString();

        d.registry.applyStatus(details(id, QStringLiteral("Approved")), d.f.clock.nowMs());
        d.registry.applyStatus(details(below, QStringLiteral("Completed")), d.f.clock.nowMs());
        d.registry.applyStatus(details(above, QStringLiteral("Scheduled")), d.f.clock.nowMs());
        QCoreApplication::processEvents();
        QCOMPARE(view.selectedOrderId(), id);
        QCOMPARE(table->currentIndex().row(), row);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(view.proxy()->index(row + 2, 0).data(OrdersModel::OrderIdRole).toString(), below);
        QCOMPARE(view.proxy()->index(row - 3, 0).data(OrdersModel::OrderIdRole).toString(), above);
        QVERIFY(button(view, "cancelOrderButton")->isEnabled()); // its own actions, still open

        // The agent searches for another order: the selected one is hidden, so nothing is
        // current and no action is offered (not one left enabled for a hidden order).
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, other);
        QCOMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(view.selectedOrderId(), QString());
        QVERIFY(!button(view, "cancelOrderButton")->isEnabled());
        QVERIFY(!button(view, "updateButton")->isEnabled());
        search->clear();
        view.selectOrder(id);
        QCOMPARE(view.selectedOrderId(), id);

        // The agent asks for the live table: an order filtered away is not replaced by a
        // neighbour nobody chose; nothing is current and no action is offered.
        d.registry.applyStatus(details(id, QStringLiteral("Completed")), d.f.clock.nowMs());
        view.findChild<QToolButton *>(QStringLiteral("openButton"))->click();
        QCOMPARE(view.proxy()->rowCount(), 38);
        QCOMPARE(view.selectedOrderId(), QString());
        QVERIFY(!button(view, "cancelOrderButton")->isEnabled());
        QVERIFY(!button(view, "updateButton")->isEnabled());
    }

    // What a screen reader reads: the search field and its clear button have names, and so
    // does every control of the view.
    void controlsHaveAccessibleNames()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015552345"), QStringLiteral("Maria Garcia"));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectOrder(id);
        QString historyName;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            historyName = accessibleName(dialog->findChild<QTableWidget *>());
            dialog->reject();
        });
        view.showHistory();
        QVERIFY2(historyName.contains(id), qPrintable(historyName)); // the events table names its order
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QCOMPARE(accessibleName(search), QCoreApplication::translate("portdesk::ui::OrdersView", "Search orders"));
        QTest::keyClicks(search, QStringLiteral("garcia")); // the clear button shows with text
        const QList<QToolButton *> clear = search->findChildren<QToolButton *>();
        QVERIFY(!clear.isEmpty());
        for (QToolButton *b : clear)
            QCOMPARE(accessibleName(b), QCoreApplication::translate("portdesk::ui::OrdersView", "Clear search"));
        clear.first()->click();
        QVERIFY(search->text().isEmpty());
        QList<QWidget *> controls;
        for (QAbstractButton *b : view.findChildren<QAbstractButton *>())
            controls << b;
        for (QLineEdit *e : view.findChildren<QLineEdit *>())
            controls << e;
        controls << view.findChild<QTableView *>();
        int checked = 0;
        for (QWidget *w : controls) {
            if (!w->isVisibleTo(&view) || w->width() <= 0 || w->height() <= 0)
                continue; // what is not on the screen is not read either
            QVERIFY2(!accessibleName(w).trimmed().isEmpty(), qPrintable(w->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 12);
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
