#include <QSignalSpy>
#include <QTest>

#include "SimulatorFixture.h"
#include "domain/PortInTypes.h"
#include "sandbox/SimulatorEngine.h"
#include "wizard/NumberEligibility.h"

using namespace portdesk;
using namespace portdesk::test;
using State = NumberEligibility::State;

// When the typed number is asked about, and which answer counts: against the simulator over
// loopback, on a ManualClock.
class TestNumberEligibility : public QObject
{
    Q_OBJECT

    struct Check
    {
        Check() : check(&f.clock) { check.setClient(f.client.get()); }
        int asked() const { return f.simulator->stats().perRoute.value(sandbox::route::Eligibility); }
        SimulatorFixture f;
        NumberEligibility check;
    };

private slots:
    void aNumberThatCannotGrowIsAskedAtOnce()
    {
        Check c;
        QSignalSpy answered(&c.check, &NumberEligibility::answered);
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, true);
        QCOMPARE(c.check.state(), State::Checking);
        QVERIFY(c.f.runUntil([&] { return answered.size() == 1; }));
        QCOMPARE(c.check.state(), State::Eligible);
        QCOMPARE(c.check.result().phoneNumber, QStringLiteral("+18015552345"));
        QVERIFY(c.check.issues().isEmpty());
    }

    void anEditWaitsForAPause()
    {
        Check c;
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, false);
        QCOMPARE(c.check.state(), State::Pending);
        c.f.clock.advance(NumberEligibility::kDebounceMs - 1);
        c.check.schedule(QStringLiteral("+18015552346"), Classification::Mvno, true,
                         false); // the next key
        c.f.clock.advance(NumberEligibility::kDebounceMs - 1);
        QCOMPARE(c.check.state(), State::Pending);
        c.f.clock.advance(1);
        QCOMPARE(c.check.state(), State::Checking);
        QVERIFY(c.f.runUntil([&] { return c.check.state() == State::Eligible; }));
        QCOMPARE(c.asked(), 1);
        QCOMPARE(c.check.result().phoneNumber, QStringLiteral("+18015552346"));
    }

    void anAnswerForANumberNoLongerThereIsDropped()
    {
        Check c;
        QSignalSpy answered(&c.check, &NumberEligibility::answered);
        c.check.schedule(QStringLiteral("+18015550000"), Classification::Mvno, true,
                         true); // not eligible
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, true);
        QVERIFY(c.f.runUntil([&] { return c.asked() == 2 && c.f.client->scheduler()->inFlight() == 0; }));
        QTest::qWait(20);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(c.check.state(), State::Eligible);
        QCOMPARE(c.check.result().phoneNumber, QStringLiteral("+18015552345"));
    }

    void notCheckableIsNoneAndNothingIsAsked()
    {
        Check c;
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, false, true);
        QCOMPARE(c.check.state(), State::None);
        QVERIFY(c.check.text().isEmpty());
        c.f.clock.advance(60'000);
        QCOMPARE(c.asked(), 0);
    }

    void notEligibleIsAnErrorAtTheNumber()
    {
        Check c;
        c.check.schedule(QStringLiteral("+18015550000"), Classification::Mvno, true, true);
        QVERIFY(c.f.runUntil([&] { return c.check.state() == State::NotEligible; }));
        QCOMPARE(c.check.issues().size(), 1);
        QCOMPARE(c.check.issues().constFirst().severity, FieldIssue::Severity::Error);
        QCOMPARE(c.check.text(), c.check.issues().constFirst().message);
    }

    void withoutAClientACheckableNumberWaits()
    {
        Check c;
        c.check.setClient(nullptr);
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, true);
        QCOMPARE(c.check.state(), State::Pending);
        QVERIFY(c.check.text().contains(QLatin1String("connected")));
        c.f.clock.advance(60'000);
        QCOMPARE(c.asked(), 0);
        c.check.setClient(c.f.client.get());
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, true);
        QCOMPARE(c.check.state(), State::Checking);
        QVERIFY(c.f.runUntil([&] { return c.check.state() == State::Eligible; }));
    }

    void clearForgetsTheAnswerAndWhatIsOnItsWay()
    {
        Check c;
        QSignalSpy answered(&c.check, &NumberEligibility::answered);
        c.check.schedule(QStringLiteral("+18015552345"), Classification::Mvno, true, true);
        c.check.clear();
        QCOMPARE(c.check.state(), State::None);
        QVERIFY(c.f.runUntil([&] { return c.asked() == 1 && c.f.client->scheduler()->inFlight() == 0; }));
        QTest::qWait(20);
        QCOMPARE(answered.size(), 0);
        QCOMPARE(c.check.state(), State::None);
    }
};

QTEST_GUILESS_MAIN(TestNumberEligibility)
#include "tst_numbereligibility.moc"
