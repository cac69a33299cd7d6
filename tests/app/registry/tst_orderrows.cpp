// The mapping between an order (and its events) and SQL rows, on a real SQLite database with the
// registry's schema: every field written and read back, absent fields stored as the schema's
// "none", updates that bind only what changed, and what of a request is kept (never the PIN).
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "TestRequests.h"
#include "registry/Migrations.h"
#include "registry/OrderRows.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

const QString kConnection = QStringLiteral("orderrows");

// Every field set, each to a value no other field has.
OrderRecord fullRecord(StatusGroup group = StatusGroup::NeedsAction)
{
    OrderRecord r;
    r.orderId = QStringLiteral("JNUOID-ROW");
    r.number = QStringLiteral("+18015550101");
    r.carrier = QStringLiteral("Carrier X");
    r.subscriber = QStringLiteral("Ana Díaz");
    r.classification = QStringLiteral("iot");
    r.accountNumber = QStringLiteral("ACC-77");
    r.address = {QStringLiteral("1 Main St"), QStringLiteral("Suite 2"), QStringLiteral("Lehi"), QStringLiteral("UT"),
                 QStringLiteral("84043")};
    r.iccid = QStringLiteral("8901260000000000001");
    r.status = QStringLiteral("Error");
    r.statusMessage = QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT");
    r.group = group;
    r.orderDateMs = 1'767'225'600'001;
    r.submittedAtMs = 1'767'225'600'002;
    r.submittedBy = QStringLiteral("agent7");
    r.lastCheckedMs = 1'767'225'600'003;
    r.lastChangedMs = 1'767'225'600'004;
    r.notFound = true;
    r.outcomeUnknown = true;
    return r;
}

void compareFields(const OrderRecord &a, const OrderRecord &b)
{
    QCOMPARE(a.orderId, b.orderId);
    QCOMPARE(a.number, b.number);
    QCOMPARE(a.carrier, b.carrier);
    QCOMPARE(a.subscriber, b.subscriber);
    QCOMPARE(a.classification, b.classification);
    QCOMPARE(a.accountNumber, b.accountNumber);
    QCOMPARE(a.address.street1, b.address.street1);
    QCOMPARE(a.address.street2, b.address.street2);
    QCOMPARE(a.address.city, b.address.city);
    QCOMPARE(a.address.state, b.address.state);
    QCOMPARE(a.address.zip, b.address.zip);
    QCOMPARE(a.iccid, b.iccid);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.statusMessage, b.statusMessage);
    QCOMPARE(a.group, b.group);
    QCOMPARE(a.orderDateMs, b.orderDateMs);
    QCOMPARE(a.submittedAtMs, b.submittedAtMs);
    QCOMPARE(a.submittedBy, b.submittedBy);
    QCOMPARE(a.lastCheckedMs, b.lastCheckedMs);
    QCOMPARE(a.lastChangedMs, b.lastChangedMs);
    QCOMPARE(a.notFound, b.notFound);
    QCOMPARE(a.outcomeUnknown, b.outcomeUnknown);
}

} // namespace

class TestOrderRows : public QObject
{
    Q_OBJECT

    QSqlDatabase db() { return QSqlDatabase::database(kConnection); }

    bool exec(const OrderRows::Statement &s)
    {
        QSqlQuery q(db());
        q.prepare(s.sql);
        for (const QVariant &v : s.binds)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << s.sql << q.lastError().text();
        return q.numRowsAffected() == 1;
    }

