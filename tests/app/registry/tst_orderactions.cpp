#include <QSignalSpy>
#include <QTest>

#include "DeskFixture.h"

using namespace portdesk;
using namespace portdesk::test;

// Update, cancel and tracking against the simulator, landing in the registry.
class TestOrderActions : public QObject
{
    Q_OBJECT

    struct Desk : DeskFixture
    {
        ApiError wait(QSignalSpy &spy, int count = 1)
        {
            if (!f.runUntil([&] { return spy.count() >= count; }))
                qFatal("no answer");
            return spy.last().at(1).value<ApiError>();
        }
    };

private slots:
    void initTestCase() { qRegisterMetaType<ApiError>(); }

    void updateRestartsTheOrder()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015550008"));
        QSignalSpy done(&d.actions, &OrderActions::finished);
        UpdatePortInRequest u;
        u.orderId = id;
        u.currentAccountNumber = QStringLiteral("999888777");
        u.currentAccountPassword = QStringLiteral("123456");
        d.actions.update(u);
        const ApiError e = d.wait(done);
        QVERIFY2(!e.isError(), qPrintable(e.summary()));
        const OrderRecord *r = d.registry.find(id);
        QCOMPARE(r->status, QStringLiteral("Updated"));
        QCOMPARE(r->accountNumber, QStringLiteral("999888777"));
        QCOMPARE(d.registry.events(id).constLast().kind, QStringLiteral("update"));
    }

    // Written ahead: an update or cancel the registry cannot record is not sent.
    void actionsAreNotSentWhenTheRegistryCannotRecordThem()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015550018"));
        OrderRegistry closed; // never opened
        OrderActions actions(&closed, d.f.client.get(), QStringLiteral("supervisor1"));
        QSignalSpy done(&actions, &OrderActions::finished);
        const int before = d.f.simulator->stats().requests;
        UpdatePortInRequest u;
        u.orderId = id;
        u.currentAccountNumber = QStringLiteral("999888777");
        actions.update(u);
        actions.cancel(id);
        QVERIFY(d.f.runUntil([&] { return done.count() >= 2; }));
        for (const QList<QVariant> &call : done) {
            const ApiError e = call.at(1).value<ApiError>();
            QCOMPARE(e.kind, ApiError::Kind::Storage);
            QVERIFY2(e.message.contains(QLatin1String("Nothing was sent")), qPrintable(e.message));
        }
        QCOMPARE(d.f.simulator->stats().requests, before);
    }

    void cancelThenGens0041()
    {
        Desk d;
        const QString id = d.submit(QStringLiteral("+18015552345"));
        QSignalSpy done(&d.actions, &OrderActions::finished);
        d.actions.cancel(id);
        QVERIFY(!d.wait(done).isError());
        QCOMPARE(d.registry.find(id)->status, QStringLiteral("Cancelled"));
        QCOMPARE(d.registry.find(id)->group, StatusGroup::Cancelled);

        d.actions.cancel(id);
        const ApiError again = d.wait(done, 2);
        QCOMPARE(again.kind, ApiError::Kind::Validation);
        QVERIFY(again.message.startsWith(QLatin1String("GENS-0041")));
        UpdatePortInRequest u;
        u.orderId = id;
        u.subscriberName = QStringLiteral("X");
        d.actions.update(u);
        QVERIFY(d.wait(done, 3).message.startsWith(QLatin1String("GENS-0041")));
        QCOMPARE(d.registry.find(id)->status, QStringLiteral("Cancelled")); // unchanged by the failures
        QCOMPARE(d.registry.events(id).size(), 2);                          // submitted, cancel
    }

    void trackExistingOrders()
    {
        Desk d;
        // Created by another tool: on Telegent, not in this registry.
        SubmitPortIn elsewhere(d.f.client.get(), samplePortIn(QStringLiteral("+18015557777")));
        QVERIFY(d.f.run(elsewhere) && elsewhere.ok());
        QSignalSpy done(&d.actions, &OrderActions::finished);
        d.actions.track({elsewhere.result().orderId, QStringLiteral("  "), QStringLiteral("JNUOID-does-not-exist")});
        d.wait(done, 2);
        const OrderRecord *found = d.registry.find(elsewhere.result().orderId);
        QVERIFY(found);
        QCOMPARE(found->number, QStringLiteral("+18015557777"));
        QCOMPARE(found->status, QStringLiteral("Pending"));
        QVERIFY(d.registry.find(QStringLiteral("JNUOID-does-not-exist"))->notFound);
        QCOMPARE(d.registry.count(), 2);
    }

    // Issue 12 §5: an update's text fields pass the submit's text rule; a refused one is not sent.
    void updateWithControlCharactersIsNotSent()
    {
        Desk d;
        QSignalSpy done(&d.actions, &OrderActions::finished);
        UpdatePortInRequest u;
        u.orderId = QStringLiteral("JNUOID-1");
        u.subscriberName = QStringLiteral("Jane \u202eeoD");
        d.actions.update(u);
        const ApiError e = d.wait(done);
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QVERIFY(e.fieldErrors.contains(QStringLiteral("SubscriberName")));
        QCOMPARE(d.f.simulator->stats().perRoute.value(sandbox::route::Update), 0);
    }

    // Issue 12 §5: what is pasted as an OrderId is stored only if it looks like one.
    void trackRefusesWhatIsNotAnOrderId()
    {
        Desk d;
        QSignalSpy done(&d.actions, &OrderActions::finished);
        d.actions.track(
            {QStringLiteral("JNUOID-\x1b[2J"), QString(200, QLatin1Char('A')), QStringLiteral("UNKNOWN-1")});
        QCOMPARE(done.count(), 3); // at once: nothing was sent
        for (const QList<QVariant> &args : done)
            QCOMPARE(args.at(1).value<ApiError>().kind, ApiError::Kind::Validation);
        QCOMPARE(d.registry.count(), 0);
        QCOMPARE(d.f.simulator->stats().requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderActions)
#include "tst_orderactions.moc"
