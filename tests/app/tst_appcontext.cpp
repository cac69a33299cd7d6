// The desk's composition root before and after it starts (issue 17): the window paints before
// the mode is known, so the session exists from the construction while nothing can be sent.
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "AppContext.h"
#include "domain/validation/FieldNames.h"
#include "messaging/CustomerNotifier.h"
#include "sandbox/Simulator.h"
#include "telegent/operations/CheckEligibility.h"
#include "wizard/PortInSession.h"

using namespace portdesk;

class TestAppContext : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); } // no AccountKey: training mode

    void aRequestBeforeTheStartIsRefused()
    {
        // Until the mode gives the client a target, a request goes nowhere: not to the real API
        // by default, which a trainee's practice port must never reach.
        AppContext context;
        QCOMPARE(context.mode(), AppContext::Mode::Starting);
        QVERIFY(!context.client()->baseUrl().ok());
        CheckEligibility op(context.client(), {QStringLiteral("+18015550123"), QStringLiteral("mvno")});
        QSignalSpy finished(&op, &ApiOperation::finished);
        op.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(op.error().kind, ApiError::Kind::Configuration);
    }

    void theEligibilityCheckWaitsForTheSimulator()
    {
        AppContext context;
        PortInSession *session = context.portInSession();
        QVERIFY(session); // the wizard's first page is painted before the mode is known
        session->setValue(FieldName::PortInNumber, QStringLiteral("801-555-0123"));
        QCOMPARE(session->eligibility(), PortInSession::Eligibility::Pending);
        QTest::qWait(2 * PortInSession::kEligibilityDebounceMs);
        QCOMPARE(session->eligibility(), PortInSession::Eligibility::Pending);

        context.start(); // the simulator listens: the check the agent is waiting for goes out now
        QCOMPARE(context.mode(), AppContext::Mode::Training);
        QVERIFY(context.simulator());
        QTRY_COMPARE_WITH_TIMEOUT(session->eligibility(), PortInSession::Eligibility::Eligible, 10'000);
        QCOMPARE(context.simulator()->stats().perRoute.value(QStringLiteral("eligibility")), 1);
        QCOMPARE(session->value(FieldName::PortInNumber), QStringLiteral("801-555-0123")); // typing kept
    }
    // Issue 20: customers are texted only by a desk that polls (on a team, the one holding the
    // lease): the notifier exists while this desk polls, and goes with the polling.
    void onlyAPollingDeskTextsCustomers()
    {
        AppContext quiet;
        quiet.setAutoPoll(false); // the CLI outside `watch`
        quiet.start();
        QCOMPARE(quiet.pollRole(), AppContext::PollRole::NotPolling);
        QVERIFY(!quiet.notifier());
        quiet.startPolling();
        QCOMPARE(quiet.pollRole(), AppContext::PollRole::ThisDesk);
        QVERIFY(quiet.notifier());
    }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "tst_appcontext.moc"
