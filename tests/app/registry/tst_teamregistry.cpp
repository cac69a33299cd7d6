// The order registry on a real PostgreSQL server (started by .ci/with-postgres): the same
// migrations as SQLite and writes that keep what another desk changed. How desks hear each
// other: tst_teamsync; which desk polls: tst_polllease.
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "TestPostgres.h"
#include "TestRegistry.h"
#include "models/TeamFigures.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"
#include "registry/CustomerTexts.h"
#include "registry/Migrations.h"
#include "registry/OrderNotes.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const QString kAccount = QStringLiteral("DID-team-a");
const qint64 kNow = 1'767'225'600'000;

QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}
} // namespace

class TestTeamRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void migratesToTheSameSchemaAsSqlite()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry a, b, local;
        QString error;
        QVERIFY2(a.openPostgres(team, kAccount, &error), qPrintable(error));
        QVERIFY2(b.openPostgres(team, kAccount, &error), qPrintable(error)); // finds nothing to migrate
        QVERIFY(a.isTeam());
        QVERIFY2(local.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        QVERIFY(!local.isTeam());

        QSqlDatabase pg = team.addConnection(QStringLiteral("schema-check"));
        QVERIFY(pg.open());
        QCOMPARE(Migrations::currentVersion(pg), Migrations::latestVersion());
        QSqlQuery q(pg);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::latestVersion()); // each step once, not once per desk
        QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lite-check"));
        lite.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(lite.open());
        QString why;
        QVERIFY(Migrations::apply(lite, &why));
        for (const QString &table : {QStringLiteral("orders"), QStringLiteral("order_events"),
                                     QStringLiteral("registry_meta"), QStringLiteral("customer_texts")})
            QCOMPARE(columnsOf(pg, table), columnsOf(lite, table));
        pg.close();
        lite.close();
        pg = lite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("schema-check"));
        QSqlDatabase::removeDatabase(QStringLiteral("lite-check"));
    }

    void desksStartingTogetherMigrateOnce()
    {
        // Several desks opening an empty team database at the same moment (separate sessions,
        // interleaved by the server): none may fail on a half-made schema.
        const TeamDatabase team = m_pg.create();
        std::vector<std::unique_ptr<OrderRegistry>> desks;
        for (int i = 0; i < 4; ++i) {
            desks.push_back(std::make_unique<OrderRegistry>());
            QString error;
            QVERIFY2(desks.back()->openPostgres(team, kAccount, &error), qPrintable(error));
        }
        QVERIFY(recordOrder(*desks[0], QStringLiteral("JNUOID-1"), numberFor(1), kNow));
        QTRY_COMPARE(desks[3]->count(), 1);
    }

    void aStaleDeskWritesOnlyWhatItChanged()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry poller, supervisor;
        QString error;
        QVERIFY(poller.openPostgres(team, kAccount, &error));
        QVERIFY(supervisor.openPostgres(team, kAccount, &error));
        QVERIFY(recordOrder(poller, QStringLiteral("JNUOID-C"), numberFor(4), kNow));
        QTRY_VERIFY(supervisor.find(QStringLiteral("JNUOID-C")));

        // The poller records a new status; the supervisor's desk has not heard of it yet (no
        // event processing in between) when it records that Telegent did not find the order.
        QVERIFY(poller.applyStatuses(
            {details(QStringLiteral("JNUOID-C"), QStringLiteral("Error"), QStringLiteral("8A"))}, kNow + 1000));
        QCOMPARE(supervisor.find(QStringLiteral("JNUOID-C"))->status, QStringLiteral("Pending"));
        QVERIFY(supervisor.markNotFound(QStringLiteral("JNUOID-C"), kNow + 2000));

        // Both writes survive: the supervisor's stale copy did not put "Pending" back.
        OrderRegistry fresh;
        QVERIFY(fresh.openPostgres(team, kAccount, &error));
        const OrderRecord *r = fresh.find(QStringLiteral("JNUOID-C"));
        QVERIFY(r);
        QCOMPARE(r->status, QStringLiteral("Error"));
        QCOMPARE(r->statusMessage, QStringLiteral("8A"));
        QVERIFY(r->notFound);
        QCOMPARE(r->lastCheckedMs, kNow + 2000);
        QTRY_COMPARE(supervisor.find(QStringLiteral("JNUOID-C"))->status, QStringLiteral("Error"));
    }

    void deskBsFiguresShowDeskAsOrders()
    {
        // The Dashboard's figures come from the registry, so a supervisor's desk shows the orders
        // another desk submitted, their answers and their rejection causes (TeamFigures).
        const TeamDatabase team = m_pg.create();
        OrderRegistry deskA, deskB;
        QString error;
        QVERIFY(deskA.openPostgres(team, kAccount, &error));
        QVERIFY(deskB.openPostgres(team, kAccount, &error));
        const qint64 monday = QDateTime(QDate(2026, 12, 7), QTime(10, 0)).toMSecsSinceEpoch();
        QVERIFY(recordOrder(deskA, QStringLiteral("JNUOID-F1"), numberFor(11), monday));
        QVERIFY(recordOrder(deskA, QStringLiteral("JNUOID-F2"), numberFor(12), monday));
        QVERIFY(deskA.applyStatus(details(QStringLiteral("JNUOID-F1"), QStringLiteral("Error"),
                                          QStringLiteral("6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT")),
                                  monday + 3'600'000));
        QVERIFY(
            deskA.applyStatus(details(QStringLiteral("JNUOID-F2"), QStringLiteral("Completed")), monday + 86'400'000));
        QTRY_COMPARE(deskB.count(), 2);
        QTRY_VERIFY(deskB.find(QStringLiteral("JNUOID-F2"))->group == StatusGroup::Completed);

        const TeamFigures f = TeamFigures::of(deskB, QDate(2026, 12, 9));
        QCOMPARE(f.days.constLast().date, QDate(2026, 12, 9));
        QCOMPARE(f.days.at(TeamFigures::kDays - 3).submitted, 2); // Monday
        QCOMPARE(f.days.at(TeamFigures::kDays - 2).completed, 1); // Tuesday
        QCOMPARE(f.needsAction, 1);
        QCOMPARE(f.completed, 1);
        QCOMPARE(*f.medianBusinessDaysToComplete, 1.0);
        QCOMPARE(f.rejections.size(), 1);
        QCOMPARE(f.rejections.at(0).code, QStringLiteral("6P"));
        QCOMPARE(f.agents.size(), 1);
        QCOMPARE(f.agents.at(0).name, QStringLiteral("agent1"));
        QCOMPARE(f.agents.at(0).submitted, 2);
        QCOMPARE(f.agents.at(0).needsAction, 1);
    }

    void noPinInTheTeamDatabase()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry a;
        QString error;
        QVERIFY(a.openPostgres(team, kAccount, &error));
        QVERIFY(recordOrder(a, QStringLiteral("JNUOID-P"), numberFor(5), kNow));
        const QString pin = samplePortIn().currentAccountPassword;
        QVERIFY(!pin.isEmpty());
        QVERIFY(!a.recordUnknownOutcome(samplePortIn(numberFor(6)), QStringLiteral("agent1"), kNow).isEmpty());
        QSqlDatabase db = team.addConnection(QStringLiteral("pin-check"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        int rows = 0;
        for (const QString &table :
             {QStringLiteral("orders"), QStringLiteral("order_events"), QStringLiteral("registry_meta")}) {
            QVERIFY(q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table)));
            while (q.next()) {
                ++rows;
                QVERIFY2(!q.value(0).toString().contains(pin), qPrintable(table));
            }
        }
        QVERIFY(rows >= 5); // 2 orders, 2 events, the account
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pin-check"));
    }

    // The customer's consent is part of the order's record: every desk of the team sees it, the
    // signed LOA's content included (kept in the database itself), and the team's rule.
    void anAuthorizationReachesTheOtherDesk()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry agent, supervisor;
        QString error;
        QVERIFY(agent.openPostgres(team, kAccount, &error));
        QVERIFY(supervisor.openPostgres(team, kAccount, &error));

        Authorization verbal;
        verbal.kind = Authorization::Kind::Verbal;
        verbal.accountHolder = QStringLiteral("Jane Doe");
        verbal.agent = QStringLiteral("agent1");
        verbal.atMs = kNow;
        verbal.scriptVersion = QStringLiteral("builtin-1/es_US");
        TextConsent texts; // issue 20: the customer's answer about texts goes the same way
        texts.asked = texts.agreed = true;
        texts.to = QStringLiteral("+18015550199");
        texts.language = QStringLiteral("es");
        texts.agent = QStringLiteral("agent1");
        texts.atMs = kNow;
        SendJournal journal(&agent, QStringLiteral("agent1"));
        journal.setAuthorization(verbal);
        journal.setTextConsent(texts);
        ApiError refused;
        const qint64 intent = journal.beforeSubmit(numberFor(7), kNow, &refused);
        QVERIFY(intent);
        SubmitResult answer;
        answer.orderId = QStringLiteral("JNUOID-V");
        answer.status = QStringLiteral("Pending");
        QCOMPARE(journal.afterSubmit(intent, samplePortIn(numberFor(7)), true, answer, {}, kNow + 1).outcome,
                 SendJournal::Outcome::Ordered);
        QTRY_VERIFY(supervisor.authorization(QStringLiteral("JNUOID-V")));
        QCOMPARE(*supervisor.authorization(QStringLiteral("JNUOID-V")), verbal);
        QCOMPARE(supervisor.textConsent(QStringLiteral("JNUOID-V")), std::optional<TextConsent>(texts));

        // A written LOA waits, comes back with its file: the other desk reads the same bytes.
        AuthorizationRecords records(&agent, QStringLiteral("agent1"));
        Authorization loa = verbal;
        loa.kind = Authorization::Kind::Written;
        loa.scriptVersion.clear();
        const QString waiting = records.recordAwaiting(samplePortIn(numberFor(8)), loa, kNow + 2, &error);
        QVERIFY2(!waiting.isEmpty(), qPrintable(error));
        QTRY_VERIFY(supervisor.find(waiting) && supervisor.find(waiting)->awaitingAuthorization);
        const QByteArray content("%PDF-1.7 signed by Jane Doe");
        loa.fileName = QStringLiteral("signed.pdf");
        loa.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        loa.atMs = kNow + 3;
        QVERIFY2(records.recordReceived(waiting, loa, content, kNow + 3, &error), qPrintable(error));
        QTRY_VERIFY(supervisor.authorization(waiting) && supervisor.authorization(waiting)->isRecorded());
        QCOMPARE(supervisor.authorization(waiting)->fileSha256, loa.fileSha256);
        QCOMPARE(AuthorizationRecords(&supervisor, QStringLiteral("sup")).fileContent(loa.fileSha256, &error), content);

        QVERIFY(AuthorizationSettings(&agent).setPolicy(AuthorizationPolicy::WrittenRequired, &error));
        QCOMPARE(AuthorizationSettings(&supervisor).policy(), AuthorizationPolicy::WrittenRequired);

        // And after a restart.
        OrderRegistry fresh;
        QVERIFY(fresh.openPostgres(team, kAccount, &error));
        QCOMPARE(*fresh.authorization(QStringLiteral("JNUOID-V")), verbal);
        QCOMPARE(fresh.textConsent(QStringLiteral("JNUOID-V")), std::optional<TextConsent>(texts));
        QCOMPARE(fresh.authorization(waiting)->fileSha256, loa.fileSha256);
    }

    // A note written at one desk is in the other desk's memory within moments, announced as
    // history (the row itself did not change), and kept for a desk that starts later.
    // Issue 20: one status change, two desks of the team: the database lets one claim the text;
    // the other desk hears it in the order's history.
    void aCustomerTextIsClaimedByOneDesk()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry a, b;
        QString error;
        QVERIFY(a.openPostgres(team, kAccount, &error));
        QVERIFY(b.openPostgres(team, kAccount, &error));
        const QString id = QStringLiteral("JNUOID-TXT");
        QVERIFY(recordOrder(a, id, numberFor(12), kNow));
        QTRY_VERIFY(b.find(id));
        CustomerTexts ta(&a, QStringLiteral("desk-a")), tb(&b, QStringLiteral("desk-b"));
        for (int round = 0; round < 10; ++round) {
            const QString trigger = QStringLiteral("needs-action:%1").arg(round);
            QString ea, eb;
            const qint64 first = (round % 2 ? ta : tb).claim(id, trigger, numberFor(12), {}, kNow, &ea);
            const qint64 second = (round % 2 ? tb : ta).claim(id, trigger, numberFor(12), {}, kNow, &eb);
            QVERIFY2(ea.isEmpty() && eb.isEmpty(), qPrintable(ea + eb));
            QVERIFY(first > 0);
            QCOMPARE(second, 0);
        }
        QCOMPARE(ta.texts(id).size(), 10);
        const qint64 sent = ta.claim(id, QStringLiteral("completed"), numberFor(12), QStringLiteral("b"), kNow, &error);
        QSignalSpy history(&b, &OrderRegistry::historyChanged);
        QVERIFY2(ta.recordSent(sent, {QStringLiteral("TMID-T1"), QStringLiteral("Queued")}, kNow + 1, &error),
                 qPrintable(error));
        QTRY_VERIFY(history.count() >= 1);
        QCOMPARE(b.events(id).constLast().kind, QStringLiteral("text-sent"));
        QCOMPARE(tb.text(sent)->messageId, QStringLiteral("TMID-T1"));
    }

    void aNoteReachesTheOtherDesk()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry agent, supervisor;
        QString error;
        QVERIFY(agent.openPostgres(team, kAccount, &error));
        QVERIFY(supervisor.openPostgres(team, kAccount, &error));
        const QString id = QStringLiteral("JNUOID-N");
        QVERIFY(recordOrder(agent, id, numberFor(9), kNow));
        QTRY_VERIFY(supervisor.find(id));

        QSignalSpy history(&supervisor, &OrderRegistry::historyChanged);
        const QString text = QStringLiteral("customer will call back with a new transfer PIN");
        QVERIFY2(OrderNotes(&agent).add(id, text, QStringLiteral("agent1"), kNow + 1, &error), qPrintable(error));
        QTRY_COMPARE(supervisor.notes(id).size(), 1);
        QCOMPARE(supervisor.notes(id).constFirst().message, text);
        QCOMPARE(supervisor.notes(id).constFirst().who, QStringLiteral("agent1"));
        QVERIFY(history.count() >= 1);
        QVERIFY(history.constLast().at(0).toStringList().contains(id));
        QCOMPARE(supervisor.events(id).constLast().kind, QStringLiteral("note"));

        OrderRegistry fresh;
        QVERIFY(fresh.openPostgres(team, kAccount, &error));
        QCOMPARE(fresh.notes(id).size(), 1);
    }

    void oldWordsBecomeCodesOnPostgresToo()
    {
        // A team database of schema 3: a desk closed an unknown outcome and wrote English words.
        const TeamDatabase team = m_pg.create();
        QString error;
        QString unknown;
        {
            OrderRegistry old;
            QVERIFY2(old.openPostgres(team, kAccount, &error), qPrintable(error));
            unknown = old.recordUnknownOutcome(samplePortIn(numberFor(7)), QStringLiteral("agent1"), kNow);
            QVERIFY(!unknown.isEmpty());
            QVERIFY(old.resolveUnknownOutcome(unknown, QStringLiteral("agent1"), kNow + 1));
        }
        QSqlDatabase db = team.addConnection(QStringLiteral("old-words"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql :
             backToSchema3() +
                 QStringList{QStringLiteral("UPDATE orders SET status = 'Not received by Telegent'"),
                             QStringLiteral(
                                 "UPDATE order_events SET new_status = 'Not received by Telegent', message = "
                                 "'Checked by the agent: this submit never reached Telegent.' WHERE kind = 'verified'"),
                             QStringLiteral(
                                 "UPDATE order_events SET message = 'The submit may or may not have reached Telegent.' "
                                 "WHERE kind = 'unknown-outcome'")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

        OrderRegistry desk; // the first desk of the new version migrates
        QVERIFY2(desk.openPostgres(team, kAccount, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM orders")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("portdesk.not-received"));
        QVERIFY(q.exec(QStringLiteral("SELECT new_status, message FROM order_events WHERE kind = 'verified'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("portdesk.not-received"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("portdesk.checked-not-received"));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        const QList<OrderEvent> events = desk.events(unknown);
        QCOMPARE(OrderTexts::display(events.constFirst().message),
                 QStringLiteral("The submit may or may not have reached Telegent."));
        QCOMPARE(OrderTexts::status(desk.find(unknown)->status), QStringLiteral("Not received by Telegent"));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("old-words"));
    }

    void anUnreachableServerIsReportedInWords()
    {
        TeamDatabase nowhere = m_pg.create();
        nowhere.port = 1; // nothing listens there
        OrderRegistry a;
        QString error;
        QVERIFY(!a.openPostgres(nowhere, kAccount, &error));
        QVERIFY2(error.contains(nowhere.describe()), qPrintable(error));
        QVERIFY(!a.isOpen());
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestTeamRegistry)
#include "tst_teamregistry.moc"
