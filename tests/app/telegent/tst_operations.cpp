#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "SimulatorFixture.h"
#include "TestRequests.h"
#include "domain/OrderStatus.h"
#include "telegent/operations/CancelPortIn.h"
#include "telegent/operations/CheckEligibility.h"
#include "telegent/operations/GetOrder.h"
#include "telegent/operations/SubmitPortIn.h"
#include "telegent/operations/UpdatePortIn.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using portdesk::test::SimulatorFixture;

// Each operation end to end against the simulator, and every error shape -> the typed error.
class TestOperations : public QObject
{
    Q_OBJECT

    static QString submit(SimulatorFixture &f, const QString &number)
    {
        SubmitPortIn op(f.client.get(), test::samplePortIn(number));
        return f.run(op) && op.ok() ? op.result().orderId : QString();
    }

    static OrderDetails order(SimulatorFixture &f, const QString &id)
    {
        GetOrder op(f.client.get(), id);
        if (!f.run(op) || !op.ok())
            qWarning() << op.error().summary();
        return op.result();
    }

private slots:
    void eligibility()
    {
        SimulatorFixture f;
        CheckEligibility ok(f.client.get(), {QStringLiteral("+18015550006"), QStringLiteral("mvno")});
        QVERIFY(f.run(ok));
        QVERIFY2(ok.ok(), qPrintable(ok.error().summary()));
        QVERIFY(ok.result().eligible);
        QCOMPARE(ok.result().currentCarrier, QStringLiteral("Verizon"));
        QCOMPARE(ok.result().numberType, QStringLiteral("mobile"));
        QCOMPARE(ok.result().phoneNumber, QStringLiteral("+18015550006"));

        for (const char *number : {"+18005551234", "+18015550000"}) {
            CheckEligibility no(f.client.get(), {QString::fromLatin1(number), QStringLiteral("mvno")});
            QVERIFY(f.run(no));
            QVERIFY(no.ok()); // a "no" is an answer, not an error
            QVERIFY(!no.result().eligible);
            QVERIFY(!no.result().message.isEmpty());
        }
    }

