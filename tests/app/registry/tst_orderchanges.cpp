// What each answer and each finding of the agent does to a stored order, without storage: which
// fields change, when the history gets an event, and that an update's event names fields, never
// their values (the PIN least of all).
#include <QTest>

#include "TestRegistry.h"
#include "registry/OrderChanges.h"
#include "registry/OrderRows.h"
#include "registry/OrderTexts.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const qint64 kThen = 1'767'225'600'000;
const qint64 kNow = kThen + 60'000;

OrderRecord pending()
{
    SubmitResult result;
    result.orderId = QStringLiteral("JNUOID-C1");
    return OrderRows::fromSubmit(samplePortIn(numberFor(1)), result, QStringLiteral("agent1"), kThen);
}
} // namespace

class TestOrderChanges : public QObject
{
    Q_OBJECT

private slots:
    void aStatusAnswerIsAnEventOnlyWhenSomethingChanged()
    {
        OrderRecord old = pending();
        old.notFound = true;
        const OrderChanges::Change same = OrderChanges::status(old, details(old.orderId, old.status), kNow);
        QVERIFY(!same.recordEvent);
        QCOMPARE(same.row.lastCheckedMs, kNow);  // the check itself is always kept
        QCOMPARE(same.row.lastChangedMs, kThen); // but nothing changed
        QVERIFY(!same.row.notFound);             // Telegent knows it again

        OrderDetails answer = details(old.orderId, QStringLiteral("Error"), QStringLiteral("8A"));
        answer.orderDate = QDateTime::fromMSecsSinceEpoch(kThen - 5, Qt::UTC);
        answer.phoneNumbers = {numberFor(9)};
        const OrderChanges::Change error = OrderChanges::status(old, answer, kNow);
        QVERIFY(error.recordEvent);
        QCOMPARE(error.row.status, QStringLiteral("Error"));
        QCOMPARE(error.row.statusMessage, QStringLiteral("8A"));
        QCOMPARE(error.row.group, StatusGroup::NeedsAction);
        QCOMPARE(error.row.lastChangedMs, kNow);
        QCOMPARE(error.row.orderDateMs, kThen - 5);
        QCOMPARE(error.row.number, old.number); // a known number is never replaced
        QCOMPARE(error.event.kind, QStringLiteral("status"));
        QCOMPARE(error.event.oldStatus, QStringLiteral("Pending"));
        QCOMPARE(error.event.newStatus, QStringLiteral("Error"));
        QCOMPARE(error.event.message, QStringLiteral("8A"));

        // A tracked order learns its number from its first answer.
        const OrderChanges::Change first = OrderChanges::status(
            OrderChanges::tracked(QStringLiteral("JNUOID-T"), QStringLiteral("agent1"), kThen).row, answer, kNow);
        QCOMPARE(first.row.number, numberFor(9));
        QVERIFY(first.event.oldStatus.isEmpty());
    }

    void notFoundIsRecordedOnce()
    {
        const OrderChanges::Change first = OrderChanges::notFound(pending(), kNow);
        QVERIFY(first.recordEvent);
        QVERIFY(first.row.notFound);
        QCOMPARE(first.row.status, QStringLiteral("Pending")); // flagged, not changed
        QCOMPARE(first.row.lastCheckedMs, kNow);
        const OrderChanges::Change again = OrderChanges::notFound(first.row, kNow + 1);
        QVERIFY(!again.recordEvent);
        QCOMPARE(again.row.lastCheckedMs, kNow + 1);
    }

    void anUpdateNamesTheFieldsNeverTheirValues()
    {
        const OrderRecord old = pending();
        UpdatePortInRequest u;
        u.orderId = old.orderId;
        u.currentCarrierName = QStringLiteral("New Carrier");
        u.currentAccountNumber = old.accountNumber; // the same: not a change
        u.currentAccountPassword = QStringLiteral("pin-4711");
        const OrderChanges::Change c = OrderChanges::update(old, u, {}, QStringLiteral("agent2"), kNow);
        QCOMPARE(c.row.carrier, QStringLiteral("New Carrier"));
        QCOMPARE(c.row.status, QStringLiteral("Updated")); // Telegent said no status
        // Stored as the fields' API names, shown as the history always said it.
        QCOMPARE(c.event.message,
                 QStringLiteral("portdesk.changed:[\"CurrentCarrierName\",\"CurrentAccountPassword\"]"));
        QCOMPARE(OrderTexts::display(c.event.message),
                 QStringLiteral("Changed: CurrentCarrierName, CurrentAccountPassword"));
        QCOMPARE(c.event.who, QStringLiteral("agent2"));
        for (const auto &[name, value] : OrderRows::values(c.row))
            QVERIFY2(!value.toString().contains(u.currentAccountPassword), name.data());

        UpdateResult result;
        result.status = QStringLiteral("Submitted");
        const OrderChanges::Change nothing = OrderChanges::update(old, {}, result, QStringLiteral("agent2"), kNow);
        QCOMPARE(OrderTexts::display(nothing.event.message), QStringLiteral("Changed: nothing"));
        QCOMPARE(nothing.row.status, QStringLiteral("Submitted"));
        QCOMPARE(nothing.event.oldStatus, QStringLiteral("Pending"));
    }

