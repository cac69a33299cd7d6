#include <QTemporaryDir>
#include <QTest>

#include "SimulatorFixture.h"
#include "TestRegistry.h"
#include "domain/CarrierCodes.h"
#include "messaging/CustomerNotifier.h"
#include "messaging/TextConsent.h"
#include "messaging/TextTemplates.h"
#include "registry/CustomerTexts.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;

// The customer notifier on the virtual clock, sending real HTTP to the in-process simulator:
// consent gates every text, one status change is one text whoever sees it, and what is sent
// and what becomes of it is in the order's history.
class TestCustomerNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    // A desk's registry on a SQLite file (two desks: two registries on one file).
    struct Desk
    {
        Desk(SimulatorFixture &f, const QString &path, const QString &who) : f(f)
        {
            QString error;
            if (!registry.openSqlite(path, &error))
                qFatal("%s", qPrintable(error));
            notifier = std::make_unique<CustomerNotifier>(&registry, f.client.get(), &f.clock, who);
        }
        SimulatorFixture &f;
        OrderRegistry registry;
        std::unique_ptr<CustomerNotifier> notifier;
    };

    QString freshPath() { return m_dir.filePath(QStringLiteral("orders%1.sqlite").arg(++m_file)); }

    static TextConsent consent(bool agreed, const QString &to, const QString &language = QStringLiteral("en"))
    {
        TextConsent c;
        c.asked = true;
        c.agreed = agreed;
        c.to = to;
        c.language = language;
        c.agent = QStringLiteral("agent1");
        c.atMs = 1000;
        return c;
    }
    // A submitted order recorded the way a desk records it: through the journal, with the
    // customer's answer to "may we text you?" when one was asked.
    static QString submit(OrderRegistry &registry, int i, const std::optional<TextConsent> &c, qint64 nowMs)
    {
        SendJournal journal(&registry, QStringLiteral("agent1"));
        if (c)
            journal.setTextConsent(*c);
        ApiError error;
        const qint64 intent = journal.beforeSubmit(numberFor(i), nowMs, &error);
        if (!intent)
            return {};
        SubmitResult r;
        r.orderId = QStringLiteral("JNUOID-N%1").arg(i);
        r.status = QStringLiteral("Pending");
        r.phoneNumber = numberFor(i);
        return journal.afterSubmit(intent, samplePortIn(numberFor(i)), true, r, {}, nowMs).orderId;
    }
    static void configure(OrderRegistry &registry, const QString &from)
    {
        QString error;
        QVERIFY(registry.setMeta(QString::fromLatin1(TextTemplates::kFromKey), from, &error));
        QVERIFY(registry.setMeta(QString::fromLatin1(TextTemplates::kBrandKey), QStringLiteral("Acme Mobile"), &error));
    }
    static int outbound(SimulatorFixture &f)
    {
        return f.simulator->stats().perRoute.value(QStringLiteral("message-outbound"));
    }
    static bool settle(SimulatorFixture &f, const QList<CustomerNotifier *> &notifiers)
    {
        return f.runUntil([&] {
            for (CustomerNotifier *n : notifiers)
                if (n->sending() > 0)
                    return false;
            return f.inFlight() == 0;
        });
    }
    static QString from() { return QStringLiteral("+18018018011"); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // No consent event, or a "no": no request leaves, whatever the status does.
    void consentGatesEverySend()
    {
        SimulatorFixture f;
        Desk d(f, freshPath(), QStringLiteral("desk"));
        configure(d.registry, from());
        const QString none = submit(d.registry, 1, std::nullopt, f.clock.nowMs());
        const QString no = submit(d.registry, 2, consent(false, numberFor(2)), f.clock.nowMs());
        QVERIFY(!none.isEmpty() && !no.isEmpty());
        for (const QString &id : {none, no}) {
            QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Scheduled")), f.clock.nowMs()));
            QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Completed")), f.clock.nowMs()));
        }
        QVERIFY(settle(f, {d.notifier.get()}));
        QCOMPARE(outbound(f), 0);
        QCOMPARE(CustomerTexts(&d.registry, {}).allTexts().size(), 0);
    }

    // Completed: one text, the template in the customer's language with the number's last 4
    // digits and the brand, to the number the customer gave; its MessageId with the order.
    void completedSendsOnceWithTheRightBody()
    {
        SimulatorFixture f;
        Desk d(f, freshPath(), QStringLiteral("desk"));
        configure(d.registry, from());
        const QString id = submit(d.registry, 3, consent(true, numberFor(33), QStringLiteral("es")), f.clock.nowMs());
        QVERIFY(settle(f, {d.notifier.get()})); // the Submitted text
        const int afterSubmit = outbound(f);
        QCOMPARE(afterSubmit, 1);
        QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Completed")), f.clock.nowMs()));
        QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Completed")), f.clock.nowMs())); // seen again
        QVERIFY(settle(f, {d.notifier.get()}));
        QCOMPARE(outbound(f), afterSubmit + 1);
        const QList<CustomerTexts::Text> texts = CustomerTexts(&d.registry, {}).texts(id);
        QCOMPARE(texts.size(), 2);
        const CustomerTexts::Text &done = texts.constLast();
        QCOMPARE(done.triggerKey, QStringLiteral("completed"));
        QCOMPARE(done.to, numberFor(33));
        QCOMPARE(done.state, QStringLiteral("sent"));
        QVERIFY(!done.messageId.isEmpty());
        TextFacts facts;
        facts.last4 = numberFor(3).right(4);
        facts.brand = QStringLiteral("Acme Mobile");
        QCOMPARE(done.body, TextTemplates::render(
                                TextTemplates::defaultTemplate(TextTrigger::Completed, QStringLiteral("es")), facts));
        bool inHistory = false;
        for (const OrderEvent &e : d.registry.events(id))
            inHistory = inHistory || (e.kind == QLatin1String("text-sent") && e.message.contains(done.messageId));
        QVERIFY(inHistory);
    }

    // Two desks hear the same change (each registry records it), then a restart hears it again:
    // one text.
    void aStatusSeenTwiceSendsOneText()
    {
        SimulatorFixture f;
        const QString path = freshPath();
        auto a = std::make_unique<Desk>(f, path, QStringLiteral("desk-a"));
        configure(a->registry, from());
        const QString id = submit(a->registry, 4, consent(true, numberFor(4)), f.clock.nowMs());
        QVERIFY(settle(f, {a->notifier.get()}));
        const int before = outbound(f);
        QCOMPARE(before, 1);                       // submitted
        Desk b(f, path, QStringLiteral("desk-b")); // reads the order as it is now
        QVERIFY(a->registry.applyStatus(details(id, QStringLiteral("Scheduled")), f.clock.nowMs()));
        QVERIFY(b.registry.applyStatus(details(id, QStringLiteral("Scheduled")), f.clock.nowMs()));
        QVERIFY(settle(f, {a->notifier.get(), b.notifier.get()}));
        QCOMPARE(outbound(f), before + 1);
        // A restart: a new notifier on a new registry hears the change once more.
        a.reset();
        Desk again(f, path, QStringLiteral("desk-a"));
        again.notifier->notify(id, TextTrigger::Scheduled);
        QVERIFY(settle(f, {again.notifier.get(), b.notifier.get()}));
        QCOMPARE(outbound(f), before + 1);
        QCOMPARE(CustomerTexts(&again.registry, {}).texts(id).size(), 2); // submitted, scheduled
    }

    // NeedsAction carries what the customer should do, in their words and language; a second
    // rejection after the agent's fix is a new round, a new text.
    void needsActionCarriesTheCustomerFix()
    {
        SimulatorFixture f;
        Desk d(f, freshPath(), QStringLiteral("desk"));
        configure(d.registry, from());
        const QString id = submit(d.registry, 5, consent(true, numberFor(5), QStringLiteral("fr")), f.clock.nowMs());
        QVERIFY(settle(f, {d.notifier.get()}));
        const QString code = QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT");
        QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Error"), code), f.clock.nowMs()));
        QVERIFY(settle(f, {d.notifier.get()}));
        const QList<CustomerTexts::Text> texts = CustomerTexts(&d.registry, {}).texts(id);
        QCOMPARE(texts.constLast().triggerKey, QStringLiteral("needs-action:0"));
        const QString fix = TextTemplates::customerFix(adviceFor(code).fix, QStringLiteral("fr"));
        QVERIFY(!fix.isEmpty());
        QVERIFY2(texts.constLast().body.contains(fix), qPrintable(texts.constLast().body));
    }

    // A sent text is followed on the virtual clock until Telegent says Delivered, each status
    // recorded; at most three checks.
    void statusesAreFollowedToDelivered()
    {
        SimulatorFixture f;
        Desk d(f, freshPath(), QStringLiteral("desk"));
        configure(d.registry, from());
        const QString id = submit(d.registry, 6, consent(true, numberFor(6)), f.clock.nowMs());
        QVERIFY(f.runUntil([&] { return d.notifier->pending() == 0 && f.inFlight() == 0; }, 3'600'000));
        const CustomerTexts::Text t = CustomerTexts(&d.registry, {}).texts(id).constFirst();
        QCOMPARE(t.state, QStringLiteral("sent"));
        QCOMPARE(t.messageStatus.toLower(), QStringLiteral("delivered"));
        QVERIFY(t.statusChecks >= 1 && t.statusChecks <= 3);
        QStringList kinds;
        for (const OrderEvent &e : d.registry.events(id))
            if (e.kind.startsWith(QLatin1String("text-")) && e.kind != QLatin1String(TextConsent::kEventKind))
                kinds << e.kind;
        QCOMPARE(kinds.constFirst(), QStringLiteral("text-sent"));
        QCOMPARE(kinds.constLast(), QStringLiteral("text-status"));
    }

    // No From number set: nothing is sent, nothing claimed (a later From can still text).
    void noFromNumberSendsNothing()
    {
        SimulatorFixture f;
        Desk d(f, freshPath(), QStringLiteral("desk"));
        const QString id = submit(d.registry, 7, consent(true, numberFor(7)), f.clock.nowMs());
        QVERIFY(d.registry.applyStatus(details(id, QStringLiteral("Completed")), f.clock.nowMs()));
        QVERIFY(settle(f, {d.notifier.get()}));
        QCOMPARE(outbound(f), 0);
        QCOMPARE(CustomerTexts(&d.registry, {}).texts(id).size(), 0);
    }

    // The desk closes while a text waits for its answer: 'unknown', and never sent again.
    void aTextWithoutAnswerIsUnknownNeverResent()
    {
        SimulatorFixture f;
        const QString path = freshPath();
        auto d = std::make_unique<Desk>(f, path, QStringLiteral("desk"));
        configure(d->registry, from());
        f.simulator->faults().add(QStringLiteral("message-outbound"), {sandbox::Fault::Kind::NoAnswer, {}}, 1);
        const QString id = submit(d->registry, 8, consent(true, numberFor(8)), f.clock.nowMs());
        QVERIFY(f.waitReal([&] { return f.simulator->hangingConnections() == 1; }));
        d->notifier.reset(); // the desk stops waiting
        QCOMPARE(CustomerTexts(&d->registry, {}).texts(id).constFirst().state, QStringLiteral("unknown"));
        d.reset();
        Desk again(f, path, QStringLiteral("desk"));
        again.notifier->notify(id, TextTrigger::Submitted);
        QCOMPARE(again.notifier->sending(), 0); // the trigger is taken: nothing goes out
        QCOMPARE(outbound(f), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerNotifier)
#include "tst_customernotifier.moc"
