#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "AppContext.h"
#include "MainWindow.h"
#include "OrdersView.h"
#include "ScreenshotLanguage.h"
#include "SettingsDialog.h"
#include "TestRequests.h"
#include "common/Clock.h"
#include "credentials/ConnectionSetup.h"
#include "credentials/CredentialStore.h"
#include "domain/validation/FieldNames.h"
#include "models/OrdersModel.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"
#include "telegent/TelegentClient.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"

using namespace portdesk;

// The credentials dialog against a simulator and the real keychain (run under .ci/with-keyring),
// then a start in live mode with what it saved.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static sandbox::SimulatorOptions liveOptions()
    {
        sandbox::SimulatorOptions o;
        o.credentials.insert(QStringLiteral("DID-live-test"), QStringLiteral("live-secret-4711"));
        return o;
    }

    // The agent's typing, as the wizard gives it to the session (the PIN included).
    static void typePortIn(PortInSession *session, const QString &number)
    {
        using namespace FieldName;
        const PortInRequest r = test::samplePortIn(number);
        session->setValue(PortInNumber, r.portInNumber);
        for (const auto &[field, value] :
             std::initializer_list<std::pair<QString, QString>>{{CurrentCarrierName, r.currentCarrierName},
                                                                {CurrentAccountNumber, r.currentAccountNumber},
                                                                {CurrentAccountPassword, r.currentAccountPassword},
                                                                {SubscriberName, r.subscriberName},
                                                                {Street1, r.currentBillingAddress.street1},
                                                                {City, r.currentBillingAddress.city},
                                                                {State, r.currentBillingAddress.state},
                                                                {Zip, r.currentBillingAddress.zip}})
            session->setValue(field, value);
        session->recordVerbalAuthorization(true); // the customer agreed to the script
    }

    static bool save(AppContext &context, const QString &url, const QString &secret)
    {
        std::optional<bool> saved;
        ConnectionSetup(&context).saveCredentials(url, QStringLiteral("DID-live-test"), secret, &context,
                                                  [&](bool ok, const QString &) { saved = ok; });
        return QTest::qWaitFor([&] { return saved.has_value(); }, 15'000) && *saved;
    }

    static bool forget(AppContext &context)
    {
        std::optional<bool> forgotten;
        ConnectionSetup(&context).forgetCredentials(&context, [&](bool ok, const QString &) { forgotten = ok; });
        return QTest::qWaitFor([&] { return forgotten.has_value(); }, 15'000) && *forgotten;
    }

    static QString statusText(ui::MainWindow &window)
    {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskCredentialsTest"));
        QSettings().clear();
        test::installScreenshotLanguage();
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under .ci/with-keyring");
    }

    void addressCheckedAsTyped()
    {
        AppContext context;
        ui::SettingsDialog dialog(&context);
        dialog.show();
        dialog.keyEdit()->setText(QStringLiteral("DID-x"));
        dialog.secretEdit()->setText(QStringLiteral("s"));
        dialog.addressEdit()->setText(QStringLiteral("http://api.telegent.com/v1.0"));
        QVERIFY(dialog.addressEdit()->accessibleDescription().contains(QLatin1String("https")));
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300); // let the layout make room for the message
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-dialog.png")));
        }
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        dialog.addressEdit()->setText(QStringLiteral("https://api.telegent.com/v1.0"));
        QVERIFY(dialog.addressEdit()->accessibleDescription().isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    // Español is written for US agents: choosing it keeps US dates and times (es_US, 12-hour),
    // not Spain's; a setting saved as "es" before still shows as Español.
    void spanishIsSavedAsUsSpanish()
    {
        AppSettings().setLanguage(QStringLiteral("es"));
        AppContext context;
        ui::SettingsDialog dialog(&context);
        QComboBox *language = dialog.languageCombo();
        QCOMPARE(language->currentData().toString(), QStringLiteral("es_US"));
        QCOMPARE(language->currentText(), QStringLiteral("Español"));
        language->setCurrentIndex(0);
        language->setCurrentIndex(language->findData(QStringLiteral("es_US")));
        QCOMPARE(AppSettings().language(), QStringLiteral("es_US"));
        QVERIFY(language->findData(QStringLiteral("fr_CA")) > 0);
        AppSettings().setLanguage(QString());
    }

    void requestSettingsApplyAtOnce()
    {
        AppContext context;
        ui::SettingsDialog dialog(&context);
        dialog.budgetSpin()->setValue(120);
        dialog.shareSpin()->setValue(50);
        dialog.timeoutSpin()->setValue(12);
        QCOMPARE(context.client()->scheduler()->budget().perMinute(), 120);
        QCOMPARE(context.client()->scheduler()->budget().backgroundLimit(), 60);
        QCOMPARE(context.client()->scheduler()->timeoutMs(), 12'000);
        QCOMPARE(AppSettings().ratePerMinute(), 120);
        QCOMPARE(AppSettings().backgroundShare(), 0.5);
        AppContext next; // and the next start reads them
        QCOMPARE(next.client()->scheduler()->budget().perMinute(), 120);
        dialog.budgetSpin()->setValue(50);
        dialog.shareSpin()->setValue(80);
        dialog.timeoutSpin()->setValue(30);
    }

    void init()
    {
        QFile::remove(OrderRegistry::defaultSqlitePath()); // each test's live registry starts empty
    }

    void tabOrderFollowsTheScreen()
    {
        // The form shows budget, share, timeout, language: Tab goes the same way.
        AppContext context;
        ui::SettingsDialog dialog(&context);
        const QList<QWidget *> shown = {dialog.budgetSpin(), dialog.shareSpin(), dialog.timeoutSpin(),
                                        dialog.languageCombo()};
        QList<QWidget *> order;
        for (QWidget *w = dialog.budgetSpin(); order.size() < shown.size(); w = w->nextInFocusChain()) {
            if (shown.contains(w) && !order.contains(w))
                order << w;
            QVERIFY(w->nextInFocusChain() != dialog.budgetSpin() || order.size() == shown.size());
        }
        QCOMPARE(order, shown);
    }

    void saveSwitchesTheRunningDeskToLive()
    {
        SystemClock clock;
        sandbox::Simulator live(&clock, liveOptions());
        QVERIFY(live.start());
        const QString url = live.baseUrl().toString();
        AppContext context;
        ui::MainWindow window(&context);
        window.show();
        context.start();
        QCOMPARE(context.mode(), AppContext::Mode::Training);
        QPointer<sandbox::Simulator> training = context.simulator();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        auto *modeValue = window.findChild<QLabel *>(QStringLiteral("modeValue"));
        auto *addressValue = window.findChild<QLabel *>(QStringLiteral("addressValue"));
        QVERIFY(banner->isVisible());
        QLabel *trainingHelp = nullptr;
        for (QLabel *label : window.wizard()->findChildren<QLabel *>())
            if (label->text().startsWith(QLatin1String("Training: numbers ending")))
                trainingHelp = label;
        QVERIFY(trainingHelp && !trainingHelp->isHidden());
        QVERIFY(
            context.registry()->recordTracked(QStringLiteral("PRACTICE-1"), QStringLiteral("agent1"), clock.nowMs()));

        // The agent is typing a port-in in training when the credentials are saved.
        PortInSession *session = context.portInSession();
        session->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2345"));
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        QCOMPARE(training->stats().perRoute.value(sandbox::route::Eligibility), 1);
        session->setValue(FieldName::CurrentAccountPassword, QStringLiteral("918273"));

        {
            ui::SettingsDialog dialog(&context, &window);
            dialog.show();
            dialog.addressEdit()->setText(url);
            dialog.keyEdit()->setText(QStringLiteral("DID-live-test"));
            dialog.secretEdit()->setText(QStringLiteral("live-secret-4711"));
            dialog.saveButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Saved")), 15'000);
            // Saved means used, now: and the practice orders' fate is said where the agent looks.
            QVERIFY2(dialog.resultText().contains(QLatin1String("now works live")), qPrintable(dialog.resultText()));
            QVERIFY2(dialog.resultText().contains(QLatin1String("practice order")), qPrintable(dialog.resultText()));
        }
        // Banner, status bar and Connection tab say the same, at once.
        QCOMPARE(context.mode(), AppContext::Mode::Live);
        QVERIFY(!banner->isVisible());
        QVERIFY2(statusText(window).split(QLatin1Char('|')).contains(QStringLiteral("Live")),
                 qPrintable(statusText(window)));
        QVERIFY(modeValue->text().startsWith(QLatin1String("Live:")));
        QCOMPARE(addressValue->text(), url);
        QCOMPARE(context.client()->baseUrl().url.toString(), url);
        QVERIFY(!context.simulator());
        QVERIFY(trainingHelp->isHidden()); // the wizard's simulator hints are gone too
        // The live registry, not the training one: the practice order is not in it.
        QVERIFY(!context.registry()->find(QStringLiteral("PRACTICE-1")));
        QVERIFY(!context.registry()->isTeam());

        // The typed values stayed, the PIN too; the next eligibility check asks the live server.
        QCOMPARE(session->value(FieldName::PortInNumber), QStringLiteral("(801) 555-2345"));
        QCOMPARE(session->value(FieldName::CurrentAccountPassword), QStringLiteral("918273"));
        QTRY_COMPARE_WITH_TIMEOUT(live.stats().perRoute.value(sandbox::route::Eligibility), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        typePortIn(session, QStringLiteral("(801) 555-2345"));
        session->submit();
        QTRY_COMPARE_WITH_TIMEOUT(session->submitState(), PortInSession::Submit::Done, 10'000);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::PortIn), 1);
        if (training)
            QCOMPARE(training->stats().perRoute.value(sandbox::route::PortIn), 0);
        QVERIFY(context.registry()->find(session->submitResult().orderId)); // recorded in the live registry

        // Saved again while live: a new client, the same live registry; the Orders view is built
        // anew on the new connection (the old one's planner and actions are deleted once idle).
        window.showOrders();
        QPointer<ui::OrdersView> view = window.ordersView();
        QPointer<PollPlanner> oldPlanner = context.planner();
        OrderRegistry *liveRegistry = context.registry();
        QVERIFY(view);
        QVERIFY(save(context, url, QStringLiteral("live-secret-4711")));
        QCOMPARE(context.registry(), liveRegistry);
        QVERIFY(context.planner() != oldPlanner);
        QTRY_VERIFY_WITH_TIMEOUT(!oldPlanner && !view, 10'000);
        QVERIFY(window.ordersView());
        QVERIFY(window.ordersView()->model()->rowCount() >= 1);

        // Forget: training again, at once, with a simulator of its own.
        {
            ui::SettingsDialog dialog(&context, &window);
            dialog.forgetButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Credentials deleted")), 15'000);
        }
        QCOMPARE(context.mode(), AppContext::Mode::Training);
        QVERIFY(banner->isVisible());
        QVERIFY(statusText(window).split(QLatin1Char('|')).contains(QStringLiteral("Training mode")));
        QCOMPARE(modeValue->text(), QStringLiteral("Training (simulator)"));
        QVERIFY(!trainingHelp->isHidden());
        QVERIFY(context.simulator());
        QCOMPARE(addressValue->text(), context.simulator()->baseUrl().toString());
        QCOMPARE(AppSettings().accountKey(), QString());
        session->reset(); // the next customer: checked against the new simulator
        session->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2346"));
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        QCOMPARE(context.simulator()->stats().perRoute.value(sandbox::route::Eligibility), 1);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::Eligibility), 1);
    }

    void requestOnItsWayFinishesAgainstTheOldTarget()
    {
        // A submit is on its way to the training simulator, which never answers; the credentials
        // are saved meanwhile. The submit ends there (unknown outcome, recorded there) and is
        // never sent to the live server; the session then follows the desk.
        AppSettings().setRequestTimeoutSeconds(1);
        SystemClock clock;
        sandbox::Simulator live(&clock, liveOptions());
        QVERIFY(live.start());
        AppContext context;
        context.start();
        QPointer<sandbox::Simulator> training = context.simulator();
        PortInSession *session = context.portInSession();
        typePortIn(session, QStringLiteral("+18015552345"));
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        training->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::NoAnswer, {}}, 1);
        session->submit();
        QTRY_COMPARE_WITH_TIMEOUT(training->stats().perRoute.value(sandbox::route::PortIn), 1, 10'000);
        QCOMPARE(session->submitState(), PortInSession::Submit::Sending);
        QSignalSpy recordedInTraining(context.registry(), &OrderRegistry::ordersAdded);

        QVERIFY(save(context, live.baseUrl().toString(), QStringLiteral("live-secret-4711")));
        QCOMPARE(context.mode(), AppContext::Mode::Live);
        QVERIFY(training); // kept while its request is on its way
        QTRY_COMPARE_WITH_TIMEOUT(session->submitState(), PortInSession::Submit::UnknownOutcome, 10'000);
        QCOMPARE(training->stats().perRoute.value(sandbox::route::PortIn), 1);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::PortIn), 0);
        QCOMPARE(recordedInTraining.count(), 1); // the unknown outcome, where it was sent
        QCOMPARE(context.registry()->count(), 0);
        // Then the session follows the desk: its next check goes to the live server.
        session->reset();
        session->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2347"));
        QTRY_COMPARE_WITH_TIMEOUT(live.stats().perRoute.value(sandbox::route::Eligibility), 1, 10'000);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::PortIn), 0);
        // The old connection goes once it has nothing left on its way.
        QTRY_VERIFY_WITH_TIMEOUT(!training, 10'000);
        QVERIFY(forget(context));
        AppSettings().setRequestTimeoutSeconds(30);
    }

    void retryOfARequestOnItsWayStaysOnTheOldTarget()
    {
        // An eligibility check the training simulator told to wait (429, Retry-After 3 s) is
        // repeated after the switch: against the simulator it was meant for, never the live server.
        SystemClock clock;
        sandbox::Simulator live(&clock, liveOptions());
        QVERIFY(live.start());
        AppContext context;
        context.start();
        QPointer<sandbox::Simulator> training = context.simulator();
        training->faults().add(sandbox::route::Eligibility, {sandbox::Fault::Kind::TooManyRequests, 3}, 1);
        context.portInSession()->setValue(FieldName::PortInNumber, QStringLiteral("(801) 555-2345"));
        QTRY_VERIFY_WITH_TIMEOUT(context.client()->scheduler()->pausedUntilMs() > 0, 10'000);
        QCOMPARE(training->stats().perRoute.value(sandbox::route::Eligibility), 1);

        QVERIFY(save(context, live.baseUrl().toString(), QStringLiteral("live-secret-4711")));
        QCOMPARE(context.mode(), AppContext::Mode::Live);
        // The session's own check of the number on the live server: one request.
        QTRY_COMPARE_WITH_TIMEOUT(context.portInSession()->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(training->stats().perRoute.value(sandbox::route::Eligibility), 2, 10'000);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::Eligibility), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!training, 10'000);
        QCOMPARE(live.stats().perRoute.value(sandbox::route::Eligibility), 1);
        QVERIFY(forget(context));
    }

    void saveAfterAFailedTestAsksFirst()
    {
        SystemClock clock;
        sandbox::Simulator live(&clock, liveOptions());
        QVERIFY(live.start());
        AppContext context;
        context.start();
        ui::SettingsDialog dialog(&context);
        dialog.show();
        dialog.addressEdit()->setText(live.baseUrl().toString());
        dialog.keyEdit()->setText(QStringLiteral("DID-live-test"));
        dialog.secretEdit()->setText(QStringLiteral("wrong"));
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Not connected")), 10'000);

        // Enter on the question keeps things as they are: nothing saved, still training.
        QString asked;
        const auto answer = [&](bool saveAnyway) {
            QTimer::singleShot(0, this, [&asked, saveAnyway] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                if (!saveAnyway)
                    return QTest::keyClick(box, Qt::Key_Return);
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
            });
        };
        answer(false);
        dialog.saveButton()->click();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(AppSettings().accountKey(), QString());
        QCOMPARE(context.mode(), AppContext::Mode::Training);

        // Asked again while nothing was changed; an explicit choice saves (and switches).
        asked.clear();
        answer(true);
        dialog.saveButton()->click();
        QVERIFY(!asked.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Saved")), 15'000);
        QCOMPARE(context.mode(), AppContext::Mode::Live);
        QVERIFY(forget(context));

        // After an edit the failed test no longer speaks for what is typed: no question.
        dialog.secretEdit()->setText(QStringLiteral("wrong"));
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Not connected")), 10'000);
        QTest::keyClicks(dialog.secretEdit(), QStringLiteral("x"));
        asked.clear();
        dialog.secretEdit()->setText(QStringLiteral("live-secret-4711"));
        QTimer::singleShot(0, this, [&asked] { // a question here would be a defect: record and refuse it
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        dialog.saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Saved")), 15'000);
        QVERIFY(asked.isEmpty());
        QVERIFY(forget(context));
    }

    void testSaveStartLiveForget()
    {
        SystemClock clock;
        sandbox::Simulator simulator(&clock, liveOptions());
        QVERIFY(simulator.start());
        const QString url = simulator.baseUrl().toString();
        {
            AppContext context;
            ui::SettingsDialog dialog(&context);
            dialog.show();
            dialog.addressEdit()->setText(url);
            dialog.keyEdit()->setText(QStringLiteral("DID-live-test"));
            dialog.secretEdit()->setText(QStringLiteral("wrong"));
            dialog.testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Not connected")), 10'000);
            QVERIFY(dialog.resultText().contains(QLatin1String("Invalid AccountKey or AccountSecret")));

            dialog.secretEdit()->setText(QStringLiteral("live-secret-4711"));
            dialog.testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Connected")), 10'000);
            QCOMPARE(AppSettings().accountKey(), QString()); // a test saves nothing

            dialog.saveButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Saved")), 15'000);
            QVERIFY(dialog.secretEdit()->text().isEmpty());
        }
        QCOMPARE(AppSettings().accountKey(), QStringLiteral("DID-live-test"));
        QCOMPARE(AppSettings().apiBaseUrl(), url);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("live-secret-4711")));

        {
            // The next start: live, with the secret from the keychain.
            AppContext context;
            context.start();
            QTRY_COMPARE_WITH_TIMEOUT(context.mode(), AppContext::Mode::Live, 15'000);
            QCOMPARE(context.client()->baseUrl().url.toString(), url);
            QCOMPARE(context.client()->accountSecret(), QStringLiteral("live-secret-4711"));
            QVERIFY(!context.simulator()); // no training simulator in live mode

            ui::SettingsDialog dialog(&context);
            QVERIFY(dialog.forgetButton()->isEnabled());
            dialog.forgetButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QLatin1String("Credentials deleted")), 15'000);
        }
        QCOMPARE(AppSettings().accountKey(), QString());
        CredentialStore store(QStringLiteral("PortDesk"), 10'000);
        std::optional<CredentialStore::Result> gone;
        store.read(CredentialStore::keyFor(QStringLiteral("127.0.0.1"), QStringLiteral("DID-live-test")), this,
                   [&](const CredentialStore::Result &r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 15'000);
        QCOMPARE(gone->status, CredentialStore::Status::NotFound);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
