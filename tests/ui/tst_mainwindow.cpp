#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <optional>

#include "AppContext.h"
#include "BulkCsv.h"
#include "ImportCsvDialog.h"
#include "MainWindow.h"
#include "OrdersView.h"
#include "SettingsDialog.h"
#include "TestRegistry.h"
#include "TestRequests.h"
#include "TrayNotifier.h"
#include "bulk/BulkImport.h"
#include "bulk/PendingBatchStore.h"
#include "dashboard/DashboardView.h"
#include "domain/validation/FieldNames.h"
#include "registry/OrderRegistry.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"
#include "telegent/SharedBudget.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"
#include <QTemporaryDir>
#include <QWizardPage>

using namespace portdesk;

namespace {
// A team's budget that can not be reached (its database is down).
class UnreachableTeamBudget : public SharedBudget
{
public:
    void take(Priority, const RateBudget &, QObject *context, Callback callback) override
    {
        QTimer::singleShot(0, context, [callback] {
            Answer a;
            a.why = QStringLiteral("could not connect to server");
            a.desksAlive = 4;
            callback(a);
        });
    }
    void rejoin(const QList<qint64> &, const RateBudget &limits, QObject *context, Callback callback) override
    {
        take(Priority::Interactive, limits, context, std::move(callback));
    }
};
} // namespace

