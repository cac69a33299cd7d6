#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "DeskFixture.h"
#include "TestRequests.h"
#include "domain/validation/FieldNames.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderTexts.h"
#include "sandbox/SimulatorEngine.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"

using namespace portdesk;
using namespace portdesk::test;
using namespace portdesk::FieldName;

using Page = PortInSession::Page;
using Submit = PortInSession::Submit;

// The wizard's authorization step through the session, against the simulator over loopback:
// nothing is submitted until the customer's consent is recorded (and accepted by the team's rule),
// a consent given for other facts is void, the draft keeps it (never the PIN), and a port-in
// parked for its written LOA comes back, is submitted and closes its waiting row.
class TestAuthorizationStep : public QObject
{
    Q_OBJECT

    struct Desk : DeskFixture
    {
        Desk() : drafts(dir.filePath(QStringLiteral("draft.json"))), session(open()) {}
        std::unique_ptr<PortInSession> open()
        {
            return std::make_unique<PortInSession>(f.client.get(), &registry, &drafts, QStringLiteral("agent1"));
        }
        bool waitFor(const std::function<bool()> &done) { return f.runUntil(done); }
        int sent(const QString &route) const { return f.simulator->stats().perRoute.value(route); }
        // A valid port-in, its authorization step not done.
        bool fill(PortInSession &s, const QString &number = QStringLiteral("8015552345"))
        {
            s.setValue(PortInNumber, number);
            if (!waitFor([&] { return s.eligibility() == PortInSession::Eligibility::Eligible; }))
                return false;
            for (const auto &[field, value] : sampleFieldsAfterNumber())
                s.setValue(field, value);
            return true;
        }