    QList<OrderRecord> readAll()
    {
        QList<OrderRecord> rows;
        QSqlQuery q(db());
        if (!q.exec(OrderRows::selectAll()))
            qWarning() << q.lastError().text();
        while (q.next())
            rows << OrderRows::read(q);
        return rows;
    }

private slots:
    void init()
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        d.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(d.open());
        QString why;
        QVERIFY2(Migrations::apply(d, &why), qPrintable(why));
    }

    void cleanup() { QSqlDatabase::removeDatabase(kConnection); }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<StatusGroup>("group");
        for (StatusGroup g : {StatusGroup::Open, StatusGroup::NeedsAction, StatusGroup::Completed,
                              StatusGroup::Cancelled, StatusGroup::Unknown})
            QTest::newRow(qPrintable(statusGroupKey(g))) << g;
    }

    void everyFieldRoundTrips()
    {
        QFETCH(StatusGroup, group);
        const OrderRecord written = fullRecord(group);
        QVERIFY(exec(OrderRows::insert(written)));
        const QList<OrderRecord> rows = readAll();
        QCOMPARE(rows.size(), 1);
        compareFields(rows.at(0), written);
        QVERIFY(OrderRows::same(rows.at(0), written));
    }

    void absentFieldsAreStoredAsNone()
    {
        // A tracked order before its first answer: nothing but an id, a time and who.
        OrderRecord bare;
        bare.orderId = QStringLiteral("JNUOID-BARE");
        bare.submittedAtMs = 5;
        QVERIFY(exec(OrderRows::insert(bare))); // null texts bind as '' (the columns are NOT NULL)
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM orders WHERE number = '' AND carrier = '' AND street2 = '' "
                                      "AND status = '' AND submitted_by = '' AND order_date = 0 AND not_found = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const OrderRecord read = readAll().value(0);
        compareFields(read, bare);
        QVERIFY(!read.number.isNull()); // empty, not null: '' came back
    }

    void anUnknownGroupKeyReadsAsUnknown()
    {
        QVERIFY(exec(OrderRows::insert(fullRecord())));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET status_group = 'from-a-newer-desk'")));
        QCOMPARE(readAll().value(0).group, StatusGroup::Unknown);
    }

    void anUpdateBindsOnlyWhatChanged()
    {
        const OrderRecord old = fullRecord();
        OrderRecord row = old;
        row.status = QStringLiteral("FOC Confirmed");
        row.lastCheckedMs += 1000;
        const OrderRows::Statement s = OrderRows::update(old, row);
        QCOMPARE(s.sql, QStringLiteral("UPDATE orders SET status=?,last_checked=? WHERE order_id=?"));
        QCOMPARE(s.binds, (QVariantList{row.status, row.lastCheckedMs, row.orderId}));
        QVERIFY(OrderRows::update(old, old).sql.isEmpty()); // nothing to write

        // Another desk changed the carrier meanwhile: this update, made from a copy without it,
        // keeps it.
        QVERIFY(exec(OrderRows::insert(old)));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET carrier = 'Changed elsewhere'")));
        QVERIFY(exec(s));
        const OrderRecord stored = readAll().value(0);
        QCOMPARE(stored.carrier, QStringLiteral("Changed elsewhere"));
        QCOMPARE(stored.status, row.status);
        QCOMPARE(stored.lastCheckedMs, row.lastCheckedMs);
    }

    void sameSeesEveryStoredField()
    {
        const OrderRecord a = fullRecord();
        QVERIFY(OrderRows::same(a, a));
        OrderRecord b = a;
        b.address.zip = QStringLiteral("84044");
        QVERIFY(!OrderRows::same(a, b));
        b = a;
        b.outcomeUnknown = false;
        QVERIFY(!OrderRows::same(a, b));
        b = a;
        b.orderId = QStringLiteral("JNUOID-OTHER");
        QVERIFY(!OrderRows::same(a, b));
        QCOMPARE(OrderRows::values(a).size() + 1, QString(OrderRows::columns()).split(QLatin1Char(',')).size());
    }

    void eventsRoundTrip()
    {
        QVERIFY(exec(OrderRows::insert(fullRecord())));
        const OrderEvent first{0,  QStringLiteral("JNUOID-ROW"), 10, QStringLiteral("submitted"),
                               {}, QStringLiteral("Pending"),    {}, QStringLiteral("agent7")};
        const OrderEvent second{0,
                                QStringLiteral("JNUOID-ROW"),
                                20,
                                QStringLiteral("status"),
                                QStringLiteral("Pending"),
                                QStringLiteral("Error"),
                                QStringLiteral("8A"),
                                {}};
        QVERIFY(exec(OrderRows::insertEvent(second)));
        QVERIFY(exec(OrderRows::insertEvent(first)));
        QSqlQuery q(db());
        q.prepare(OrderRows::selectEvents());
        q.addBindValue(QStringLiteral("JNUOID-ROW"));
        QVERIFY(q.exec());
        QList<OrderEvent> events;
        while (q.next())
            events << OrderRows::readEvent(q);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).atMs, 10); // by time, not by insertion
        QCOMPARE(events.at(0).kind, first.kind);
        QCOMPARE(events.at(0).oldStatus, QString(QLatin1String(""))); // absent: stored as ''
        QCOMPARE(events.at(0).newStatus, first.newStatus);
        QCOMPARE(events.at(0).who, first.who);
        QCOMPARE(events.at(1).orderId, second.orderId);
        QCOMPARE(events.at(1).oldStatus, second.oldStatus);
        QCOMPARE(events.at(1).newStatus, second.newStatus);
        QCOMPARE(events.at(1).message, second.message);
        QVERIFY(events.at(1).id > 0);
    }

    void aRequestIsKeptWithoutItsPin()
    {
        const PortInRequest request = samplePortIn(QStringLiteral("+18015550102"));
        QVERIFY(!request.currentAccountPassword.isEmpty());
        const OrderRecord r = OrderRows::fromRequest(request, QStringLiteral("agent2"), 42);
        QCOMPARE(r.number, request.portInNumber);
        QCOMPARE(r.carrier, request.currentCarrierName);
        QCOMPARE(r.accountNumber, request.currentAccountNumber);
        QVERIFY(r.address == request.currentBillingAddress);
        QCOMPARE(r.submittedAtMs, 42);
        QCOMPARE(r.lastChangedMs, 42);
        QCOMPARE(r.submittedBy, QStringLiteral("agent2"));
        for (const auto &[name, value] : OrderRows::values(r))
            QVERIFY2(!value.toString().contains(request.currentAccountPassword), name.data());
    }

    void aSubmitAnswerMakesTheOrder()
    {
        const PortInRequest request = samplePortIn(QStringLiteral("+18015550103"));
        SubmitResult result;
        result.orderId = QStringLiteral("JNUOID-S");
        const OrderRecord pending = OrderRows::fromSubmit(request, result, QStringLiteral("agent2"), 50);
        QCOMPARE(pending.orderId, result.orderId);
        QCOMPARE(pending.status, QStringLiteral("Pending")); // no status in the answer
        QCOMPARE(pending.group, StatusGroup::Open);
        QCOMPARE(pending.number, request.portInNumber);
        QCOMPARE(pending.orderDateMs, 0);
        QCOMPARE(pending.lastCheckedMs, 50);

        result.status = QStringLiteral("Error");
        result.phoneNumber = QStringLiteral("+18015550199");
        result.orderDate = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC);
        const OrderRecord answered = OrderRows::fromSubmit(request, result, QStringLiteral("agent2"), 50);
        QCOMPARE(answered.status, QStringLiteral("Error"));
        QCOMPARE(answered.group, StatusGroup::NeedsAction);
        QCOMPARE(answered.number, result.phoneNumber); // Telegent's form of the number wins
        QCOMPARE(answered.orderDateMs, 1'767'225'600'000);
    }
};

QTEST_GUILESS_MAIN(TestOrderRows)
#include "tst_orderrows.moc"
