#include <QDir>
#include <QFile>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include "AppContext.h"
#include "MainWindow.h"
#include "wizard/DraftStore.h"
#include "OrdersView.h"
#include "PortInWizard.h"
#include <QWizardPage>
#include "sandbox/Simulator.h"

using namespace portdesk;

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

    void startsInTrainingModeAndConnects()
    {
        AppContext context;
        ui::MainWindow window(&context);
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
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

    void ctrlDigitSwitchesTabs()
    {
        // The tabs have no Alt+letter (tst_mnemonics): Ctrl+1..3 reach them, and the tooltip says so.
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 3);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("ordersPage")));
        QVERIFY(window.ordersView());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("connectionPage")));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("wizardPage")));
        QCOMPARE(tabs->tabToolTip(1), QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
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