    void aCancelClosesTheOrder()
    {
        OrderRecord old = pending();
        old.statusMessage = QStringLiteral("8A");
        const OrderChanges::Change c = OrderChanges::cancelled(old, {}, QStringLiteral("agent3"), kNow);
        QCOMPARE(c.row.status, QStringLiteral("Cancelled"));
        QCOMPARE(c.row.group, StatusGroup::Cancelled);
        QVERIFY(c.row.statusMessage.isEmpty());
        QCOMPARE(c.event.kind, QStringLiteral("cancel"));
        QCOMPARE(c.event.oldStatus, QStringLiteral("Pending"));
    }

    void anUnknownOutcomeWaitsForTheAgent()
    {
        const OrderChanges::Change a =
            OrderChanges::unknownOutcome(samplePortIn(numberFor(2)), QStringLiteral("agent1"), kNow);
        const OrderChanges::Change b =
            OrderChanges::unknownOutcome(samplePortIn(numberFor(2)), QStringLiteral("agent1"), kNow);
        QVERIFY(a.row.orderId.startsWith(QStringLiteral("UNKNOWN-")));
        QVERIFY(a.row.orderId != b.row.orderId);
        QVERIFY(a.row.outcomeUnknown);
        QCOMPARE(a.row.group, StatusGroup::Unknown);
        QCOMPARE(a.row.number, numberFor(2)); // it still holds its number

        const OrderChanges::Change closed = OrderChanges::notReceived(a.row, QStringLiteral("agent4"), kNow + 1);
        QCOMPARE(closed.row.group, StatusGroup::Cancelled);
        QCOMPARE(closed.row.status, QStringLiteral("portdesk.not-received"));
        QCOMPARE(OrderTexts::status(closed.row.status), QStringLiteral("Not received by Telegent"));
        QCOMPARE(closed.event.kind, QStringLiteral("verified"));
        QCOMPARE(closed.event.who, QStringLiteral("agent4"));
    }

    void aFoundOrderTakesTheSubmitOrKeepsTheTrackedRow()
    {
        const OrderRecord unknown =
            OrderChanges::unknownOutcome(samplePortIn(numberFor(3)), QStringLiteral("agent1"), kThen).row;
        OrderDetails answer = details(QStringLiteral("JNUOID-F"), QStringLiteral("Submitted"));
        const auto [closed, order] = OrderChanges::attached(unknown, nullptr, answer, QStringLiteral("agent5"), kNow);
        QCOMPARE(closed.row.orderId, unknown.orderId);
        QCOMPARE(closed.row.group, StatusGroup::Cancelled); // never polled, number free
        QCOMPARE(closed.row.status, QStringLiteral("portdesk.received-as:[\"JNUOID-F\"]"));
        QCOMPARE(OrderTexts::status(closed.row.status), QStringLiteral("Received by Telegent as JNUOID-F"));
        QCOMPARE(order.row.orderId, QStringLiteral("JNUOID-F"));
        QVERIFY(!order.row.outcomeUnknown);
        QCOMPARE(order.row.carrier, unknown.carrier); // what was submitted
        QCOMPARE(order.row.number, numberFor(3));
        QCOMPARE(order.row.status, QStringLiteral("Submitted"));
        QCOMPARE(order.row.lastCheckedMs, kNow);
        QVERIFY(order.event.oldStatus.isEmpty());
        QCOMPARE(order.event.kind, QStringLiteral("attached"));

        // Already tracked (without details): that row gets the answer and the submit's number.
        OrderRecord tracked = OrderChanges::tracked(QStringLiteral("JNUOID-F"), QStringLiteral("agent6"), kThen).row;
        tracked.status = QStringLiteral("Pending");
        const auto [closed2, order2] =
            OrderChanges::attached(unknown, &tracked, answer, QStringLiteral("agent5"), kNow);
        QCOMPARE(order2.row.submittedBy, QStringLiteral("agent6"));
        QVERIFY(order2.row.carrier.isEmpty());
        QCOMPARE(order2.row.number, numberFor(3));
        QCOMPARE(order2.event.oldStatus, QStringLiteral("Pending"));
    }
};

QTEST_GUILESS_MAIN(TestOrderChanges)
#include "tst_orderchanges.moc"
