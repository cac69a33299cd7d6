#include <QJsonArray>
#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/CancelHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// POST /numbers/portin/cancel alone: only an open order of the caller's account, once.
class TestCancelHandler : public QObject
{
    Q_OBJECT

private slots:
    void cancelsOnce()
    {
        HandlerFixture f;
        CancelHandler handler(&f.state);
        const QString id =
            f.orders.create(QStringLiteral("DID-sandbox"), QStringLiteral("+18015552345"), {}, f.clock.nowMs()).orderId;
        QCOMPARE(f.post(handler, {{QStringLiteral("OrderId"), id}}).status, 200);
        QCOMPARE(f.json, (QJsonObject{{QStringLiteral("OrderId"), id},
                                      {QStringLiteral("Status"), QStringLiteral("Cancelled")}}));
        QCOMPARE(f.orders.statusOf(*f.orders.find(id), f.clock.nowMs()).text, QStringLiteral("Cancelled"));
        QCOMPARE(f.post(handler, {{QStringLiteral("OrderId"), id}}).status, 400); // cancelled is final
        QCOMPARE(f.json.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("GENS-0041 No Port-In request found"));
    }

    void refusesWhatIsNotTheCallersOpenOrder()
    {
        HandlerFixture f;
        CancelHandler handler(&f.state);
        const QString other =
            f.orders.create(QStringLiteral("DID-other"), QStringLiteral("+18015552345"), {}, f.clock.nowMs()).orderId;
        const QString done =
            f.orders.create(QStringLiteral("DID-sandbox"), QStringLiteral("+18015552346"), {}, f.clock.nowMs()).orderId;
        f.clock.advance(4 * 60'000); // Completed
        for (const QString &id : {other, done, QStringLiteral("JNUOID-nope")}) {
            QCOMPARE(f.post(handler, {{QStringLiteral("OrderId"), id}}).status, 400);
            QCOMPARE(f.json.value(QStringLiteral("Message")).toString(),
                     QStringLiteral("GENS-0041 No Port-In request found"));
        }
        QVERIFY(!f.orders.find(other)->cancelled);
        QCOMPARE(f.post(handler, {}).status, 400);
        QCOMPARE(f.problem(QStringLiteral("OrderId")), QStringLiteral("The OrderId field is required."));
    }
};

QTEST_GUILESS_MAIN(TestCancelHandler)
#include "tst_cancelhandler.moc"