    void submitThenLifecycleToCompleted()
    {
        SimulatorOptions options;
        options.stageSeconds = 60;
        SimulatorFixture f(options);
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        QVERIFY(f.run(op));
        QVERIFY2(op.ok(), qPrintable(op.error().summary()));
        QVERIFY(op.result().orderId.startsWith(QLatin1String("JNUOID-")));
        QCOMPARE(op.result().status, QStringLiteral("Pending"));
        QCOMPARE(op.result().phoneNumber, QStringLiteral("+18015552345"));
        QCOMPARE(op.result().orderDate, f.clock.nowUtc());
        const QString id = op.result().orderId;

        const QStringList expected = {QStringLiteral("Pending"), QStringLiteral("Submitted"),
                                      QStringLiteral("Pending Carrier Approval"), QStringLiteral("Scheduled"),
                                      QStringLiteral("Completed")};
        for (const QString &status : expected) {
            const OrderDetails d = order(f, id);
            QCOMPARE(d.orderStatus, status);
            QCOMPARE(d.orderId, id);
            QCOMPARE(d.orderType, QStringLiteral("portin"));
            QCOMPARE(d.phoneNumbers, QStringList{QStringLiteral("+18015552345")});
            QVERIFY(d.orderDate.isValid());
            f.clock.advance(60'000);
        }
    }

    void rejectionTriggersThenUpdateFixes_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("8A") << "+18015550008"
                            << "Error"
                            << "8A-ACCOUNT_NUM_REQ_OR_INCORRECT";
        QTest::newRow("6P") << "+18015550006"
                            << "Error"
                            << "6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT";
        QTest::newRow("rejected") << "+18015550009"
                                  << "Rejected"
                                  << "1P-Other";
        QTest::newRow("undocumented") << "+18015550007"
                                      << "ResolutionRequired"
                                      << "1P-Other";
    }
    void rejectionTriggersThenUpdateFixes()
    {
        QFETCH(QString, number);
        QFETCH(QString, status);
        QFETCH(QString, message);
        SimulatorFixture f;
        const QString id = submit(f, number);
        QVERIFY(!id.isEmpty());
        f.clock.advance(10 * 60'000);
        const OrderDetails rejected = order(f, id);
        QCOMPARE(rejected.orderStatus, status);
        QCOMPARE(rejected.orderStatusMessage, message);
        QCOMPARE(statusGroup(rejected.orderStatus), StatusGroup::NeedsAction);

        UpdatePortInRequest u;
        u.orderId = id;
        u.currentAccountNumber = QStringLiteral("4651234568");
        u.currentAccountPassword = QStringLiteral("555111");
        UpdatePortIn update(f.client.get(), u);
        QVERIFY(f.run(update));
        QVERIFY2(update.ok(), qPrintable(update.error().summary()));
        QCOMPARE(update.result().status, QStringLiteral("Updated"));
        QCOMPARE(order(f, id).orderStatus, QStringLiteral("Updated"));
        f.clock.advance(10 * 60'000);
        QCOMPARE(order(f, id).orderStatus, QStringLiteral("Completed"));
    }

    void cancelIsFinal()
    {
        SimulatorFixture f;
        const QString id = submit(f, QStringLiteral("+18015552345"));
        CancelPortIn cancel(f.client.get(), {id});
        QVERIFY(f.run(cancel));
        QVERIFY(cancel.ok());
        QCOMPARE(cancel.result().status, QStringLiteral("Cancelled"));
        QCOMPARE(order(f, id).orderStatus, QStringLiteral("Cancelled"));

        CancelPortIn again(f.client.get(), {id});
        QVERIFY(f.run(again));
        QCOMPARE(again.error().kind, ApiError::Kind::Validation);
        QCOMPARE(again.error().message, QStringLiteral("GENS-0041 No Port-In request found"));
        UpdatePortInRequest u;
        u.orderId = id;
        u.subscriberName = QStringLiteral("X");
        UpdatePortIn update(f.client.get(), u);
        QVERIFY(f.run(update));
        QVERIFY(update.error().message.startsWith(QLatin1String("GENS-0041")));
        // The number is free again after the cancel.
        QVERIFY(!submit(f, QStringLiteral("+18015552345")).isEmpty());
    }

    void secondOpenPortForNumberRefused()
    {
        SimulatorFixture f;
        QVERIFY(!submit(f, QStringLiteral("+18015552345")).isEmpty());
        SubmitPortIn dup(f.client.get(), test::samplePortIn());
        QVERIFY(f.run(dup));
        QCOMPARE(dup.error().kind, ApiError::Kind::Validation);
        QVERIFY(dup.error().message.contains(QLatin1String("already active")));
        QCOMPARE(f.simulator->engine()->orders().size(), 1);
    }

    void problemDetailsRoutedToFields()
    {
        SimulatorFixture f;
        PortInRequest bad = test::samplePortIn(QStringLiteral("801-555-2345"));
        bad.currentBillingAddress.zip.clear();
        bad.currentAccountNumber.clear();
        SubmitPortIn op(f.client.get(), bad);
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::Validation);
        QCOMPARE(op.error().httpStatus, 400);
        const auto fields = op.error().fieldErrors;
        QCOMPARE(fields.value(QStringLiteral("PortInNumber")),
                 QStringList{QStringLiteral("Invalid phone number format. Must be in E.164 format.")});
        QVERIFY(fields.contains(QStringLiteral("CurrentBillingAddress.Zip")));
        QVERIFY(fields.contains(QStringLiteral("CurrentAccountNumber")));
        QVERIFY(!op.error().traceId.isEmpty());
        QCOMPARE(f.simulator->engine()->orders().size(), 0);
    }

    void plainTextErrorRoutedToField()
    {
        SimulatorFixture f;
        f.simulator->faults().add(route::PortIn, {Fault::Kind::PlainTextError, {}}, 1);
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::Validation);
        QVERIFY(op.error().fieldErrors.contains(QStringLiteral("PortInNumber")));
    }

    void notFound()
    {
        SimulatorFixture f;
        GetOrder op(f.client.get(), QStringLiteral("JNUOID-00000000-0000-0000-0000-000000000000"));
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(op.error().httpStatus, 404);
    }

