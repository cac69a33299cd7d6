#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "AppContext.h"
#include "ScreenshotLanguage.h"
#include "SettingsDialog.h"
#include "common/Clock.h"
#include "credentials/CredentialStore.h"
#include "sandbox/Simulator.h"
#include "telegent/TelegentClient.h"
#include "settings/AppSettings.h"

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
