#include <QJsonArray>
#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/UpdateHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// POST /numbers/portin/update alone: what it refuses, what it changes on the order.
class TestUpdateHandler : public QObject
{
    Q_OBJECT

    static QString createOrder(HandlerFixture &f, const QString &number,
                               const QString &account = QStringLiteral("DID-sandbox"))
    {
        return f.orders
            .create(account, number,
                    {{QStringLiteral("PortInNumber"), number},
                     {QStringLiteral("CurrentAccountNumber"), QStringLiteral("1111")}},
                    f.clock.nowMs())
            .orderId;
    }

private slots:
    void requestProblems()
    {
        HandlerFixture f;
        UpdateHandler handler(&f.state);
        SimReply r =
            f.post(handler, {{QStringLiteral("PortInDate"), QStringLiteral("next Tuesday")},
                             {QStringLiteral("CurrentBillingAddress"), QStringLiteral("2701 N Thanksgiving Way")},
                             {QStringLiteral("SubscriberName"), 7}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.contentType.startsWith("application/problem+json"));
        QCOMPARE(f.problem(QStringLiteral("OrderId")), QStringLiteral("The OrderId field is required."));
        QCOMPARE(f.problem(QStringLiteral("$.PortInDate")), QStringLiteral("PortInDate must be a date (YYYY-MM-DD)."));
        QVERIFY(f.problem(QStringLiteral("$.CurrentBillingAddress")).contains(QLatin1String("BillingAddress")));
        QVERIFY(f.problem(QStringLiteral("$.SubscriberName")).contains(QLatin1String("System.String")));

        // Both date spellings the API takes.
        const QString id = createOrder(f, QStringLiteral("+18015552345"));
        for (const char *date : {"2026-01-20", "01/20/2026"})
            QCOMPARE(
                f.post(handler, {{QStringLiteral("OrderId"), id}, {QStringLiteral("PortInDate"), QLatin1String(date)}})
                    .status,
                200);
    }

    void onlyOpenOrdersOfTheCaller()
    {
        HandlerFixture f;
        UpdateHandler handler(&f.state);
        const QString other = createOrder(f, QStringLiteral("+18015552345"), QStringLiteral("DID-other"));
        const QString mine = createOrder(f, QStringLiteral("+18015552346"));
        for (const QString &id : {other, QStringLiteral("JNUOID-nope"), mine.toLower()}) {
            const SimReply r = f.post(handler, {{QStringLiteral("OrderId"), id}});
            QCOMPARE(r.status, 400);
            QCOMPARE(f.json.value(QStringLiteral("Message")).toString(),
                     QStringLiteral("GENS-0041 No Port-In request found"));
            QCOMPARE(f.json.value(QStringLiteral("StatusCode")).toInt(), 400);
        }
        f.clock.advance(4 * 60'000); // Completed: final
        QCOMPARE(f.post(handler, {{QStringLiteral("OrderId"), mine}}).status, 400);
        QCOMPARE(f.json.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("GENS-0041 No Port-In request found"));
    }

    // An update resubmits: the lifecycle starts again, the carrier's problem counts as fixed,
    // and the PIN is never kept.
    void restartsTheLifecycle()
    {
        HandlerFixture f;
        UpdateHandler handler(&f.state);
        const QString id = createOrder(f, QStringLiteral("+18015550008")); // account number error
        f.clock.advance(2 * 60'000);
        QCOMPARE(f.orders.statusOf(*f.orders.find(id), f.clock.nowMs()).text, QStringLiteral("Error"));

        const SimReply r = f.post(handler, {{QStringLiteral("orderid"), id},
                                            {QStringLiteral("CurrentAccountNumber"), QStringLiteral("2222")},
                                            {QStringLiteral("CurrentAccountPassword"), QStringLiteral("9999")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(f.json,
                 (QJsonObject{{QStringLiteral("OrderId"), id},
                              {QStringLiteral("Status"), QStringLiteral("Updated")},
                              {QStringLiteral("Message"), QStringLiteral("Port-in order updated successfully")}}));
        const SimOrderBook::Order &order = *f.orders.find(id);
        QCOMPARE(order.request.value(QStringLiteral("CurrentAccountNumber")).toString(), QStringLiteral("2222"));
        QVERIFY(!order.request.contains(QStringLiteral("CurrentAccountPassword")));
        QCOMPARE(f.orders.statusOf(order, f.clock.nowMs()).text, QStringLiteral("Updated"));
        f.clock.advance(4 * 60'000);
        QCOMPARE(f.orders.statusOf(order, f.clock.nowMs()).text, QStringLiteral("Completed"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateHandler)
#include "tst_updatehandler.moc"
