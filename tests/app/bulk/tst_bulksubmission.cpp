#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "BulkCsv.h"
#include "DeskFixture.h"
#include "SimulatorFixture.h"
#include "TestRequests.h"
#include "bulk/BulkSubmission.h"
#include "bulk/BulkValidation.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderRegistry.h"
#include "sandbox/SimulatorEngine.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using namespace portdesk::test;

// The engine the CLI and the GUI share, against the simulator: budget, cancel, retries, unknown
// outcomes, and what it records in the registry.
class TestBulkSubmission : public QObject
{
    Q_OBJECT

    static QList<BulkSubmission::Item> items(int count, int firstLastFour = 4100)
    {
        QList<BulkSubmission::Item> out;
        for (int i = 0; i < count; ++i) {
            PortInRequest r = samplePortIn(QStringLiteral("+1801555%1").arg(firstLastFour + i));
            r.subscriberName = QStringLiteral("Row %1").arg(i + 1);
            out.append({i + 1, r, {}, {}});
        }
        return out;
    }

    // Runs the batch to its end; tracks how many rows were on their way at once.
    struct Run
    {
        QList<BulkResult> results;
        QList<int> sending;
        int inFlight = 0;
        int maxInFlight = 0;
        bool finished = false;

        explicit Run(BulkSubmission &bulk)
        {
            QObject::connect(&bulk, &BulkSubmission::rowSending, &bulk, [this](int row) {
                sending << row;
                maxInFlight = std::max(maxInFlight, ++inFlight);
            });
            QObject::connect(&bulk, &BulkSubmission::rowFinished, &bulk, [this](const BulkResult &r) {
                results << r;
                --inFlight;
            });
            QObject::connect(&bulk, &BulkSubmission::finished, &bulk, [this] { finished = true; });
        }
    };

private slots:
    void staysWithinTheBudgetAFewRowsAtATime()
    {
        DeskFixture d;
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        Run run(bulk);
        bulk.start(items(120));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 120);
        for (const BulkResult &r : run.results) {
            QCOMPARE(r.state, BulkRow::State::Submitted);
            QVERIFY(r.orderId.startsWith(QLatin1String("JNUOID-")));
            QVERIFY(d.registry.find(r.orderId)); // recorded in the registry
        }
        QCOMPARE(d.registry.count(), 120);
        // The simulator's own count: never more than the account's 50 in any rolling minute.
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 120);
        QVERIFY2(d.f.simulator->stats().maxInWindow <= 50,
                 qPrintable(QString::number(d.f.simulator->stats().maxInWindow)));
        QCOMPARE(d.f.simulator->stats().rateLimited, 0);
        QVERIFY(run.maxInFlight <= bulk.maxInFlight());
        QVERIFY(d.f.clock.nowMs() >= 2 * 60'000); // 120 rows cannot go in under two minutes
    }

    // Write ahead: a registry that cannot record the send sends nothing, and each row says why.
    void aRegistryThatCannotRecordSendsNothing()
    {
        DeskFixture d;
        OrderRegistry closed; // never opened: like a file that could not be used
        BulkSubmission bulk(d.f.client.get(), &closed, &d.f.clock, QStringLiteral("agent1"));
        Run run(bulk);
        bulk.start(items(3, 4300));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 3);
        QVERIFY(run.sending.isEmpty());
        for (const BulkResult &r : run.results) {
            QCOMPARE(r.state, BulkRow::State::Failed);
            QCOMPARE(r.error.kind, ApiError::Kind::Storage);
            QVERIFY2(r.error.message.contains(QLatin1String("Nothing was sent")), qPrintable(r.error.message));
        }
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 0);
    }

    // Two batches of the same rows at once on one registry file (two processes): each number is
    // claimed once, in the database, so each goes to Telegent once.
    void twoBatchesOfTheSameRowsSendEachNumberOnce()
    {
        DeskFixture d;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        OrderRegistry one, two;
        QString error;
        QVERIFY2(one.openSqlite(path, &error), qPrintable(error));
        QVERIFY2(two.openSqlite(path, &error), qPrintable(error));
        BulkSubmission a(d.f.client.get(), &one, &d.f.clock, QStringLiteral("agent1"));
        BulkSubmission b(d.f.client.get(), &two, &d.f.clock, QStringLiteral("agent2"));
        Run runA(a), runB(b);
        a.start(items(6, 4400));
        b.start(items(6, 4400));
        QVERIFY(d.f.runUntil([&] { return runA.finished && runB.finished; }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 6);
        int submitted = 0;
        for (const BulkResult &r : runA.results + runB.results) {
            if (r.state == BulkRow::State::Submitted)
                ++submitted;
            else
                QCOMPARE(r.error.kind, ApiError::Kind::Validation); // "being sent" / "open order"
        }
        QCOMPARE(submitted, 6);
    }

    void backgroundShareLeavesRoomForTheAgent()
    {
        DeskFixture d;
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        bulk.setPriority(Priority::Background);
        Run run(bulk);
        bulk.start(items(90));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 90);
        QVERIFY(d.f.simulator->stats().maxInWindow <=
                d.f.client->scheduler()->budget().backgroundLimit() + 1); // + token
        QCOMPARE(d.f.simulator->stats().rateLimited, 0);
    }

    void cancelStopsFeedingAndReportsRowsOnTheirWay()
    {
        DeskFixture d;
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        Run run(bulk);
        connect(&bulk, &BulkSubmission::rowFinished, this, [&bulk] { bulk.cancel(); }); // after the first answer
        bulk.start(items(10));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QVERIFY(bulk.isCancelled());
        // Every row handed to the client was answered and reported; nothing more was sent.
        QCOMPARE(run.results.size(), run.sending.size());
        QVERIFY(run.sending.size() <= 1 + bulk.maxInFlight());
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), run.sending.size());
        QCOMPARE(bulk.unsentRows().size(), 10 - run.sending.size());
        QVERIFY(!bulk.unsentRows().isEmpty());
        d.f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), run.sending.size());
    }

    void retriesA503AndA429AsThePolicySays()
    {
        DeskFixture d;
        d.f.simulator->faults().add(route::PortIn, {Fault::Kind::ServiceUnavailable, {}}, 1);
        d.f.simulator->faults().add(route::PortIn, {Fault::Kind::TooManyRequests, 2}, 1);
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        Run run(bulk);
        bulk.start(items(3));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 3);
        for (const BulkResult &r : run.results)
            QCOMPARE(r.state, BulkRow::State::Submitted);
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 3 + 2); // two refused, then retried
        QCOMPARE(d.f.simulator->engine()->orders().size(), 3);                 // and no duplicate port
    }

    void unknownOutcomeIsRecordedAndNeverSentAgain()
    {
        DeskFixture d;
        d.f.client->scheduler()->setTimeoutMs(30'000);
        d.f.simulator->faults().add(route::PortIn, {Fault::Kind::NoAnswer, {}}, 1);
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        bulk.setMaxInFlight(1);
        Run run(bulk);
        bulk.start(items(2));
        QVERIFY(d.f.runUntil([&] { return d.f.simulator->hangingConnections() == 1; }));
        d.f.clock.advance(30'000); // the request timeout
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 2);
        const BulkResult &unknown = run.results.at(0);
        QCOMPARE(unknown.row, 1);
        QCOMPARE(unknown.state, BulkRow::State::Unknown);
        QCOMPARE(unknown.error.kind, ApiError::Kind::UnknownOutcome);
        const OrderRecord *recorded = d.registry.find(unknown.orderId);
        QVERIFY(recorded && recorded->outcomeUnknown);
        QCOMPARE(recorded->number, QStringLiteral("+18015554100"));
        QCOMPARE(run.results.at(1).state, BulkRow::State::Submitted);
        d.f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 2); // row 1 went once, never again
    }

    void refusalsAreFailuresNotUnknowns()
    {
        DeskFixture d;
        d.f.simulator->faults().add(route::PortIn, {Fault::Kind::PlainTextError, {}}, 1);
        BulkSubmission bulk(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        bulk.setMaxInFlight(1);
        Run run(bulk);
        bulk.start(items(1));
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.constFirst().state, BulkRow::State::Failed);
        QVERIFY(!run.results.constFirst().error.message.isEmpty());
        QCOMPARE(d.registry.count(), 0); // nothing was created, nothing to track
    }

    void abandonRecordsRowsOnTheirWayAsUnknown()
    {
        DeskFixture d;
        auto bulk =
            std::make_unique<BulkSubmission>(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"));
        Run run(*bulk);
        bulk->start(items(6));
        QCOMPARE(run.sending.size(), 2); // handed over at once, answers not back yet
        bulk.reset();                    // the desk closes
        QCOMPARE(run.results.size(), 2);
        for (const BulkResult &r : run.results) {
            QCOMPARE(r.state, BulkRow::State::Unknown);
            QVERIFY(d.registry.find(r.orderId) && d.registry.find(r.orderId)->outcomeUnknown);
        }
        QCOMPARE(d.registry.count(), 2);
    }

    // Issue 18 §3: a row's signed LOA is kept before it is sent; if it cannot be kept, or is no
    // longer the file that was checked, the row is not sent at all.
    void aSignedLoaThatCannotBeKeptIsNotSent()
    {
        DeskFixture d;
        QTemporaryDir dir;
        const QString sqlite = dir.filePath(QStringLiteral("orders.sqlite"));
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(sqlite, &error), qPrintable(error));
        const QByteArray pdf = "%PDF-1.4\n% signed\n%%EOF\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("kept.pdf")), pdf));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("changed.pdf")), pdf + "% 1\n"));
        const BulkAuthorization rule(AuthorizationPolicy::VerbalAllowed, QStringLiteral("builtin-1/en_US"),
                                     QStringLiteral("agent1"), dir.path(), d.f.clock.nowMs());
        QList<BulkSubmission::Item> batch = items(2, 4250);
        const BulkAuthorization::Result kept = rule.parse(QStringLiteral("kept.pdf"), QStringLiteral("Row 1"));
        const BulkAuthorization::Result changed = rule.parse(QStringLiteral("changed.pdf"), QStringLiteral("Row 2"));
        QVERIFY(kept.ok() && changed.ok());
        batch[0].authorization = kept.authorization;
        batch[0].loaPath = kept.path;
        batch[1].authorization = changed.authorization;
        batch[1].loaPath = changed.path;
        QVERIFY(writeFile(changed.path, pdf + "% 2\n")); // edited after the check
        QVERIFY(writeFile(AuthorizationRecords::filesFolder(sqlite), "a file where the folder goes"));

        BulkSubmission bulk(d.f.client.get(), &registry, &d.f.clock, QStringLiteral("agent1"));
        Run run(bulk);
        bulk.start(batch);
        QVERIFY(d.f.runUntil([&] { return run.finished; }));
        QCOMPARE(run.results.size(), 2);
        QVERIFY(run.sending.isEmpty());
        QCOMPARE(run.results.at(0).state, BulkRow::State::Failed);
        QCOMPARE(run.results.at(0).error.kind, ApiError::Kind::Storage); // stays to send once the disk is fixed
        QCOMPARE(run.results.at(1).state, BulkRow::State::Failed);
        QVERIFY2(run.results.at(1).error.message.contains(QLatin1String("changed")),
                 qPrintable(run.results.at(1).error.message));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 0);
        QCOMPARE(registry.count(), 0);
        QVERIFY(registry.claimHolder(QStringLiteral("+18015554250")).isEmpty()); // the number is free
    }

    void invalidAndDuplicateRowsAreNeverReady()
    {
        const QByteArray csv =
            bulkCsvHeader() + bulkCsvRow(4201) +
            "801-555-4202,Verizon,4651234567,1234,,,Lehi,UT,84043,,mvno,No Street,verbal:Test Agent\n" +
            bulkCsvRow(4201) +
            "911-555-4204,Verizon,4651234567,1234,1 Main St,,Lehi,UT,84043,,mvno,Bad,verbal:Test Agent\n";
        const PortInCsv parsed = parsePortInCsv(csv);
        QVERIFY(parsed.ok());
        const BulkAuthorization authorizations(AuthorizationPolicy::VerbalAllowed, QStringLiteral("builtin-1/en_US"),
                                               QStringLiteral("agent1"), {}, 1000);
        const BulkRows rows = validateBulkRows(parsed.rows, authorizations, [](const QString &e164) {
            return e164 == QLatin1String("+18015554201") ? QString() : QString();
        });
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).state, BulkRow::State::Ready);
        QCOMPARE(rows.at(0).request.portInNumber, QStringLiteral("+18015554201")); // normalised
        QCOMPARE(rows.at(1).state, BulkRow::State::Invalid);
        QCOMPARE(rows.at(1).problemField, QStringLiteral("CurrentBillingAddress.Street1"));
        QVERIFY(rows.at(1).error.contains(QLatin1String("Street1")));
        QCOMPARE(rows.at(2).state, BulkRow::State::Invalid); // the same number again
        QVERIFY2(rows.at(2).error.contains(QLatin1String("row 1")), qPrintable(rows.at(2).error));
        QCOMPARE(rows.at(3).state, BulkRow::State::Invalid);
        QCOMPARE(rows.at(3).problemField, QStringLiteral("PortInNumber"));
        QCOMPARE(rows.at(3).line, 5);

        // A number with an open order in the registry is refused like in the wizard.
        const BulkRows open = validateBulkRows(parsed.rows, authorizations, [](const QString &e164) {
            return e164 == QLatin1String("+18015554201") ? QStringLiteral("JNUOID-1") : QString();
        });
        QCOMPARE(open.at(0).state, BulkRow::State::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestBulkSubmission)
#include "tst_bulksubmission.moc"
