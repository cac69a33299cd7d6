#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include "TestPostgres.h"
#include "registry/TeamLedger.h"
#include "registry/TeamLedgerSession.h"

using namespace portdesk;
using Kind = SharedBudget::Answer::Kind;
using ClaimKind = SharedTokens::Claim::Kind;

// The team's budget and tokens in a real PostgreSQL: each session below is one desk. The reuse
// window is shortened to a few hundred milliseconds so that slots age out within the test.
class TestTeamLedger : public QObject
{
    Q_OBJECT

    test::TestPostgres pg;
    TeamDatabase team;
    const QString account = QStringLiteral("DID-team");
    const QString secret = QStringLiteral("team-secret");
    const QString endpoint = QStringLiteral("https://api.example.test/v1.0/numbers/portin");

    std::unique_ptr<TeamLedgerSession> desk(const QString &name, const QString &withSecret = {})
    {
        return std::make_unique<TeamLedgerSession>(team, account, withSecret.isEmpty() ? secret : withSecret, name);
    }
    int rows(const QString &sql)
    {
        QSqlDatabase db = team.addConnection(QStringLiteral("check"));
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return n;
    }

private slots:
    void init()
    {
        const QString why = pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        team = pg.create();
    }

    void twoDesksShareOneLimit()
    {
        auto a = desk(QStringLiteral("a"));
        auto b = desk(QStringLiteral("b"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a->take(Priority::Interactive, 5, 4, 60'000).kind, Kind::Granted);
        QCOMPARE(b->take(Priority::Interactive, 5, 4, 60'000).kind, Kind::Granted);
        const SharedBudget::Answer fifth = b->take(Priority::Interactive, 5, 4, 60'000);
        QCOMPARE(fifth.kind, Kind::Granted);
        QCOMPARE(fifth.used, 5);
        QCOMPARE(fifth.desksAlive, 2);
        const SharedBudget::Answer sixth = a->take(Priority::Interactive, 5, 4, 60'000);
        QCOMPARE(sixth.kind, Kind::Wait);
        // The oldest slot frees a minute after it was taken, not before.
        QVERIFY2(sixth.waitMs > 55'000 && sixth.waitMs <= 60'000, qPrintable(QString::number(sixth.waitMs)));
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM budget_sends")), 5);
    }

    void backgroundKeepsToItsShareTeamWide()
    {
        auto a = desk(QStringLiteral("a"));
        auto b = desk(QStringLiteral("b"));
        QCOMPARE(a->take(Priority::Background, 5, 3, 60'000).kind, Kind::Granted);
        QCOMPARE(b->take(Priority::Background, 5, 3, 60'000).kind, Kind::Granted);
        QCOMPARE(a->take(Priority::Background, 5, 3, 60'000).kind, Kind::Granted);
        QCOMPARE(b->take(Priority::Background, 5, 3, 60'000).kind, Kind::Wait);
        // The rest is the agents'.
        QCOMPARE(b->take(Priority::Interactive, 5, 3, 60'000).kind, Kind::Granted);
        QCOMPARE(a->take(Priority::Interactive, 5, 3, 60'000).kind, Kind::Granted);
    }

    void waitingAgentGoesBeforeEveryDesksBackground()
    {
        auto agent = desk(QStringLiteral("agent"));
        auto poller = desk(QStringLiteral("poller"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(poller->take(Priority::Interactive, 4, 3, 400).kind, Kind::Granted);
        const SharedBudget::Answer refused = agent->take(Priority::Interactive, 4, 3, 400);
        QCOMPARE(refused.kind, Kind::Wait);
        QTest::qWait(int(refused.waitMs) + 50);
        // The window is empty again, but the agent asked first: the poller's background waits.
        QCOMPARE(poller->take(Priority::Background, 4, 3, 400).kind, Kind::Wait);
        QCOMPARE(agent->take(Priority::Interactive, 4, 3, 400).kind, Kind::Granted);
        QCOMPARE(poller->take(Priority::Background, 4, 3, 400).kind, Kind::Granted);
    }

    void aDeskThatDiesHoldsOnlyWhatItSpent()
    {
        auto b = desk(QStringLiteral("b"));
        {
            auto a = desk(QStringLiteral("a"));
            for (int i = 0; i < 3; ++i)
                QCOMPARE(a->take(Priority::Interactive, 3, 2, 500).kind, Kind::Granted);
            QCOMPARE(a->take(Priority::Interactive, 3, 2, 500).kind, Kind::Wait); // leaves a waiting mark
            pg.terminateSessions(team);                                           // the desk's machine vanishes
        }
        const SharedBudget::Answer blocked = b->take(Priority::Interactive, 3, 2, 500);
        QCOMPARE(blocked.kind, Kind::Wait);
        QTest::qWait(int(blocked.waitMs) + 50);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(b->take(Priority::Interactive, 3, 2, 500).kind, Kind::Granted);
    }

    void rejoiningDeskCountsItsSendsMeanwhile()
    {
        auto a = desk(QStringLiteral("a"));
        const SharedBudget::Answer back = a->record({100, 2'000, 70'000}, 60'500);
        QCOMPARE(back.kind, Kind::Granted);
        QCOMPARE(back.used, 2); // the one older than the window is not counted
        QCOMPARE(a->take(Priority::Interactive, 3, 2, 60'500).kind, Kind::Granted);
        QCOMPARE(a->take(Priority::Interactive, 3, 2, 60'500).kind, Kind::Wait);
    }

    void unreachableServerAnswersAtOnce()
    {
        TeamDatabase gone = team;
        gone.port = 1; // nothing listens there
        TeamLedgerSession a(gone, account, secret, QStringLiteral("a"));
        const SharedBudget::Answer first = a.take(Priority::Interactive, 5, 4, 60'000);
        QCOMPARE(first.kind, Kind::Unavailable);
        QVERIFY(!first.why.isEmpty());
        QCOMPARE(a.claim(endpoint, 30'000).kind, ClaimKind::Unavailable);
    }

    void renewalIsSingleFlightAcrossDesks()
    {
        auto a = desk(QStringLiteral("a"));
        auto b = desk(QStringLiteral("b"));
        QCOMPARE(a->claim(endpoint, 30'000).kind, ClaimKind::Renew);
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Wait);
        a->store(endpoint, QStringLiteral("tok-1"), 300'000);
        const SharedTokens::Claim got = b->claim(endpoint, 30'000);
        QCOMPARE(got.kind, ClaimKind::Token);
        QCOMPARE(got.value, QStringLiteral("tok-1"));
        QVERIFY(got.remainingMs > 290'000 && got.remainingMs <= 300'000);
        // Due for renewal (less than the margin left): one desk renews, the other waits.
        a->store(endpoint, QStringLiteral("tok-2"), 20'000);
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Renew);
        QCOMPARE(a->claim(endpoint, 30'000).kind, ClaimKind::Wait);
    }

    void aRenewingDeskThatDiesFreesTheClaim()
    {
        auto b = desk(QStringLiteral("b"));
        {
            auto a = desk(QStringLiteral("a"));
            QCOMPARE(a->claim(endpoint, 30'000).kind, ClaimKind::Renew);
            QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Wait);
        } // a's session ends mid-renewal
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Renew);
    }

    void refusedTokenIsGoneForEveryDesk()
    {
        auto a = desk(QStringLiteral("a"));
        auto b = desk(QStringLiteral("b"));
        QCOMPARE(a->claim(endpoint, 30'000).kind, ClaimKind::Renew);
        a->store(endpoint, QStringLiteral("tok-1"), 300'000);
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Token);
        QSignalSpy told(b.get(), &TeamLedgerSession::tokenInvalidated);
        a->invalidate(endpoint, QStringLiteral("some-older-token")); // not the team's: nothing happens
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Token);
        a->invalidate(endpoint, QStringLiteral("tok-1"));
        QVERIFY(told.wait(5000));
        QCOMPARE(told.constFirst().constFirst().toString(), endpoint);
        QCOMPARE(b->claim(endpoint, 30'000).kind, ClaimKind::Renew);
    }

    void tokensAreUselessWithoutTheSecret()
    {
        auto a = desk(QStringLiteral("a"));
        const QString value = QStringLiteral("eyJ.the-team-token-value.sig");
        QCOMPARE(a->claim(endpoint, 30'000).kind, ClaimKind::Renew);
        a->store(endpoint, value, 300'000);
        // A desk with a wrong secret can not read it...
        auto wrong = desk(QStringLiteral("wrong"), QStringLiteral("not-the-secret"));
        const SharedTokens::Claim refused = wrong->claim(endpoint, 30'000);
        QCOMPARE(refused.kind, ClaimKind::Unavailable);
        QVERIFY(refused.value.isEmpty());
        // ...and neither can a reader of the database: a dump holds neither token nor secret.
        const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        QVERIFY2(!pgDump.isEmpty(), "pg_dump is needed to check the dump");
        QProcess dump;
        dump.start(pgDump, {QStringLiteral("--data-only"), team.database});
        QVERIFY(dump.waitForFinished(30'000));
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray text = dump.readAllStandardOutput();
        QVERIFY(text.contains("team_tokens"));
        QVERIFY(text.contains(endpoint.toUtf8()));
        QVERIFY(!text.contains(value.toUtf8()));
        QVERIFY(!text.contains(secret.toUtf8()));
    }

    void ledgerAnswersOnTheAskersThread()
    {
        TeamLedger ledger(team, account, secret);
        RateBudget limits(2, 0.5);
        QList<SharedBudget::Answer> answers;
        for (int i = 0; i < 3; ++i)
            ledger.take(Priority::Interactive, limits, this, [&](const SharedBudget::Answer &a) {
                QCOMPARE(QThread::currentThread(), thread());
                answers << a;
            });
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers.at(0).kind, Kind::Granted);
        QCOMPARE(answers.at(1).kind, Kind::Granted);
        QCOMPARE(answers.at(2).kind, Kind::Wait);
        QCOMPARE(ledger.takeLatenciesMs().size(), 3);
        // Nothing reaches a context that is gone.
        bool called = false;
        {
            QObject gone;
            ledger.take(Priority::Interactive, limits, &gone, [&](const SharedBudget::Answer &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTeamLedger)
#include "tst_teamledger.moc"