    void htmlErrorPageIsNeverShown()
    {
        SimulatorFixture f;
        const QString id = submit(f, QStringLiteral("+18015552345"));
        f.simulator->faults().add(route::Order, {Fault::Kind::HtmlServerError, {}}, 5);
        GetOrder op(f.client.get(), id);
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::Http);
        QCOMPARE(op.error().httpStatus, 500);
        QVERIFY(!op.error().message.contains(QLatin1Char('<')));
        QVERIFY(op.error().message.contains(QLatin1String("500")));
        QCOMPARE(f.simulator->stats().perRoute.value(route::Order), 5); // 500 retried: GET is repeatable
    }

    void garbageSuccessBody()
    {
        SimulatorFixture f;
        const QString id = submit(f, QStringLiteral("+18015552345"));
        f.simulator->faults().add(route::Order, {Fault::Kind::InvalidJson, {}}, 1);
        GetOrder op(f.client.get(), id);
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::BadResponse);

        // The same garbage after a submit was processed: the order exists, so the outcome is unknown.
        f.simulator->faults().add(route::PortIn, {Fault::Kind::InvalidJson, {}}, 1);
        SubmitPortIn second(f.client.get(), test::samplePortIn(QStringLiteral("+18015552346")));
        QVERIFY(f.run(second));
        QCOMPARE(second.error().kind, ApiError::Kind::UnknownOutcome);
        QCOMPARE(f.simulator->engine()->orders().size(), 2);
    }

    void hostileAnswersBecomeTypedErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("4 MiB body") << int(Fault::Kind::HugeBody);
        QTest::newRow("nested 100,000 deep") << int(Fault::Kind::NestedJson);
        QTest::newRow("not UTF-8") << int(Fault::Kind::NonUtf8);
        QTest::newRow("wrong types") << int(Fault::Kind::WrongTypes);
        QTest::newRow("not JSON") << int(Fault::Kind::InvalidJson);
    }
    void hostileAnswersBecomeTypedErrors()
    {
        QFETCH(int, fault);
        SimulatorFixture f;
        const QString id = submit(f, QStringLiteral("+18015552345"));
        // Five: an answer cut off for size is a transport failure, which a GET may retry.
        f.simulator->faults().add(route::Order, {Fault::Kind(fault), {}}, 5);
        GetOrder get(f.client.get(), id);
        QVERIFY(f.run(get));
        QCOMPARE(get.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!get.error().message.isEmpty());
        CheckEligibility eligibility(f.client.get(), {QStringLiteral("+18015552345"), QStringLiteral("mvno")});
        f.simulator->faults().add(route::Eligibility, {Fault::Kind(fault), {}}, 5);
        QVERIFY(f.run(eligibility));
        QCOMPARE(eligibility.error().kind, ApiError::Kind::BadResponse);
        // The same answer to a submit the server processed: unknown outcome, never a silent failure.
        f.simulator->faults().add(route::PortIn, {Fault::Kind(fault), {}}, 1);
        SubmitPortIn again(f.client.get(), test::samplePortIn(QStringLiteral("+18015552346")));
        QVERIFY(f.run(again));
        QCOMPARE(again.error().kind, ApiError::Kind::UnknownOutcome);
    }

    void submitWithoutAnswerIsUnknownOutcome()
    {
        SimulatorFixture f;
        f.client->scheduler()->setTimeoutMs(30'000);
        f.simulator->faults().add(route::PortIn, {Fault::Kind::NoAnswer, {}}, 1);
        QSignalSpy created(f.simulator->engine(), &SimulatorEngine::orderCreated);
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        op.start();
        QVERIFY(f.runUntil([&] { return created.count() == 1; }));
        QVERIFY(f.waitReal([&] { return f.simulator->hangingConnections() == 1; }));
        QVERIFY(!op.isFinished());
        f.clock.advance(30'000); // the request timeout
        QVERIFY(f.waitReal([&] { return op.isFinished(); }));
        QCOMPARE(op.error().kind, ApiError::Kind::UnknownOutcome);
        QVERIFY(op.error().outcomeUnknown());
        // Nothing more happens by itself: the submit is never repeated.
        f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(f.simulator->stats().perRoute.value(route::PortIn), 1);
        QCOMPARE(f.simulator->engine()->orders().size(), 1);
    }

    // Issue 12 §5: an OrderId that is not one (here: with ESC[2J) is never taken as an answer.
    void malformedOrderIdIsNotAnAnswer()
    {
        SimulatorFixture f;
        f.simulator->faults().add(route::PortIn, {Fault::Kind::HostileOrderId, {}}, 1);
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::UnknownOutcome); // created at Telegent: to verify
        QCOMPARE(f.simulator->engine()->orders().size(), 1);

        const QString id = submit(f, QStringLiteral("+18015552346"));
        f.simulator->faults().add(route::Order, {Fault::Kind::HostileOrderId, {}}, 1);
        GetOrder get(f.client.get(), id);
        QVERIFY(f.run(get));
        QCOMPARE(get.error().kind, ApiError::Kind::BadResponse);
    }

    // Issue 12 §5: eligibility, which an agent waits for on the phone, has an overall deadline -
    // a silent server used to take every token retry (about 165 s) to fail.
    void eligibilityHasAnOverallDeadline()
    {
        SimulatorFixture f;
        f.client->scheduler()->setTimeoutMs(30'000);
        f.simulator->faults().add(route::Token, {Fault::Kind::NoAnswer, {}}, 10);
        CheckEligibility op(f.client.get(), {QStringLiteral("+18015552345"), QStringLiteral("mvno")});
        QCOMPARE(op.deadlineMs(), CheckEligibility::kDeadlineMs);
        const qint64 started = f.clock.nowMs();
        op.start();
        // Virtual time, one second at a time, whatever is on the wire; the server never answers.
        while (!op.isFinished() && f.clock.nowMs() - started < 300'000) {
            QVERIFY(f.waitReal([&] { return f.simulator->hangingConnections() > 0 || op.isFinished(); }, 2000) ||
                    f.client->scheduler()->inFlight() == 0);
            f.clock.advance(1000);
            QTest::qWait(1);
        }
        QVERIFY(op.isFinished());
        QCOMPARE(op.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(f.clock.nowMs() - started <= CheckEligibility::kDeadlineMs,
                 qPrintable(QString::number(f.clock.nowMs() - started)));
        QVERIFY(op.error().message.contains(QLatin1String("45")));
        QCOMPARE(f.simulator->stats().perRoute.value(route::Eligibility), 0);
    }

    void droppedConnection()
    {
        SimulatorFixture f;
        const QString id = submit(f, QStringLiteral("+18015552345"));
        f.simulator->faults().add(route::Order, {Fault::Kind::DropConnection, {}}, 1);
        GetOrder get(f.client.get(), id);
        QVERIFY(f.run(get));
        QVERIFY2(get.ok(), qPrintable(get.error().summary())); // repeatable: retried

        f.simulator->faults().add(route::PortIn, {Fault::Kind::DropConnection, {}}, 1);
        SubmitPortIn op(f.client.get(), test::samplePortIn(QStringLiteral("+18015552346")));
        QVERIFY(f.run(op));
        QCOMPARE(op.error().kind, ApiError::Kind::UnknownOutcome);
        QCOMPARE(f.simulator->stats().perRoute.value(route::PortIn), 2);
    }

    void unreachableServerIsNetworkErrorEvenForSubmit()
    {
        SimulatorFixture f;
        QTcpServer probe; // find a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        f.client->setBaseUrl(ApiBaseUrl::parse(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port)));
        SubmitPortIn op(f.client.get(), test::samplePortIn());
        QVERIFY(f.run(op));
        // The token request never reached a server: retried, then a plain network error.
        QCOMPARE(op.error().kind, ApiError::Kind::Network);
        QVERIFY(!op.error().outcomeUnknown());
    }

    void missingConfigurationFailsAsynchronously()
    {
        SimulatorFixture f;
        f.client->setCredentials({}, {});
        GetOrder op(f.client.get(), QStringLiteral("JNUOID-x"));
        QSignalSpy finished(&op, &ApiOperation::finished);
        op.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(op.error().kind, ApiError::Kind::Configuration);
        QCOMPARE(f.simulator->stats().requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
