// The order-registry dialog against a real PostgreSQL server (.ci/with-postgres) and the real
// keychain (.ci/with-keyring); then a live start that joins the team database it saved.
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "AppContext.h"
#include "MainWindow.h"
#include "RegistryDialog.h"
#include "ScreenshotLanguage.h"
#include "TestPostgres.h"
#include "common/Clock.h"
#include "credentials/CredentialStore.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "registry/RegistryLocation.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"
#include "telegent/ApiBaseUrl.h"
#include <QLabel>
#include <QTabWidget>

using namespace portdesk;
using namespace portdesk::test;

class TestRegistryDialog : public QObject
{
    Q_OBJECT

    void fill(ui::RegistryDialog &dialog, const TeamDatabase &team)
    {
        dialog.teamChoice()->setChecked(true);
        dialog.hostEdit()->setText(team.host);
        dialog.portSpin()->setValue(team.port);
        dialog.databaseEdit()->setText(team.database);
        dialog.userEdit()->setText(team.user);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskRegistryTest"));
        QSettings().clear();
        installScreenshotLanguage(); // .ci/screenshots --language: the expected texts below follow it
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under .ci/with-keyring");
    }

    void teamFieldsOnlyForTheTeamChoice()
    {
        AppContext context;
        ui::RegistryDialog dialog(&context);
        QVERIFY(dialog.localChoice()->isChecked()); // the default: this computer
        QVERIFY(!dialog.hostEdit()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.teamChoice()->setChecked(true);
        dialog.hostEdit()->clear();
        QVERIFY(dialog.hostEdit()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled()); // server, database and user are needed
    }

    void testConnectsWithWhatIsTyped()
    {
        const TeamDatabase team = m_pg.create();
        AppContext context;
        ui::RegistryDialog dialog(&context);
        dialog.show();
        fill(dialog, team);
        dialog.portSpin()->setValue(1); // nothing listens there
        dialog.testButton()->click();
        QVERIFY(!dialog.testButton()->isEnabled()); // busy while the trial runs off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.resultText().startsWith(shown("portdesk::RegistrySetup", "Not connected: %1").arg(QString())),
            15'000);
        dialog.portSpin()->setValue(team.port);
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.resultText(),
                                  shown("portdesk::RegistrySetup", "Connected to %1.").arg(team.describe()), 15'000);
        QVERIFY(!AppSettings().useTeamRegistry()); // a test saves nothing
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog.passwordEdit()->setText(QStringLiteral("secret"));
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/registry-dialog.png")));
        }
    }

    // Section 7 of issue 16: a server on another computer over verified TLS with the CA file
    // chosen here; plaintext only when ticked, and then said at the row and on the Connection tab.
    void caFileAndPlaintextAreSaidAtTheirRows()
    {
        const QString ca = qEnvironmentVariable("PORTDESK_TEST_PG_CA");
        QVERIFY2(QFile::exists(ca), "PORTDESK_TEST_PG_CA: run through .ci/with-postgres");
        TeamDatabase team = m_pg.create();
        team.host = QHostInfo::localHostName(); // not a loopback name: the rule applies
        AppContext context;
        ui::RegistryDialog dialog(&context);
        fill(dialog, team);
        QVERIFY(!dialog.caFileEdit()->accessibleName().isEmpty());
        QVERIFY(!dialog.plaintextCheck()->accessibleName().isEmpty());
        QCOMPARE(dialog.transportText(), shown("portdesk::ui::RegistryDialog",
                                               "Over TLS, the server's certificate checked against the CA certificate "
                                               "(sslmode=verify-full)."));
        dialog.caFileEdit()->setText(QStringLiteral("/nonexistent/ca.pem"));
        QCOMPARE(dialog.transportText(),
                 shown("portdesk::ui::RegistryDialog", "There is no readable CA certificate file at this path."));
        QCOMPARE(dialog.caFileEdit()->accessibleDescription(), dialog.transportText());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        dialog.caFileEdit()->setText(ca);
        QVERIFY(dialog.testButton()->isEnabled());
        // The CA is used, and the name is checked: the server's certificate is for localhost only.
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.resultText().contains(QStringLiteral("does not match host name \"%1\"").arg(team.host)), 15'000);
        dialog.plaintextCheck()->setChecked(true);
        team.sslMode = QStringLiteral("disable");
        QCOMPARE(dialog.transportText(), team.plaintextWarning());
        if (const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/registry-dialog-tls.png")));
        }
        dialog.saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.resultText().contains(shown("portdesk::RegistrySetup", "PortDesk uses it from its next start.")),
            15'000);
        QCOMPARE(AppSettings().teamDatabase().sslMode, QStringLiteral("disable"));
        QCOMPARE(AppSettings().teamDatabase().sslRootCert, ca);
        ui::RegistryDialog reopened(&context);
        QVERIFY(reopened.plaintextCheck()->isChecked());
        QCOMPARE(reopened.caFileEdit()->text(), QDir::toNativeSeparators(ca));
        AppSettings().setUseTeamRegistry(false);
    }

