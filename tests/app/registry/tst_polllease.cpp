// The advisory lock that elects exactly one polling desk per account, on a real PostgreSQL
// server (started by .ci/with-postgres): held by one desk, taken over when that desk exits or its
// session dies, one per account.
#include <QSignalSpy>
#include <QTest>

#include "TestPostgres.h"
#include "registry/PollLease.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const QString kAccount = QStringLiteral("DID-team-a");
} // namespace

class TestPollLease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void exactlyOneDeskHoldsThePollLease()
    {
        const TeamDatabase team = m_pg.create();
        auto first = std::make_unique<PollLease>(team, kAccount);
        PollLease second(team, kAccount);
        PollLease otherAccount(team, QStringLiteral("DID-team-b"));
        QSignalSpy secondAcquired(&second, &PollLease::acquired);
        first->start(100);
        second.start(100);
        otherAccount.start(100);
        QVERIFY(first->isHeld());
        QVERIFY(otherAccount.isHeld()); // another account polls for itself
        QTest::qWait(400);              // several retries: the lock stays with the first
        QVERIFY(!second.isHeld());
        QCOMPARE(secondAcquired.count(), 0);

        first.reset(); // the polling desk exits
        QTRY_VERIFY(second.isHeld());
        QCOMPARE(secondAcquired.count(), 1);
    }

    void aDeskWhoseSessionDiesLosesTheLease()
    {
        const TeamDatabase team = m_pg.create();
        PollLease holder(team, kAccount);
        PollLease waiting(team, kAccount);
        QSignalSpy lost(&holder, &PollLease::lost);
        holder.start(100);
        QVERIFY(holder.isHeld());
        waiting.start(100);
        QVERIFY(!waiting.isHeld());
        // The server ends both sessions, as when their machines vanish from the network.
        QVERIFY(m_pg.terminateSessions(team) >= 2);
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(!lost.at(0).at(0).toString().isEmpty());
        // Both reconnect; exactly one of them polls again.
        QTRY_VERIFY(holder.isHeld() || waiting.isHeld());
        QTest::qWait(300);
        QVERIFY(holder.isHeld() != waiting.isHeld());
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestPollLease)
#include "tst_polllease.moc"
