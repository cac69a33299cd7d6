// Team synchronisation on a real PostgreSQL server (started by .ci/with-postgres): a database
// claimed by one account, what one desk notifies reaching the others as rows (never its own
// notifications back), long lists as "reload everything", and a lost session taken up again.
// First TeamSync alone, then two OrderRegistry desks that see each other through it.
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <memory>

#include "TestPostgres.h"
#include "TestRegistry.h"
#include "TestRequests.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderRows.h"
#include "registry/SendJournal.h"
#include "registry/TeamSync.h"

using namespace portdesk;
using namespace portdesk::test;

Q_DECLARE_METATYPE(QList<portdesk::OrderRecord>)

namespace {
const QString kAccount = QStringLiteral("DID-team-a");
const qint64 kNow = 1'767'225'600'000;

// One desk's TeamSync on its own connection, removed again after it.
struct SyncDesk
{
    std::unique_ptr<TeamSync> sync = std::make_unique<TeamSync>();
    const QString name = QStringLiteral("sync-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    bool open(const TeamDatabase &team, const QString &account, QString *error)
    {
        return sync->open(team, name, account, error);
    }
    // Writes these rows and tells the other desks, in one transaction, as the registry does.
    bool write(const QList<OrderRecord> &rows, const QStringList &notified)
    {
        QSqlDatabase db = sync->database();
        if (!db.transaction())
            return false;
        for (const OrderRecord &r : rows) {
            const OrderRows::Statement s = OrderRows::insert(r);
            QSqlQuery q(db);
            q.prepare(s.sql);
            for (const QVariant &v : s.binds)
                q.addBindValue(v);
            if (!q.exec()) {
                qWarning() << q.lastError().text();
                db.rollback();
                return false;
            }
        }
        QString why;
        if (!sync->notifyPeers(notified, &why)) {
            qWarning().noquote() << why;
            db.rollback();
            return false;
        }
        return db.commit();
    }
    ~SyncDesk()
    {
        sync.reset();
        QSqlDatabase::removeDatabase(name);
    }
};

OrderRecord row(const QString &id, int n)
{
    OrderRecord r = OrderRows::fromRequest(samplePortIn(numberFor(n)), QStringLiteral("agent1"), kNow + n);
    r.orderId = id;
    r.status = QStringLiteral("Pending");
    return r;
}

QList<OrderRecord> rowsOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<QList<OrderRecord>>();
}
} // namespace

class TestTeamSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void aDatabaseServesOneAccount()
    {
        const TeamDatabase team = m_pg.create();
        SyncDesk first, again, other;
        QString error;
        QVERIFY2(first.open(team, kAccount, &error), qPrintable(error));
        QVERIFY2(again.open(team, kAccount, &error), qPrintable(error)); // the same account joins
        QVERIFY(!other.open(team, QStringLiteral("DID-team-b"), &error));
        QVERIFY2(error.contains(kAccount) && error.contains(QStringLiteral("DID-team-b")), qPrintable(error));
    }

    void anIncompleteDatabaseIsRefusedInWords()
    {
        TeamDatabase team = m_pg.create();
        team.user.clear();
        SyncDesk desk;
        QString error;
        QVERIFY(!desk.open(team, kAccount, &error));
        QCOMPARE(error, QStringLiteral("the server, database and user must all be set"));
        QVERIFY(!desk.sync->database().isOpen());
    }

    void whatOneDeskNotifiesReachesTheOthersAsRows()
    {
        const TeamDatabase team = m_pg.create();
        SyncDesk writer, reader;
        QString error;
        QVERIFY2(writer.open(team, kAccount, &error), qPrintable(error));
        QVERIFY2(reader.open(team, kAccount, &error), qPrintable(error));
        QSignalSpy heard(reader.sync.get(), &TeamSync::changedByPeers);
        QSignalSpy echoed(writer.sync.get(), &TeamSync::changedByPeers);

        const OrderRecord written = row(QStringLiteral("JNUOID-N1"), 1);
        QVERIFY(writer.write({written, row(QStringLiteral("JNUOID-N2"), 2)}, {written.orderId}));
        QTRY_COMPARE(heard.count(), 1);
        const QList<OrderRecord> rows = rowsOf(heard, 0);
        QCOMPARE(rows.size(), 1); // what was named, not everything
        QVERIFY(OrderRows::same(rows.at(0), written));
        // The writer's own notification is not read back: when the reader's answer reaches the
        // writer (on the same session, so after the writer's own), it is all the writer heard.
        QVERIFY(reader.write({row(QStringLiteral("JNUOID-N3"), 3)}, {QStringLiteral("JNUOID-N3")}));
        QTRY_COMPARE(echoed.count(), 1);
        QCOMPARE(rowsOf(echoed, 0).size(), 1);
        QCOMPARE(rowsOf(echoed, 0).at(0).orderId, QStringLiteral("JNUOID-N3"));
    }

    void aLongListSaysReloadEverything()
    {
        // NOTIFY payloads end at 8000 bytes: a batch naming more orders says "*" instead.
        const TeamDatabase team = m_pg.create();
        SyncDesk writer, reader;
        QString error;
        QVERIFY2(writer.open(team, kAccount, &error), qPrintable(error));
        QVERIFY2(reader.open(team, kAccount, &error), qPrintable(error));
        QSignalSpy heard(reader.sync.get(), &TeamSync::changedByPeers);
        QStringList many;
        for (int i = 0; i < 1000; ++i)
            many << QStringLiteral("JNUOID-%1").arg(i, 8, 10, QLatin1Char('0'));
        QVERIFY(writer.write({row(QStringLiteral("JNUOID-L1"), 1), row(QStringLiteral("JNUOID-L2"), 2)}, many));
        QTRY_COMPARE(heard.count(), 1);
        QCOMPARE(rowsOf(heard, 0).size(), 2); // every row, though neither was in the list
    }

    void aLostSessionIsTakenUpAgain()
    {
        const TeamDatabase team = m_pg.create();
        SyncDesk desk, other;
        QString error;
        QVERIFY2(desk.open(team, kAccount, &error), qPrintable(error));
        desk.sync->startChecking(100);
        QSignalSpy heard(desk.sync.get(), &TeamSync::changedByPeers);
        QSignalSpy lost(desk.sync.get(), &TeamSync::unreachable);
        QVERIFY(m_pg.terminateSessions(team) >= 1); // as when the server restarts
        QVERIFY2(other.open(team, kAccount, &error), qPrintable(error));
        QVERIFY(other.write({row(QStringLiteral("JNUOID-R1"), 1)}, {QStringLiteral("JNUOID-R1")}));
        // Re-read on reconnection (the notification was sent while the desk was gone).
        QTRY_VERIFY(heard.count() >= 1);
        QCOMPARE(rowsOf(heard, heard.count() - 1).value(0).orderId, QStringLiteral("JNUOID-R1"));
        // Listening again: the next change arrives as a notification.
        const int before = heard.count();
        QVERIFY(other.write({row(QStringLiteral("JNUOID-R2"), 2)}, {QStringLiteral("JNUOID-R2")}));
        QTRY_COMPARE(heard.count(), before + 1);
        QCOMPARE(rowsOf(heard, before).value(0).orderId, QStringLiteral("JNUOID-R2"));
        QCOMPARE(lost.count(), 0); // back within one check: nothing to tell the user
    }

    // --- two registries that see each other through it ---

    void eachDeskSeesTheOthersOrders()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry a, b;
        QString error;
        QVERIFY(a.openPostgres(team, kAccount, &error));
        QVERIFY(b.openPostgres(team, kAccount, &error));
        QSignalSpy addedOnB(&b, &OrderRegistry::ordersAdded);
        QSignalSpy addedOnA(&a, &OrderRegistry::ordersAdded);

        QVERIFY(recordOrder(a, QStringLiteral("JNUOID-A1"), numberFor(1), kNow));
        QTRY_VERIFY(b.find(QStringLiteral("JNUOID-A1")));
        QCOMPARE(b.find(QStringLiteral("JNUOID-A1"))->number, numberFor(1));
        QCOMPARE(addedOnB.count(), 1);
        QCOMPARE(addedOnB.at(0).at(0).toStringList(), QStringList{QStringLiteral("JNUOID-A1")});

        QVERIFY(recordOrder(b, QStringLiteral("JNUOID-B1"), numberFor(2), kNow + 1));
        QTRY_VERIFY(a.find(QStringLiteral("JNUOID-B1")));
        // A's own order reached A once (its own write), not a second time from the notification.
        QCOMPARE(addedOnA.count(), 2);
        // The rule "one open order per number" holds across desks.
        QCOMPARE(a.openOrderFor(numberFor(2)), QStringLiteral("JNUOID-B1"));
    }

    void submitsThroughTheJournalReachTheOtherDesk()
    {
        // The wizard, bulk and the CLI record their answers through SendJournal: those orders,
        // and the unknown outcomes it records, must reach the other desks as well.
        const TeamDatabase team = m_pg.create();
        OrderRegistry a, b;
        QString error;
        QVERIFY(a.openPostgres(team, kAccount, &error));
        QVERIFY(b.openPostgres(team, kAccount, &error));
        SendJournal journal(&a, QStringLiteral("agent"));
        ApiError refused;
        const qint64 intent = journal.beforeSubmit(numberFor(7), kNow, &refused);
        QVERIFY2(intent, qPrintable(refused.message));
        SubmitResult result;
        result.orderId = QStringLiteral("JNUOID-J1");
        result.status = QStringLiteral("Submitted");
        const SendJournal::Answer answer =
            journal.afterSubmit(intent, test::samplePortIn(numberFor(7)), true, result, {}, kNow + 1);
        QCOMPARE(int(answer.outcome), int(SendJournal::Outcome::Ordered));
        QTRY_VERIFY(b.find(QStringLiteral("JNUOID-J1")));

        const qint64 lost = journal.beforeSubmit(numberFor(8), kNow + 2, &refused);
        QVERIFY(lost);
        const SendJournal::Answer unknown = journal.abandonSubmit(lost, test::samplePortIn(numberFor(8)), kNow + 3);
        QCOMPARE(int(unknown.outcome), int(SendJournal::Outcome::Unknown));
        QTRY_VERIFY(b.find(unknown.orderId));
    }

    void statusChangesReachTheOtherDesk()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry poller, viewer;
        QString error;
        QVERIFY(poller.openPostgres(team, kAccount, &error));
        QVERIFY(viewer.openPostgres(team, kAccount, &error));
        QVERIFY(recordOrder(poller, QStringLiteral("JNUOID-S"), numberFor(3), kNow));
        QTRY_VERIFY(viewer.find(QStringLiteral("JNUOID-S")));
        QSignalSpy status(&viewer, &OrderRegistry::statusChanged);
        QSignalSpy changed(&viewer, &OrderRegistry::ordersChanged);

        QVERIFY(poller.applyStatuses({details(QStringLiteral("JNUOID-S"), QStringLiteral("FOC Confirmed"))},
                                     kNow + 60'000));
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(status.at(0).at(1).toString(), QStringLiteral("Pending"));
        QCOMPARE(status.at(0).at(2).toString(), QStringLiteral("FOC Confirmed"));
        QCOMPARE(viewer.find(QStringLiteral("JNUOID-S"))->lastCheckedMs, kNow + 60'000);
        QCOMPARE(viewer.events(QStringLiteral("JNUOID-S")).size(), 2); // submitted, status

        // A check that changes nothing but the time still reaches the viewer (its "checked"
        // column).
        QVERIFY(poller.applyStatuses({details(QStringLiteral("JNUOID-S"), QStringLiteral("FOC Confirmed"))},
                                     kNow + 120'000));
        QTRY_COMPARE(viewer.find(QStringLiteral("JNUOID-S"))->lastCheckedMs, kNow + 120'000);
        QCOMPARE(status.count(), 1);
        QVERIFY(changed.count() >= 2);
    }

    void aDeskReconnectsAfterTheServerDropsIt()
    {
        const TeamDatabase team = m_pg.create();
        OrderRegistry desk, other;
        QString error;
        QVERIFY(desk.openPostgres(team, kAccount, &error));
        desk.setTeamCheckIntervalMs(100);
        QSignalSpy failed(&desk, &OrderRegistry::storageFailed);
        QVERIFY(m_pg.terminateSessions(team) >= 1); // as when the server restarts
        // Meanwhile another desk records an order: the reconnected desk must not miss it.
        QVERIFY(other.openPostgres(team, kAccount, &error));
        QVERIFY(recordOrder(other, QStringLiteral("JNUOID-R"), numberFor(7), kNow));
        QTRY_VERIFY(desk.find(QStringLiteral("JNUOID-R")));
        QVERIFY(desk.isOpen());
        // Notifications work again on the new session.
        QVERIFY(other.applyStatuses({details(QStringLiteral("JNUOID-R"), QStringLiteral("Submitted"))}, kNow + 1));
        QTRY_COMPARE(desk.find(QStringLiteral("JNUOID-R"))->status, QStringLiteral("Submitted"));
        QCOMPARE(failed.count(), 0); // back within one check: nothing to tell the user
        QVERIFY(recordOrder(desk, QStringLiteral("JNUOID-R2"), numberFor(8), kNow + 2));
        QTRY_VERIFY(other.find(QStringLiteral("JNUOID-R2")));
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
