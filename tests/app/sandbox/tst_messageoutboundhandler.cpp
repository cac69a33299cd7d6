#include <QJsonArray>
#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/MessageOutboundHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// POST /message/outbound alone: what it refuses, what it answers and keeps.
class TestMessageOutboundHandler : public QObject
{
    Q_OBJECT

    static QJsonObject text(const QString &from, const QJsonArray &to = {QJsonObject{
                                                     {QStringLiteral("Number"), QStringLiteral("+18015737111")}}})
    {
        return {{QStringLiteral("To"), to},
                {QStringLiteral("From"), from},
                {QStringLiteral("Body"), QStringLiteral("Hello there!!!")}};
    }

private slots:
    void sendsAndKeeps()
    {
        HandlerFixture f;
        MessageOutboundHandler handler(&f.state);
        const QJsonArray to{QJsonObject{{QStringLiteral("Number"), QStringLiteral("+18015737111")}},
                            QJsonObject{{QStringLiteral("Number"), QStringLiteral("+18014271919")}}};
        const SimReply r = f.post(handler, text(QStringLiteral("+18018018011"), to));
        QCOMPARE(r.status, 200);
        const QString id = f.json.value(QStringLiteral("MessageId")).toString();
        QVERIFY(id.startsWith(QLatin1String("TMID-")));
        QCOMPARE(f.json.value(QStringLiteral("Direction")).toString(), QStringLiteral("Outbound"));
        QCOMPARE(f.json.value(QStringLiteral("Type")).toString(), QStringLiteral("a2p"));
        QCOMPARE(f.json.value(QStringLiteral("Cost")).toDouble(), 0.0045);
        QCOMPARE(f.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Queued"));
        QCOMPARE(f.json.value(QStringLiteral("To")).toArray(), to); // several recipients, one MessageId
        QCOMPARE(f.json.value(QStringLiteral("From")).toString(), QStringLiteral("+18018018011"));
        QCOMPARE(f.json.value(QStringLiteral("Body")).toString(), QStringLiteral("Hello there!!!"));
        QCOMPARE(f.json.value(QStringLiteral("MessageType")).toString(), QStringLiteral("sms"));
        // Not ISO: Mountain time and its abbreviation (2026-01-01 00:00:00.5 UTC).
        QCOMPARE(f.json.value(QStringLiteral("CreatedOn")).toString(), QStringLiteral("17:00:00 MST 2025-12-31"));

        QCOMPARE(f.messages.size(), 1);
        const SimMessageBook::Message *kept = f.messages.find(id);
        QVERIFY(kept);
        QCOMPARE(kept->to, (QStringList{QStringLiteral("+18015737111"), QStringLiteral("+18014271919")}));
        QCOMPARE(kept->body, QStringLiteral("Hello there!!!"));
        QCOMPARE(kept->sentMs, f.clock.nowMs());
        QCOMPARE(kept->accountKey, QStringLiteral("DID-sandbox"));

        QVERIFY(f.post(handler, text(QStringLiteral("+18018018011"))).status == 200);
        QVERIFY(f.json.value(QStringLiteral("MessageId")).toString() != id); // unique
    }

    // PM's words, under "$.From": a number the account cannot text from is refused like a bad one.
    void fromMustBeAbleToText_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("voice only") << "+18018018012";
        QTest::newRow("suspended") << "+18018018013";
        QTest::newRow("not of the account") << "+18015552345";
        QTest::newRow("not E.164") << "8018018011";
    }
    void fromMustBeAbleToText()
    {
        QFETCH(QString, from);
        HandlerFixture f;
        MessageOutboundHandler handler(&f.state);
        const SimReply r = f.post(handler, text(from));
        QCOMPARE(r.status, 400);
        QVERIFY(r.contentType.startsWith("application/problem+json"));
        QCOMPARE(f.problem(QStringLiteral("$.From")),
                 QStringLiteral("The From number must be in E.164 format and be a valid number in your account."));
        QCOMPARE(f.messages.size(), 0);
    }

    void anotherAccountsNumber()
    {
        HandlerFixture f;
        MessageOutboundHandler handler(&f.state);
        QCOMPARE(f.post(handler, text(QStringLiteral("+18018018011")), QStringLiteral("DID-other")).status, 400);
        QVERIFY(!f.problem(QStringLiteral("$.From")).isEmpty());
    }

    void requestProblems()
    {
        HandlerFixture f;
        MessageOutboundHandler handler(&f.state);
        QCOMPARE(f.post(handler, {}).status, 400);
        QCOMPARE(f.problem(QStringLiteral("To")), QStringLiteral("The To field is required."));
        QCOMPARE(f.problem(QStringLiteral("From")), QStringLiteral("The From field is required."));
        QCOMPARE(f.problem(QStringLiteral("Body")), QStringLiteral("The Body field is required."));

        QJsonObject body = text(QStringLiteral("+18018018011"), {});
        body.insert(QStringLiteral("Body"), QStringLiteral("  "));
        QCOMPARE(f.post(handler, body).status, 400);
        QVERIFY(!f.problem(QStringLiteral("To")).isEmpty()); // an empty list
        QVERIFY(!f.problem(QStringLiteral("Body")).isEmpty());

        QCOMPARE(f.post(handler, text(QStringLiteral("+18018018011"),
                                      {QJsonObject{{QStringLiteral("Number"), QStringLiteral("801-573-7111")}},
                                       QStringLiteral("+18015737111"), QJsonObject{}}))
                     .status,
                 400);
        QCOMPARE(f.problem(QStringLiteral("$.To[0].Number")),
                 QStringLiteral("Invalid phone number format. Must be in E.164 format."));
        QVERIFY(!f.problem(QStringLiteral("$.To[1]")).isEmpty());
        QVERIFY(!f.problem(QStringLiteral("To[2].Number")).isEmpty());

        body = text(QStringLiteral("+18018018011"));
        body.insert(QStringLiteral("To"), QStringLiteral("+18015737111")); // a string, as details answers it
        body.insert(QStringLiteral("Body"), 42);
        QCOMPARE(f.post(handler, body).status, 400);
        QVERIFY(!f.problem(QStringLiteral("$.To")).isEmpty());
        QVERIFY(!f.problem(QStringLiteral("$.Body")).isEmpty());
        QCOMPARE(f.messages.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageOutboundHandler)
#include "tst_messageoutboundhandler.moc"