        QTemporaryDir dir;
        DraftStore drafts;
        std::unique_ptr<PortInSession> session;
    };

private slots:
    void submitWaitsForTheCustomersAuthorization()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fill(s));
        QCOMPARE(s.value(AccountHolder), QStringLiteral("Jane Doe")); // taken from the subscriber name
        QVERIFY(s.isPageComplete(Page::Address));
        QVERIFY(!s.isPageComplete(Page::Authorization));
        QVERIFY(!s.isPageComplete(Page::Review));
        s.submit();
        QCOMPARE(s.submitState(), Submit::Failed);
        QVERIFY2(s.submitError().message.contains(QLatin1String("authorization")), qPrintable(s.submitError().message));
        d.f.clock.advance(60'000);
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);

        s.recordVerbalAuthorization(true);
        QVERIFY(s.isPageComplete(Page::Authorization));
        QVERIFY(s.isPageComplete(Page::Review));
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(d.sent(sandbox::route::PortIn), 1);
        const Authorization *a = d.registry.authorization(s.submitResult().orderId);
        QVERIFY(a);
        QCOMPARE(a->kind, Authorization::Kind::Verbal);
        QCOMPARE(a->agent, QStringLiteral("agent1"));
        QCOMPARE(a->accountHolder, QStringLiteral("Jane Doe"));
        QCOMPARE(a->scriptVersion, QStringLiteral("builtin-%1/en").arg(VerbalScript::kBuiltInRevision));
        QVERIFY(a->atMs > 0);
    }

    void consentForOtherFactsIsVoid_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("number") << PortInNumber << "8015552346";
        QTest::newRow("carrier") << CurrentCarrierName << "Other Wireless";
        QTest::newRow("holder") << AccountHolder << "John Roe";
        QTest::newRow("authorizing person") << AuthorizingPerson << "Jim Roe";
    }
    void consentForOtherFactsIsVoid()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fill(s));
        s.recordVerbalAuthorization(true);
        s.setValue(Zip, QStringLiteral("84043-1234")); // a detail the script does not speak of
        QVERIFY(s.authorization().isRecorded());
        s.setValue(field, value);
        QVERIFY(!s.authorization().isRecorded());
        QVERIFY(!s.isPageComplete(Page::Authorization));
    }

    void aTeamThatRequiresAnLoaRefusesVerbal()
    {
        Desk d;
        QString error;
        QVERIFY(AuthorizationSettings(&d.registry).setPolicy(AuthorizationPolicy::WrittenRequired, &error));
        PortInSession &s = *d.session;
        QVERIFY(d.fill(s));
        s.recordVerbalAuthorization(true);
        QVERIFY(!s.isPageComplete(Page::Authorization));
        s.submit();
        QCOMPARE(s.submitState(), Submit::Failed);
        QVERIFY2(s.submitError().message.contains(QLatin1String("signed LOA")), qPrintable(s.submitError().message));
        d.f.clock.advance(60'000);
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);
    }

    void theTeamsScriptIsReadAndRecorded()
    {
        Desk d;
        QString error;
        QVERIFY(AuthorizationSettings(&d.registry)
                    .setScriptText(QStringLiteral("{holder}, do you agree to move {number} from {carrier}?"), &error));
        PortInSession &s = *d.session;
        QVERIFY(d.fill(s));
        s.readAuthorizationRules(); // as the page does when it is shown
        QCOMPARE(s.authorizationStep().scriptFor({{PortInNumber, s.value(PortInNumber)},
                                                  {CurrentCarrierName, QStringLiteral("Acme")},
                                                  {AccountHolder, s.value(AccountHolder)}}),
                 QStringLiteral("Jane Doe, do you agree to move (801) 555-2345 from Acme?"));
        s.recordVerbalAuthorization(true);
        QVERIFY(s.authorization().scriptVersion.startsWith(QLatin1String("team-")));
    }

    void theDraftKeepsTheConsentNeverThePin()
    {
        Desk d;
        QVERIFY(d.fill(*d.session));
        d.session->recordVerbalAuthorization(true);
        const Authorization given = d.session->authorization();
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs);
        QVERIFY(d.drafts.exists());
        QFile file(d.dir.filePath(QStringLiteral("draft.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("918273"));
        d.session.reset();
        auto restored = d.open();
        QVERIFY(restored->restoreDraft());
        QCOMPARE(restored->authorization(), given);
        QVERIFY(restored->value(CurrentAccountPassword).isEmpty());
    }

    void aParkedPortInWaitsThenIsSubmitted()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fill(s));
        s.setValue(AuthorizingPerson, QStringLiteral("Jim Doe"));
        QString error;
        const QString waiting = s.parkAwaitingLoa(&error);
        QVERIFY2(!waiting.isEmpty(), qPrintable(error));
        QVERIFY(!s.hasData()); // the wizard starts over
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);
        const OrderRecord *row = d.registry.find(waiting);
        QVERIFY(row && row->awaitingAuthorization);
        QCOMPARE(d.registry.authorization(waiting)->authorizingPerson, QStringLiteral("Jim Doe"));

        // Not before the signed copy is back.
        QVERIFY(s.resume(waiting, &error));
        QVERIFY(!s.isPageComplete(Page::Authorization));

        Authorization back = *d.registry.authorization(waiting);
        back.reference = QStringLiteral("mailroom 12");
        back.atMs = d.f.clock.nowMs();
        QVERIFY2(AuthorizationRecords(&d.registry, QStringLiteral("agent1"))
                     .recordReceived(waiting, back, {}, d.f.clock.nowMs(), &error),
                 qPrintable(error));
        QVERIFY(s.resume(waiting, &error));
        QCOMPARE(s.value(SubscriberName), QStringLiteral("Jane Doe"));
        QCOMPARE(s.value(AuthorizingPerson), QStringLiteral("Jim Doe"));
        QVERIFY(s.value(CurrentAccountPassword).isEmpty()); // never kept: asked again
        QVERIFY(s.isPageComplete(Page::Authorization));
        QVERIFY(s.issuesFor(PortInNumber).isEmpty()); // held by the very port-in it continues
        QVERIFY(d.waitFor([&] { return s.eligibility() == PortInSession::Eligibility::Eligible; }));
        s.setValue(CurrentAccountPassword, QStringLiteral("918273"));
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        const QString orderId = s.submitResult().orderId;
        QCOMPARE(d.registry.authorization(orderId)->reference, QStringLiteral("mailroom 12"));
        QCOMPARE(d.registry.find(waiting)->status, OrderTexts::encode(OrderTexts::Code::SubmittedAs, {orderId}));
        QCOMPARE(d.registry.claimHolder(QStringLiteral("+18015552345")), orderId);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationStep)
#include "tst_authorizationstep.moc"
