#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/MessageDetailsHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// GET /message/details?MessageId= alone: its own shapes and the status on the simulator's clock.
class TestMessageDetailsHandler : public QObject
{
    Q_OBJECT

    static QString send(HandlerFixture &f, const QStringList &to,
                        const QString &account = QStringLiteral("DID-sandbox"))
    {
        SimMessageBook::Message m;
        m.accountKey = account;
        m.from = QStringLiteral("+18018018011");
        m.to = to;
        m.body = QStringLiteral("Hello there!!!");
        m.type = QStringLiteral("a2p");
        m.cost = 0.0045;
        return f.messages.create(m, f.clock.nowMs()).messageId;
    }

private slots:
    void answerShape()
    {
        HandlerFixture f;
        MessageDetailsHandler handler(&f.state);
        const QString id = send(f, {QStringLiteral("+18015737111"), QStringLiteral("+18014271919")});
        QCOMPARE(f.get(handler, QStringLiteral("MessageId=") + id).status, 200);
        QCOMPARE(f.json.value(QStringLiteral("MessageId")).toString(), id);
        QCOMPARE(f.json.value(QStringLiteral("Direction")).toString(), QStringLiteral("OUTBOUND"));
        QCOMPARE(f.json.value(QStringLiteral("To")), QJsonValue(QStringLiteral("+18015737111"))); // a string
        QCOMPARE(f.json.value(QStringLiteral("From")).toString(), QStringLiteral("+18018018011"));
        QCOMPARE(f.json.value(QStringLiteral("Body")).toString(), QStringLiteral("Hello there!!!"));
        QCOMPARE(f.json.value(QStringLiteral("Region")).toString(), QStringLiteral("United States"));
        QCOMPARE(f.json.value(QStringLiteral("MessageType")).toString(), QStringLiteral("sms"));
        QCOMPARE(f.json.value(QStringLiteral("Type")).toString(), QStringLiteral("a2p"));
        QCOMPARE(f.json.value(QStringLiteral("CreatedOn")).toString(), QStringLiteral("2026-01-01T00:00:00.500"));
        QCOMPARE(f.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Queued"));
    }

    void statusOnTheClock()
    {
        HandlerFixture f;
        MessageDetailsHandler handler(&f.state);
        const QString ok = send(f, {QStringLiteral("+18015737111")});
        const QString fails = send(f, {QStringLiteral("+18015559999")});
        const auto status = [&](const QString &id) {
            f.get(handler, QStringLiteral("MessageId=") + id);
            return f.json.value(QStringLiteral("Status")).toString();
        };
        QCOMPARE(status(ok), QStringLiteral("Queued"));
        f.clock.advance(1'999);
        QCOMPARE(status(ok), QStringLiteral("Queued"));
        f.clock.advance(1);
        QCOMPARE(status(ok), QStringLiteral("Sent"));
        QCOMPARE(status(fails), QStringLiteral("Sent"));
        f.clock.advance(7'999);
        QCOMPARE(status(ok), QStringLiteral("Sent"));
        f.clock.advance(1);
        QCOMPARE(status(ok), QStringLiteral("Delivered"));
        QCOMPARE(status(fails), QStringLiteral("Failed"));
        f.clock.advance(3'600'000);
        QCOMPARE(status(ok), QStringLiteral("Delivered"));
        QCOMPARE(status(fails), QStringLiteral("Failed"));
    }

    void unknownForeignOrMissing()
    {
        HandlerFixture f;
        MessageDetailsHandler handler(&f.state);
        const QString mine = send(f, {QStringLiteral("+18015737111")});
        const QString other = send(f, {QStringLiteral("+18015737111")}, QStringLiteral("DID-other"));
        for (const QString &id : {mine.toLower(), other, QStringLiteral("TMID-nope")}) {
            QCOMPARE(f.get(handler, QStringLiteral("MessageId=") + id).status, 404);
            QCOMPARE(f.json.value(QStringLiteral("StatusCode")).toInt(), 404);
            QCOMPARE(
                f.json.value(QStringLiteral("Message")).toString(),
                QStringLiteral("Not found: the requested resource does not exist or belongs to a different account."));
        }
        QCOMPARE(f.get(handler, QString()).status, 400);
        QCOMPARE(f.get(handler, QStringLiteral("MessageId=")).status, 400);
        QCOMPARE(f.get(handler, QStringLiteral("messageid=") + mine).status, 200); // names in any casing
    }
};

QTEST_GUILESS_MAIN(TestMessageDetailsHandler)
#include "tst_messagedetailshandler.moc"
