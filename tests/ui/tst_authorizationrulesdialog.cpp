#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "AuthorizationRulesDialog.h"
#include "ScreenshotLanguage.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderRegistry.h"
#include "wizard/AuthorizationStep.h"

using namespace portdesk;
using namespace portdesk::test;

// The team's authorization rules as a supervisor sets them: saved in the registry, so a second
// desk on the same registry (here a second process's view of the same file) follows them, and
// the wizard's script names the team and reads its words.
class TestAuthorizationRulesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage();
    }

    void savedRulesReachTheOtherDesks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        OrderRegistry supervisor;
        QString error;
        QVERIFY2(supervisor.openSqlite(path, &error), qPrintable(error));
        ui::AuthorizationRulesDialog dialog(&supervisor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        QVERIFY(radios.at(0)->isChecked()); // verbal allowed unless the team said otherwise
        radios.at(1)->click();
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Northwind Mobile"));
        dialog.findChild<QPlainTextEdit *>()->setPlainText(
            QStringLiteral("{holder}, may {provider} move {number} from {carrier}?"));
        const QString shots = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/authorization-rules.png")));
        QVERIFY(dialog.save());

        OrderRegistry agent;
        QVERIFY2(agent.openSqlite(path, &error), qPrintable(error));
        const AuthorizationSettings settings(&agent);
        QCOMPARE(settings.policy(), AuthorizationPolicy::WrittenRequired);
        QCOMPARE(settings.providerName(), QStringLiteral("Northwind Mobile"));
        const AuthorizationStep step(&agent);
        QCOMPARE(step.scriptFor({{QStringLiteral("PortInNumber"), QStringLiteral("8015552345")},
                                 {QStringLiteral("CurrentCarrierName"), QStringLiteral("Acme")},
                                 {QStringLiteral("AccountHolder"), QStringLiteral("Jane Doe")}}),
                 QStringLiteral("Jane Doe, may Northwind Mobile move (801) 555-2345 from Acme?"));
        QVERIFY(step.script().version().startsWith(QLatin1String("team-")));

        // Emptied: PortDesk's own script again.
        dialog.findChild<QPlainTextEdit *>()->clear();
        QVERIFY(dialog.save());
        QVERIFY(AuthorizationStep(&agent).script().version().startsWith(QLatin1String("builtin-")));
    }
};

QTEST_MAIN(TestAuthorizationRulesDialog)
#include "tst_authorizationrulesdialog.moc"
