// The messaging operations end to end against the simulator over loopback HTTP: which numbers may
// send, a text sent and followed, and the answers that must never make a second text.
#include <QTest>

#include "SimulatorFixture.h"
#include "sandbox/SimMessageBook.h"
#include "sandbox/SimulatorEngine.h"
#include "sandbox/SimulatorFaults.h"
#include "telegent/operations/GetMessageDetails.h"
#include "telegent/operations/GetNumberDetails.h"
#include "telegent/operations/SendMessage.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using portdesk::test::SimulatorFixture;

namespace {
const QString kFrom = QStringLiteral("+18018018011");      // the training account's texting number
const QString kVoiceOnly = QStringLiteral("+18018018012"); // MessageEnabled false
const QString kCustomer = QStringLiteral("+18015550199");
} // namespace

class TestMessageOperations : public QObject
{
    Q_OBJECT

private slots:
    void whichNumbersMaySend()
    {
        SimulatorFixture f;
        GetNumberDetails enabled(f.client.get(), {kFrom});
        QVERIFY(f.run(enabled));
        QVERIFY2(enabled.ok(), qPrintable(enabled.error().summary()));
        QVERIFY(enabled.result().messageEnabled);
        QCOMPARE(enabled.result().status, QStringLiteral("Active"));
        QVERIFY(enabled.result().messageRouteId.startsWith(u"MRID-"));

        GetNumberDetails voice(f.client.get(), {kVoiceOnly});
        QVERIFY(f.run(voice));
        QVERIFY(voice.ok());
        QVERIFY(!voice.result().messageEnabled);

        // The "+" travels as %2B: a literal one would read as a space, as on the real API.
        GetNumberDetails stranger(f.client.get(), {QStringLiteral("+12025550147")});
        QVERIFY(f.run(stranger));
        QCOMPARE(stranger.error().kind, ApiError::Kind::NotFound);
        QVERIFY2(stranger.error().message.contains(u"different account"), qPrintable(stranger.error().message));
    }

    void aTextSentAndFollowedToDelivered()
    {
        SimulatorFixture f;
        SendMessage send(f.client.get(), {kCustomer, kFrom, QStringLiteral("Acme: your number ending in 0199 moved.")});
        QCOMPARE(send.priority(), Priority::Background); // the background share of the budget
        QVERIFY(f.run(send));
        QVERIFY2(send.ok(), qPrintable(send.error().summary()));
        QVERIFY(send.result().messageId.startsWith(u"TMID-"));
        QCOMPARE(send.result().status, QStringLiteral("Queued"));
        QCOMPARE(f.simulator->engine()->messages().size(), 1);

        GetMessageDetails queued(f.client.get(), {send.result().messageId});
        QVERIFY(f.run(queued));
        QVERIFY2(queued.ok(), qPrintable(queued.error().summary()));
        QCOMPARE(queued.result().messageId, send.result().messageId);
        QCOMPARE(queued.result().to, kCustomer); // a string in details, an array in the send answer

        f.clock.advance(15'000);
        GetMessageDetails delivered(f.client.get(), {send.result().messageId});
        QVERIFY(f.run(delivered));
        QCOMPARE(delivered.result().status, QStringLiteral("Delivered"));
    }

    void aNumberThatCanNotTextIsRefusedInTelegentsWords()
    {
        SimulatorFixture f;
        SendMessage send(f.client.get(), {kCustomer, kVoiceOnly, QStringLiteral("Hello")});
        QVERIFY(f.run(send));
        QCOMPARE(send.error().kind, ApiError::Kind::Validation);
        QCOMPARE(send.error().httpStatus, 400);
        QVERIFY2(send.error().summary().contains(u"valid number in your account"), qPrintable(send.error().summary()));
        QCOMPARE(f.simulator->engine()->messages().size(), 0);
    }

    // No idempotency key exists: a send that may have reached Telegent is never sent again, or the
    // customer could get the text twice.
    void aSendWithoutAnswerIsNeverRepeated()
    {
        SimulatorFixture f;
        f.client->scheduler()->setTimeoutMs(30'000);
        f.simulator->faults().add(route::MessageOutbound, {Fault::Kind::NoAnswer, {}}, 1);
        SendMessage send(f.client.get(), {kCustomer, kFrom, QStringLiteral("Hello")});
        send.start();
        QVERIFY(f.waitReal([&] { return f.simulator->hangingConnections() == 1; }));
        f.clock.advance(30'000);
        QVERIFY(f.waitReal([&] { return send.isFinished(); }));
        QCOMPARE(send.error().kind, ApiError::Kind::UnknownOutcome);
        f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(f.simulator->stats().perRoute.value(route::MessageOutbound), 1);
        QCOMPARE(f.simulator->engine()->messages().size(), 1); // the text did go
    }

    // A MessageId with ESC[2J in it is stored, printed and sent back nowhere.
    void aMalformedMessageIdIsNotAnAnswer()
    {
        SimulatorFixture f;
        f.simulator->faults().add(route::MessageOutbound, {Fault::Kind::HostileMessageId, {}}, 1);
        SendMessage send(f.client.get(), {kCustomer, kFrom, QStringLiteral("Hello")});
        QVERIFY(f.run(send));
        // The text went (the fault sends it first), so it is an unknown outcome: never sent again.
        QCOMPARE(send.error().kind, ApiError::Kind::UnknownOutcome);
        QCOMPARE(f.simulator->stats().perRoute.value(route::MessageOutbound), 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageOperations)
#include "tst_messageoperations.moc"