    void plaintextIsSaidOnTheConnectionTab()
    {
        // --registry names a team database by this machine's name with sslmode=disable.
        const TeamDatabase team = m_pg.create();
        const RegistryLocation where =
            RegistryLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                        .arg(team.user, QHostInfo::localHostName())
                                        .arg(team.port)
                                        .arg(team.database));
        QVERIFY2(where.ok(), qPrintable(where.error));
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-plain"), QStringLiteral("plain-secret"));
        sandbox::Simulator simulator(&clock, options);
        QVERIFY(simulator.start());
        AppContext context;
        context.setRegistry(where);
        context.startLive(ApiBaseUrl::parse(simulator.baseUrl().toString()), QStringLiteral("DID-plain"),
                          QStringLiteral("plain-secret"));
        QVERIFY2(context.registry()->isTeam(),
                 qPrintable(QStringLiteral("this machine's name must reach the test server on 127.0.0.1: ") +
                            context.registryError()));
        ui::MainWindow window(&context);
        window.show();
        auto *shownWhere = window.findChild<QLabel *>(QStringLiteral("registryValue"));
        QVERIFY(shownWhere);
        QTRY_VERIFY(shownWhere->text().contains(where.team->plaintextWarning()));
    }

    void savedTeamChoiceIsUsedAtTheNextStart()
    {
        const TeamDatabase team = m_pg.create();
        const QString password = QStringLiteral("team-pass-5150");
        {
            AppContext context;
            ui::RegistryDialog dialog(&context);
            fill(dialog, team);
            dialog.passwordEdit()->setText(password);
            dialog.saveButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog.resultText().contains(shown("portdesk::RegistrySetup", "PortDesk uses it from its next start.")),
                15'000);
            QVERIFY(dialog.passwordEdit()->text().isEmpty());
        }
        QVERIFY(AppSettings().useTeamRegistry());
        QCOMPARE(AppSettings().teamDatabase().describe(), team.describe());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8())); // the password is in the keychain only
        CredentialStore store(QStringLiteral("PortDesk"), 10'000);
        std::optional<CredentialStore::Result> kept;
        store.read(team.keychainKey(), this, [&](const CredentialStore::Result &r) { kept = r; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 15'000);
        QCOMPARE(kept->secret, password);

        // A live start with saved credentials joins the team database and, alone, polls.
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-team-ui"), QStringLiteral("team-ui-secret"));
        sandbox::Simulator simulator(&clock, options);
        QVERIFY(simulator.start());
        std::optional<CredentialStore::Result> written;
        store.write(CredentialStore::keyFor(QStringLiteral("127.0.0.1"), QStringLiteral("DID-team-ui")),
                    QStringLiteral("team-ui-secret"), this, [&](const CredentialStore::Result &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15'000);
        QVERIFY(written->ok());
        AppSettings().setApiBaseUrl(simulator.baseUrl().toString());
        AppSettings().setAccountKey(QStringLiteral("DID-team-ui"));
        AppContext context;
        context.start();
        QTRY_COMPARE_WITH_TIMEOUT(context.mode(), AppContext::Mode::Live, 15'000);
        QVERIFY2(context.registry()->isTeam(), qPrintable(context.registryError()));
        QTRY_COMPARE(context.pollRole(), AppContext::PollRole::TeamThisDesk);

        // The Connection tab says where the orders are and that this desk polls for the team.
        ui::MainWindow window(&context);
        window.resize(1366, 768);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *where = window.findChild<QLabel *>(QStringLiteral("registryValue"));
        QVERIFY(tabs && where);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("connectionPage")));
        QTRY_VERIFY(where->text().contains(team.describe()));
        QVERIFY(where->text().contains(
            shown("portdesk::ui::ConnectionTab", "This desk checks the status of the team's orders.")));
        // A window opened after the start checks the connection too (the State row is never left blank).
        auto *state = window.findChild<QLabel *>(QStringLiteral("stateValue"));
        const QString connected =
            shown("portdesk::ui::ConnectionTab", "Connected: the server accepted the credentials (checked at %1; "
                                                 "the access token is valid until %2).")
                .arg(QString(), QString())
                .section(QLatin1Char('('), 0, 0);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(connected), qPrintable(state->text()), 15'000);
        {
            // A second desk of the same account on the same database only shows the findings.
            AppSettings().setAccountKey(QStringLiteral("DID-team-ui"));
            AppContext other;
            other.start();
            QTRY_COMPARE_WITH_TIMEOUT(other.mode(), AppContext::Mode::Live, 15'000);
            QTRY_COMPARE(other.pollRole(), AppContext::PollRole::TeamOtherDesk);
            QVERIFY(!other.planner()->isRunning());
        }
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/main-window-team.png")));

        ui::RegistryDialog dialog(&context);
        QVERIFY(dialog.teamChoice()->isChecked());
        dialog.localChoice()->setChecked(true);
        dialog.saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.resultText().isEmpty(), 15'000);
        QVERIFY(!AppSettings().useTeamRegistry());
    }

private:
    TestPostgres m_pg;
};

QTEST_MAIN(TestRegistryDialog)
#include "tst_registrydialog.moc"