// The main window in training mode, offscreen: banner, connection check against the embedded
// simulator, budget display. Saves a screenshot for a person to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskTest"));
        // typingKeepsTheFocusInTheField leaves a draft; restored, its number is checked at once
        // and the first test would count that token request too.
        for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral("-training.json")})
            QFile::remove(QString(DraftStore::defaultPath()).replace(QLatin1String(".json"), suffix));
    }

    void init()
    {
        // Nothing left by an earlier test or run: a budget, a timeout, a batch's unsent rows.
        QSettings().clear();
        QFile::remove(PendingBatchStore::defaultPath(true));
    }

    void startsInTrainingModeAndConnects()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("stateValue"))); // after the first paint
        auto *state = window.findChild<QLabel *>(QStringLiteral("stateValue"));
        auto *bar = window.findChild<QProgressBar *>(QStringLiteral("budgetBar"));
        QVERIFY(banner && state && bar);
        QVERIFY(!banner->isVisible());

        context.start(); // no AccountKey in the test's settings: training mode
        QCOMPARE(context.mode(), AppContext::Mode::Training);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("TRAINING MODE")));
        QVERIFY(context.simulator());
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Connected")), 10'000);
        QCOMPARE(context.simulator()->stats().perRoute.value(QStringLiteral("token")), 1);
        QTRY_COMPARE(bar->value(), 1); // the token request counts against the budget
        QVERIFY(bar->text().contains(QLatin1String("1 of 50")));

        window.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
        QTRY_VERIFY(state->text().startsWith(QLatin1String("Connected")));
        // A check the user asks for really asks Telegent again, and that request is counted.
        QTRY_COMPARE(context.simulator()->stats().perRoute.value(QStringLiteral("token")), 2);
        QTRY_COMPARE(bar->value(), 2);

        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-window-training.png")));
        }
    }

    void aDeskCutOffFromTheTeamsBudgetSaysSo()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        context.start();
        auto *state = window.findChild<QLabel *>(QStringLiteral("stateValue"));
        QTRY_VERIFY(state && state->text().startsWith(QLatin1String("Connected")));
        UnreachableTeamBudget team;
        RequestScheduler *scheduler = context.client()->scheduler();
        scheduler->setSharedBudget(&team);
        window.findChild<QPushButton *>(QStringLiteral("checkButton"))->click(); // a request to send
        QTRY_VERIFY(!scheduler->sharedBudgetProblem().isEmpty());
        const auto budgetLabel = [&]() -> QLabel * {
            for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
                if (l->text().contains(QLatin1String("per min")))
                    return l;
            return nullptr;
        };
        QTRY_VERIFY(budgetLabel() && budgetLabel()->text().startsWith(QLatin1String("This desk alone:")));
        QVERIFY(budgetLabel()->text().endsWith(QLatin1String("/12 per min"))); // 50 / the 4 desks last seen
        QVERIFY(budgetLabel()->toolTip().contains(QLatin1String("could not connect to server")));
        QCOMPARE(budgetLabel()->accessibleDescription(), budgetLabel()->toolTip());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("budgetDetail"))
                    ->text()
                    .contains(QLatin1String("could not connect to server")));
        scheduler->setSharedBudget(nullptr);
    }

    void firstPaintShowsTheWizardAndNothingElse()
    {
        // Start-up (issue 17): the wizard's first page is all the first paint waits for. The
        // Connection tab and the status bar come after it; the desk itself is not started yet.
        AppContext context;
        ui::MainWindow window(&context);
        QVERIFY(window.wizard());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("stateValue")));
        QVERIFY(window.statusBar()->findChildren<QLabel *>().isEmpty());
        QSignalSpy painted(&window, &ui::MainWindow::firstPainted);
        window.show();
        QVERIFY(painted.wait(5000));
        QCOMPARE(painted.count(), 1);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("stateValue")));
        QCOMPARE(window.statusBar()->findChildren<QLabel *>().size(), 3);
        QCOMPARE(context.mode(), AppContext::Mode::Starting);
        QVERIFY(!context.simulator());
        QVERIFY(!context.registry()->isOpen());
        window.repaint();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1); // once
    }

    void ordersViewIsBuiltWhenFirstShown()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QVERIFY(window.wizard());
        QVERIFY(!window.ordersView()); // the agent's wizard does not wait for the table and chart
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("ordersPage")));
        QVERIFY(window.ordersView());
        QVERIFY(window.ordersView()->isVisible());
    }

    // Issue 14 §7: a tray notice or the wizard's duplicate-number error takes the person to the
    // order: the window to the front, on the Orders tab, that order current and the table focused.
    void showOrderGoesToTheOrder()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 now = context.client()->clock()->nowMs();
        QVERIFY(test::recordOrder(*context.registry(), QStringLiteral("JNUOID-SHOW1"), QStringLiteral("+18015552345"),
                                  now));
        QVERIFY(test::recordOrder(*context.registry(), QStringLiteral("JNUOID-SHOW2"), QStringLiteral("+18015552346"),
                                  now));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *ordersPage = window.findChild<QWidget *>(QStringLiteral("ordersPage"));
        QVERIFY(!window.ordersView());

        window.showMinimized();
        window.showOrder(QStringLiteral("JNUOID-SHOW2")); // builds the Orders view on the way
        QVERIFY(!window.isMinimized());
        QCOMPARE(tabs->currentWidget(), ordersPage);
        QVERIFY(window.ordersView());
        QCOMPARE(window.ordersView()->selectedOrderId(), QStringLiteral("JNUOID-SHOW2"));
        QTRY_COMPARE(QApplication::focusWidget(), window.ordersView()->findChild<QWidget *>(QStringLiteral("table")));
        window.ordersView()->selectOrder(QStringLiteral("JNUOID-SHOW1")); // whatever was current, it moves
        window.showOrder(QStringLiteral("JNUOID-SHOW2"));
        QCOMPARE(window.ordersView()->selectedOrderId(), QStringLiteral("JNUOID-SHOW2"));

        // From the wizard: the number JNUOID-SHOW1 holds, its "Show the order".
        window.newPortIn();
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("wizardPage")));
        context.portInSession()->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2345"));
        context.portInSession()->touch(FieldName::PortInNumber);
        auto *show = window.findChild<QPushButton *>(QStringLiteral("showOrderButton"));
        QVERIFY(show && show->isVisible());
        show->click();
        QCOMPARE(tabs->currentWidget(), ordersPage);
        QCOMPARE(window.ordersView()->selectedOrderId(), QStringLiteral("JNUOID-SHOW1"));

        // From the tray: the notice of the last change, clicked.
        auto *tray = window.findChild<ui::TrayNotifier *>();
        QVERIFY(tray);
        QVERIFY(context.registry()->applyStatus(
            test::details(QStringLiteral("JNUOID-SHOW2"), QStringLiteral("Scheduled")), now + 1000));
        tabs->setCurrentIndex(0);
        tray->onMessageClicked();
        QCOMPARE(tabs->currentWidget(), ordersPage);
        QCOMPARE(window.ordersView()->selectedOrderId(), QStringLiteral("JNUOID-SHOW2"));
        // The icon: the window on the Orders view, whatever tab it was on.
        tabs->setCurrentIndex(2);
        tray->onIconActivated(QSystemTrayIcon::Trigger);
        QCOMPARE(tabs->currentWidget(), ordersPage);
        context.portInSession()->reset(); // no draft left for the next test's window to restore
    }

    void ctrlDigitSwitchesTabs()
    {
        // The tabs have no Alt+letter (tst_mnemonics): Ctrl+1..4 reach them, and the tooltip says so.
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 4);
        // Each lands in the tab's first control, not on the page itself (an unnamed focus stop).
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("ordersPage")));
        QVERIFY(window.ordersView());
        QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(QStringLiteral("openButton"))); // top left
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("dashboardPage")));
        QVERIFY(window.findChild<ui::DashboardView *>()); // built when first shown
        QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(QStringLiteral("exportFiguresButton")));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("connectionPage")));
        QVERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget())); // its first enabled button
        QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("wizardPage")));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Phone number"));
        QCOMPARE(tabs->tabToolTip(1), QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
    }

    void dashboardFollowsTheSwitchToLive()
    {
        // Saved credentials bring a new registry (the training one is deleted once idle): the
        // Dashboard must show the live one's figures and never read the old one again.
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start(); // training
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrderRegistry *training = context.registry();
        QVERIFY(test::recordOrder(*training, QStringLiteral("JNUOID-practice"), test::numberFor(1),
                                  context.clock()->nowMs()));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("dashboardPage")));
        QPointer<ui::DashboardView> practice = window.findChild<ui::DashboardView *>();
        QVERIFY(practice);
        QCOMPARE(practice->figures().open, 1);

        bool switched = false;
        context.switchToLive(ApiBaseUrl::parse(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("DID-live"),
                             QStringLiteral("secret"), [&](const QString &) { switched = true; });
        QTRY_VERIFY(switched);
        QVERIFY(context.registry() != training);
        QVERIFY(!practice); // gone with the registry it showed
        auto *live = window.findChild<ui::DashboardView *>();
        QVERIFY(live);
        QVERIFY(live->isVisible());
        QCOMPARE(live->figures().open, 0);
        QVERIFY(test::recordOrder(*context.registry(), QStringLiteral("JNUOID-live"), test::numberFor(2),
                                  context.clock()->nowMs()));
        QTRY_COMPARE(live->figures().open, 1);
    }

    void typingKeepsTheFocusInTheField()
    {
        // One key at a time to whatever has the focus, in an active window, as a window system
        // delivers them. The wizard is embedded next to the tab bar: before the fix, QWizard's
        // anti-flicker hide sent the focus to the tab bar after the first character.
        AppContext context;
        ui::MainWindow window(&context);
        window.resize(1100, 700);
        window.show();
        context.start();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newPortIn();
        auto *number = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(number);
        QCOMPARE(number->accessibleName(), QStringLiteral("Phone number"));
        const QString digits = QStringLiteral("8015552345");
        for (int i = 0; i < digits.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), digits.at(i).toLatin1());
            QCOMPARE(QApplication::focusWidget(), number);
        }
        QCOMPARE(number->text(), QStringLiteral("(801) 555-2345"));
        // The completing digit flips the page to complete once the answer comes: still typing there.
        QTRY_VERIFY(window.wizard()->currentPage()->isComplete());
        QCOMPARE(QApplication::focusWidget(), number);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 0);
    }

    void connectionValuesAreNamedByTheirCaptions()
    {
        // A screen reader names each value by its caption (not by the group box around it) and
        // can read the value and the training banner's whole text.
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        const std::pair<const char *, const char *> values[] = {{"modeValue", "Mode"},
                                                                {"addressValue", "API address"},
                                                                {"accountValue", "Account"},
                                                                {"stateValue", "State"},
                                                                {"registryValue", "Orders kept"}};
        for (const auto &[name, caption] : values) {
            auto *value = window.findChild<QLabel *>(QLatin1String(name));
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(value);
            QVERIFY(a);
            QCOMPARE(a->text(QAccessible::Name), QLatin1String(caption));
            QCOMPARE(a->text(QAccessible::Description), value->text());
        }
        auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(banner);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Training mode notice"));
        QVERIFY(a->text(QAccessible::Description).startsWith(QLatin1String("TRAINING MODE: every request")));
        QVERIFY(a->text(QAccessible::Description).contains(context.modeReason()));
    }

    void refusedCredentialsStopTheNumberPage()
    {
        // Telegent answers the token request with successful:false: not "you may continue".
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-live-test"), QStringLiteral("live-secret-4711"));
        sandbox::Simulator live(&clock, options);
        QVERIFY(live.start());
        AppContext context;
        context.startLive(ApiBaseUrl::parse(live.baseUrl().toString()), QStringLiteral("DID-live-test"),
                          QStringLiteral("revoked"));
        ui::PortInWizard wizard(context.portInSession(), false);
        wizard.show();
        QSignalSpy asked(&wizard, &ui::PortInWizard::credentialsRequested);
        context.portInSession()->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2345"));
        QTRY_COMPARE_WITH_TIMEOUT(context.portInSession()->eligibility(), PortInSession::Eligibility::Refused, 10'000);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QStringList texts;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("refused PortDesk's credentials")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QPushButton *open = nullptr;
        for (QPushButton *b : wizard.currentPage()->findChildren<QPushButton *>())
            if (b->isVisible() && b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Check the credentials")))
                open = b;
        QVERIFY(open);
        open->click();
        QCOMPARE(asked.count(), 1);
    }

    void settingsFromTheWizardStartInTheSecret()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        std::optional<QString> focused; // the accessible name of the field the cursor starts in
        QTimer::singleShot(0, this, [&focused] {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            focused = dialog->focusWidget() ? dialog->focusWidget()->accessibleName() : QStringLiteral("(none)");
            dialog->reject();
        });
        emit window.wizard()->credentialsRequested();
        QVERIFY(focused.has_value());
        QCOMPARE(*focused, QStringLiteral("AccountSecret"));
    }

    void closingWhileASubmitIsOnItsWayAsksFirst()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QVERIFY(window.close()); // nothing on its way: no question
        window.show();
        PortInSession *session = context.portInSession();
        using namespace FieldName;
        const PortInRequest r = test::samplePortIn(QStringLiteral("(801) 555-2345"));
        for (const auto &[field, value] :
             std::initializer_list<std::pair<QString, QString>>{{PortInNumber, r.portInNumber},
                                                                {CurrentCarrierName, r.currentCarrierName},
                                                                {CurrentAccountNumber, r.currentAccountNumber},
                                                                {CurrentAccountPassword, r.currentAccountPassword},
                                                                {SubscriberName, r.subscriberName},
                                                                {Street1, r.currentBillingAddress.street1},
                                                                {City, r.currentBillingAddress.city},
                                                                {State, r.currentBillingAddress.state},
                                                                {Zip, r.currentBillingAddress.zip}})
            session->setValue(field, value);
        session->recordVerbalAuthorization(true); // the customer agreed to the script
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        context.simulator()->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::NoAnswer, {}}, 1);
        session->submit();
        QTRY_COMPARE_WITH_TIMEOUT(context.simulator()->stats().perRoute.value(sandbox::route::PortIn), 1, 10'000);
        QCOMPARE(session->submitState(), PortInSession::Submit::Sending);

        QString asked;
        const auto answer = [&](bool closeAnyway) {
            QTimer::singleShot(0, this, [&asked, closeAnyway] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                if (!closeAnyway)
                    return QTest::keyClick(box, Qt::Key_Return); // the default
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
            });
        };
        answer(false);
        QVERIFY(!window.close()); // Enter keeps the window
        QVERIFY(asked.contains(QLatin1String("port-in is being sent")));
        QVERIFY(window.isVisible());
        asked.clear();
        answer(true);
        QVERIFY(window.close());
        QVERIFY(!asked.isEmpty());
    }

    void closingWhileABatchIsOnItsWayAsksFirst()
    {
        // A CSV batch waits for the budget (1 request a minute: the token took it): still running.
        AppSettings().setRatePerMinute(1);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("batch.csv"));
        QVERIFY(test::writeFile(csv, test::bulkCsvHeader() + test::bulkCsvRow(4401) + test::bulkCsvRow(4402)));
        {
            AppContext context;
            ui::MainWindow window(&context);
            window.show();
            context.start();
            window.showOrders();
            ui::ImportCsvDialog *dialog = window.ordersView()->openImport();
            QVERIFY(dialog && dialog->openFile(csv));
            dialog->submit();
            QVERIFY(dialog->import()->isRunning());
            QString asked;
            QTimer::singleShot(0, this, [&asked] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    QTest::keyClick(box, Qt::Key_Escape);
                }
            });
            QVERIFY(!window.close());
            QVERIFY2(asked.contains(QLatin1String("CSV import")), qPrintable(asked));
            dialog->stop();
        }
    }

    void exitWithARequestInFlight()
    {
        // Closing the app while Telegent has not answered must not crash on the way out.
        auto context = std::make_unique<AppContext>();
        context->start();
        bool answered = false;
        context->client()->tokens()->fetch(context->client()->endpointUrl(QStringLiteral("/numbers/order")).toString(),
                                           context.get(), [&](const auto &, const auto &) { answered = true; });
        QVERIFY(QTest::qWaitFor([&] { return context->client()->scheduler()->inFlight() == 1; }, 5000));
        context.reset();
        QVERIFY(!answered);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
