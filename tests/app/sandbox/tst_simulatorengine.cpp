#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "common/Clock.h"
#include "sandbox/Simulator.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// The simulator's own contract, spoken to with plain HTTP (no client code), so a bug in the
// client cannot hide one in the simulator.
class TestSimulatorEngine : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };

    struct Sim
    {
        explicit Sim(SimulatorOptions options = {}) : simulator(&clock, options)
        {
            if (!simulator.start())
                qFatal("no simulator");
        }
        QString url(const QString &path) const { return simulator.baseUrl().toString() + path; }

        Answer send(const QByteArray &verb, const QString &url, const QByteArray &body, const QString &token = {})
        {
            QNetworkRequest req{QUrl(url)};
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            if (!token.isEmpty())
                req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            QNetworkReply *reply = verb == "GET" ? nam.get(req) : nam.sendCustomRequest(req, verb, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(5000))
                reply->abort();
            Answer a;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.body = reply->readAll();
            a.json = QJsonDocument::fromJson(a.body).object();
            a.error = reply->error();
            for (const auto &h : reply->rawHeaderPairs())
                a.headers.insert(h.first.toLower(), h.second);
            reply->deleteLater();
            return a;
        }
        Answer post(const QString &path, const QJsonObject &body, const QString &token = {})
        {
            return send("POST", url(path), QJsonDocument(body).toJson(), token);
        }
        QString token(const QString &path, const QString &tokenPath = QStringLiteral("/OAuth2/tokens"))
        {
            return post(tokenPath, {{QStringLiteral("AccountKey"), QStringLiteral("DID-sandbox")},
                                    {QStringLiteral("AccountSecret"), QStringLiteral("sandbox-secret")},
                                    {QStringLiteral("ApiEndpoint"), url(path)}})
                .json.value(QStringLiteral("token"))
                .toString();
        }
        QString submit(const QString &number)
        {
            return post(QStringLiteral("/numbers/portin"), portIn(number), token(QStringLiteral("/numbers/portin")))
                .json.value(QStringLiteral("OrderId"))
                .toString();
        }
        Answer order(const QString &id)
        {
            return send("GET", url(QStringLiteral("/numbers/order?OrderId=")) + id, {},
                        token(QStringLiteral("/numbers/order")));
        }
        // A text from the training account's sender; token: one for /message/outbound.
        Answer text(const QString &to, const QString &token, const QString &from = QStringLiteral("+18018018011"))
        {
            return post(QStringLiteral("/message/outbound"),
                        {{QStringLiteral("To"), QJsonArray{QJsonObject{{QStringLiteral("Number"), to}}}},
                         {QStringLiteral("From"), from},
                         {QStringLiteral("Body"), QStringLiteral("Your port is scheduled.")}},
                        token);
        }
        Answer details(const QString &messageId, const QString &token)
        {
            return send("GET", url(QStringLiteral("/message/details?MessageId=")) + messageId, {}, token);
        }

        ManualClock clock{1'767'225'600'500};
        Simulator simulator;
        QNetworkAccessManager nam;
    };

    static QJsonObject portIn(const QString &number)
    {
        return {{QStringLiteral("PortInNumber"), number},
                {QStringLiteral("CurrentCarrierName"), QStringLiteral("Verizon")},
                {QStringLiteral("CurrentAccountNumber"), QStringLiteral("46512222")},
                {QStringLiteral("CurrentAccountPassword"), QStringLiteral("0000")},
                {QStringLiteral("TargetPortinClassification"), QStringLiteral("mvno")},
                {QStringLiteral("CurrentBillingAddress"),
                 QJsonObject{{QStringLiteral("Street1"), QStringLiteral("2701 N Thanksgiving Way")},
                             {QStringLiteral("City"), QStringLiteral("Lehi")},
                             {QStringLiteral("State"), QStringLiteral("UT")},
                             {QStringLiteral("Zip"), QStringLiteral("84043")}}}};
    }

private slots:
    void tokenUnderBothCasings()
    {
        Sim s;
        for (const char *path : {"/OAuth2/tokens", "/oauth2/tokens"}) {
            const Answer a = s.post(QString::fromLatin1(path),
                                    {{QStringLiteral("AccountKey"), QStringLiteral("DID-sandbox")},
                                     {QStringLiteral("AccountSecret"), QStringLiteral("sandbox-secret")},
                                     {QStringLiteral("ApiEndpoint"), s.url(QStringLiteral("/numbers/portin"))}});
            QCOMPARE(a.status, 200);
            QCOMPARE(a.json.value(QStringLiteral("successful")).toBool(), true);
            QCOMPARE(a.json.value(QStringLiteral("token")).toString().count(QLatin1Char('.')), 2); // JWT-shaped
            // "MM/DD/YYYY hh:mm:ss AM/PM", UTC, default lifetime 300 s from 2026-01-01 00:00:00.5
            QCOMPARE(a.json.value(QStringLiteral("tokenExpiry")).toString(), QStringLiteral("01/01/2026 12:05:00 AM"));
            QCOMPARE(a.header("Date"), QByteArray("Thu, 01 Jan 2026 00:00:00 GMT"));
        }
    }

    void tokenRequestProblems()
    {
        Sim s;
        const Answer missing = s.post(QStringLiteral("/OAuth2/tokens"),
                                      {{QStringLiteral("AccountKey"), QStringLiteral("DID-sandbox")},
                                       {QStringLiteral("AccountSecret"), QStringLiteral("sandbox-secret")}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json.value(QStringLiteral("errors"))
                     .toObject()
                     .value(QStringLiteral("ApiEndpoint"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("The ApiEndpoint field is required."));
        QVERIFY(missing.header("Content-Type").startsWith("application/problem+json"));

        const Answer refused = s.post(QStringLiteral("/OAuth2/tokens"),
                                      {{QStringLiteral("AccountKey"), QStringLiteral("DID-sandbox")},
                                       {QStringLiteral("AccountSecret"), QStringLiteral("nope")},
                                       {QStringLiteral("ApiEndpoint"), s.url(QStringLiteral("/numbers/portin"))}});
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.json.value(QStringLiteral("successful")).toBool(true), false);
        QVERIFY(!refused.json.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(refused.json.value(QStringLiteral("token")).toString().isEmpty());
    }

    void tokensAreScopedAndExpire()
    {
        Sim s;
        const QString portinToken = s.token(QStringLiteral("/numbers/portin"));
        const Answer wrongScope = s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=x")), {}, portinToken);
        QCOMPARE(wrongScope.status, 403);
        QCOMPARE(wrongScope.json.value(QStringLiteral("StatusCode")).toInt(), 403);

        const Answer noToken = s.post(QStringLiteral("/numbers/portin"), portIn(QStringLiteral("+18015552345")));
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.header("WWW-Authenticate"), QByteArray("Bearer"));

        s.clock.advance(300'000);
        const Answer expired =
            s.post(QStringLiteral("/numbers/portin"), portIn(QStringLiteral("+18015552345")), portinToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(s.simulator.engine()->orders().size(), 0);
    }

    void scopeMismatchAs401WhenConfigured()
    {
        SimulatorOptions o;
        o.scopeMismatchStatus = 401;
        Sim s(o);
        const Answer a = s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=x")), {},
                                s.token(QStringLiteral("/numbers/portin")));
        QCOMPARE(a.status, 401);
    }

    void rateLimitPerRollingMinute()
    {
        SimulatorOptions o;
        o.rateLimitPerMinute = 10;
        Sim s(o);
        const QString t = s.token(QStringLiteral("/numbers/order")); // 1
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=x")), {}, t).status, 404);
            s.clock.advance(1000);
        }
        const Answer limited = s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=x")), {}, t);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QStringLiteral("StatusCode")).toInt(), 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("51")); // the token request leaves the window at 60 s
        s.clock.advance(51'000);
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=x")), {}, t).status, 404);
        QCOMPARE(s.simulator.stats().rateLimited, 1);
        QCOMPARE(s.simulator.stats().maxInWindow, 10);
    }

    void lifecycleOnTheSimulatorClock()
    {
        SimulatorOptions o;
        o.speed = 10; // 6 s a stage
        Sim s(o);
        const QString id = s.submit(QStringLiteral("+18015552345"));
        QVERIFY(id.startsWith(QLatin1String("JNUOID-")));
        QStringList seen;
        for (int i = 0; i < 6; ++i) {
            seen << s.order(id).json.value(QStringLiteral("OrderStatus")).toString();
            s.clock.advance(6000);
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("Pending"), QStringLiteral("Submitted"),
                                    QStringLiteral("Pending Carrier Approval"), QStringLiteral("Scheduled"),
                                    QStringLiteral("Completed"), QStringLiteral("Completed")}));
        const Answer a = s.order(id);
        QCOMPARE(a.json.value(QStringLiteral("OrderType")).toString(), QStringLiteral("portin"));
        QCOMPARE(a.json.value(QStringLiteral("PhoneNumbersOrdered"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Number"))
                     .toString(),
                 QStringLiteral("+18015552345"));
        // Order dates here carry no zone and two fractional digits.
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d$)"))
                    .match(a.json.value(QStringLiteral("OrderDate")).toString())
                    .hasMatch());
        QVERIFY(!a.json.contains(QStringLiteral("OrderStatusMessage")));
    }

    void submitAnswerShape()
    {
        Sim s;
        QJsonObject body = portIn(QStringLiteral("+18015552345"));
        body.insert(QStringLiteral("ICCID"), QStringLiteral("8901240397190195850"));
        const Answer a = s.post(QStringLiteral("/numbers/portin"), body, s.token(QStringLiteral("/numbers/portin")));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Pending"));
        QCOMPARE(a.json.value(QStringLiteral("ICCID")).toString(), QStringLiteral("8901240397190195850"));
        QCOMPARE(a.json.value(QStringLiteral("OrderDate")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.5000000+00:00"));
    }

    void submitValidation_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("field");
        QTest::newRow("number") << "PortInNumber"
                                << "PortInNumber";
        QTest::newRow("carrier") << "CurrentCarrierName"
                                 << "CurrentCarrierName";
        QTest::newRow("account") << "CurrentAccountNumber"
                                 << "CurrentAccountNumber";
        QTest::newRow("password") << "CurrentAccountPassword"
                                  << "CurrentAccountPassword";
        QTest::newRow("address") << "CurrentBillingAddress"
                                 << "CurrentBillingAddress";
    }
    void submitValidation()
    {
        QFETCH(QString, remove);
        QFETCH(QString, field);
        Sim s;
        QJsonObject body = portIn(QStringLiteral("+18015552345"));
        body.remove(remove);
        const Answer a = s.post(QStringLiteral("/numbers/portin"), body, s.token(QStringLiteral("/numbers/portin")));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json.value(QStringLiteral("errors")).toObject().contains(field), a.body.constData());
        QCOMPARE(s.simulator.engine()->orders().size(), 0);
    }

    void submitFormatAndTypeChecks()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/portin"));
        QJsonObject body = portIn(QStringLiteral("(801) 555-2345"));
        body.insert(QStringLiteral("TargetPortinClassification"), QStringLiteral("Mobile"));
        body.insert(QStringLiteral("CurrentAccountNumber"), 46512222);
        const QJsonObject errors =
            s.post(QStringLiteral("/numbers/portin"), body, t).json.value(QStringLiteral("errors")).toObject();
        QCOMPARE(errors.value(QStringLiteral("$.PortInNumber")).toArray().first().toString(),
                 QStringLiteral("Invalid phone number format. Must be in E.164 format."));
        QVERIFY(errors.contains(QStringLiteral("$.TargetPortinClassification")));
        QVERIFY(errors.contains(QStringLiteral("$.CurrentAccountNumber")));
    }

    void garbageNeverCrashes()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/portin"));
        const QList<QByteArray> bodies = {"",
                                          "null",
                                          "[]",
                                          "{",
                                          "\xff\xfe\x00\x01",
                                          "{\"PortInNumber\":{\"a\":[[[[]]]]}}",
                                          QByteArray(200'000, '['),
                                          "{\"CurrentBillingAddress\":\"street\"}"};
        for (const QByteArray &b : bodies) {
            const Answer a = s.send("POST", s.url(QStringLiteral("/numbers/portin")), b, t);
            QCOMPARE(a.status, 400);
        }
        QCOMPARE(s.send("POST", s.url(QStringLiteral("/OAuth2/tokens")), "not json").status, 400);
        QVERIFY(!s.submit(QStringLiteral("+18015552345")).isEmpty()); // still serving
    }

    void pathsAndMethods()
    {
        Sim s;
        QCOMPARE(s.post(QStringLiteral("/v1.0/numbers/portin"), portIn(QStringLiteral("+18015552345"))).status,
                 404); // /v1.0/v1.0
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/portin")), {}).status, 405);
        QCOMPARE(s.send("POST", s.url(QStringLiteral("/numbers/order")), "{}").status, 405);
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/inventory")), {}).status, 404);
    }

    void eligibilityAnswers()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/portin/eligibility"));
        const auto check = [&](const QString &number) {
            return s.post(QStringLiteral("/numbers/portin/eligibility"),
                          {{QStringLiteral("PhoneNumber"), number},
                           {QStringLiteral("TargetClassification"), QStringLiteral("mvno")}},
                          t);
        };
        const Answer yes = check(QStringLiteral("+18015552345"));
        QCOMPARE(yes.json.value(QStringLiteral("Eligible")).toBool(), true);
        QVERIFY(!yes.json.value(QStringLiteral("CurrentCarrier")).toString().isEmpty());
        QCOMPARE(check(QStringLiteral("+18015552345")).json.value(QStringLiteral("CurrentCarrier")),
                 yes.json.value(QStringLiteral("CurrentCarrier")));
        for (const char *n : {"+18005552345", "+18885552345", "+19005552345", "+18015550000"}) {
            const Answer no = check(QString::fromLatin1(n));
            QCOMPARE(no.status, 200);
            QCOMPARE(no.json.value(QStringLiteral("Eligible")).toBool(true), false);
            QVERIFY(!no.json.value(QStringLiteral("Message")).toString().isEmpty());
        }
        const Answer missing = s.post(QStringLiteral("/numbers/portin/eligibility"),
                                      {{QStringLiteral("PhoneNumber"), QStringLiteral("+18015552345")}}, t);
        QCOMPARE(missing.status, 400);
        QVERIFY(
            missing.json.value(QStringLiteral("errors")).toObject().contains(QStringLiteral("TargetClassification")));
    }

    void ordersBelongToTheirAccount()
    {
        SimulatorOptions o;
        o.credentials.insert(QStringLiteral("DID-other"), QStringLiteral("other-secret"));
        Sim s(o);
        const QString id = s.submit(QStringLiteral("+18015552345"));
        const QString other = s.post(QStringLiteral("/OAuth2/tokens"),
                                     {{QStringLiteral("AccountKey"), QStringLiteral("DID-other")},
                                      {QStringLiteral("AccountSecret"), QStringLiteral("other-secret")},
                                      {QStringLiteral("ApiEndpoint"), s.url(QStringLiteral("/numbers/order"))}})
                                  .json.value(QStringLiteral("token"))
                                  .toString();
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=")) + id, {}, other).status, 404);
        QCOMPARE(s.order(id).status, 200);
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/order")), {}, s.token(QStringLiteral("/numbers/order")))
                     .status,
                 400);
        QCOMPARE(s.order(id.toLower()).status, 404); // OrderIds are case-sensitive
    }

    void faultsAnswerAsDocumented()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/order"));
        const QString u = s.url(QStringLiteral("/numbers/order?OrderId=x"));
        auto &faults = s.simulator.faults();
        faults.add(route::Order, {Fault::Kind::ServiceUnavailable, 3}, 1);
        faults.add(route::Order, {Fault::Kind::GatewayTimeout, {}}, 1);
        faults.add(route::Order, {Fault::Kind::TooManyRequests, std::nullopt}, 1);
        faults.add(route::Order, {Fault::Kind::HtmlServerError, {}}, 1);
        faults.add(route::Order, {Fault::Kind::InvalidJson, {}}, 1);
        Answer a = s.send("GET", u, {}, t);
        QCOMPARE(a.status, 503);
        QCOMPARE(a.header("Retry-After"), QByteArray("3"));
        QCOMPARE(s.send("GET", u, {}, t).status, 504);
        a = s.send("GET", u, {}, t);
        QCOMPARE(a.status, 429);
        QVERIFY(a.header("Retry-After").isEmpty());
        a = s.send("GET", u, {}, t);
        QCOMPARE(a.status, 500);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        a = s.send("GET", u, {}, t);
        QCOMPARE(a.status, 200);
        QVERIFY(QJsonDocument::fromJson(a.body).isNull());
        QCOMPARE(s.send("GET", u, {}, t).status, 404); // faults used up: back to normal
    }

    // The faults issue 12 §5 tests with: each still processes the request as the contract says
    // (never easier than the real API), then spoils only what it names.
    void hostileAndExpiredFaults()
    {
        Sim s;
        const QString id = s.submit(QStringLiteral("+18015552345"));
        s.simulator.faults().add(route::Order, {Fault::Kind::HostileText, {}}, 1);
        const Answer hostile = s.order(id);
        QCOMPARE(hostile.status, 200);
        QCOMPARE(hostile.json.value(QStringLiteral("OrderId")).toString(), id);
        QVERIFY(
            hostile.json.value(QStringLiteral("OrderStatus")).toString().startsWith(QLatin1String("Pending\x1b[2J")));

        const int before = s.simulator.engine()->orders().size();
        s.simulator.faults().add(route::PortIn, {Fault::Kind::HostileOrderId, {}}, 1);
        const QString spoiled = s.submit(QStringLiteral("+18015552346"));
        QCOMPARE(s.simulator.engine()->orders().size(), before + 1); // the order exists
        QVERIFY(spoiled.contains(QLatin1Char('\x1b')));

        s.simulator.faults().add(route::Token, {Fault::Kind::ExpiredTokenExpiry, {}}, 1);
        const Answer token = s.post(QStringLiteral("/OAuth2/tokens"),
                                    {{QStringLiteral("AccountKey"), QStringLiteral("DID-sandbox")},
                                     {QStringLiteral("AccountSecret"), QStringLiteral("sandbox-secret")},
                                     {QStringLiteral("ApiEndpoint"), s.url(QStringLiteral("/numbers/order"))}});
        QCOMPARE(token.json.value(QStringLiteral("tokenExpiry")).toString(), QStringLiteral("12/31/2025 11:00:00 PM"));
        QCOMPARE(token.header("Date"), QByteArray("Thu, 01 Jan 2026 00:00:00 GMT"));
        const QString value = token.json.value(QStringLiteral("token")).toString();
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers/order?OrderId=")) + id, {}, value).status,
                 200); // honoured
    }

    // Issue 20 §5: the messaging routes, over plain HTTP like the others.
    void messagingTokensAreScoped()
    {
        Sim s;
        const QString outbound = s.token(QStringLiteral("/message/outbound"));
        const QString details = s.token(QStringLiteral("/message/details"));
        const QString numbers = s.token(QStringLiteral("/numbers"));
        QCOMPARE(s.text(QStringLiteral("+18015737111"), details).status, 403);
        QCOMPARE(s.text(QStringLiteral("+18015737111"), numbers).status, 403);
        QCOMPARE(s.text(QStringLiteral("+18015737111"), s.token(QStringLiteral("/numbers/portin"))).status, 403);
        QCOMPARE(s.text(QStringLiteral("+18015737111"), {}).status, 401);
        QCOMPARE(s.simulator.engine()->messages().size(), 0);
        const QString id =
            s.text(QStringLiteral("+18015737111"), outbound).json.value(QStringLiteral("MessageId")).toString();
        QCOMPARE(s.details(id, outbound).status, 403);
        QCOMPARE(s.details(id, numbers).status, 403);
        QCOMPARE(s.details(id, details).status, 200);
        const QString number = s.url(QStringLiteral("/numbers?Number=%2B18018018011"));
        QCOMPARE(s.send("GET", number, {}, details).status, 403);
        QCOMPARE(s.send("GET", number, {}, s.token(QStringLiteral("/numbers/order"))).status, 403);
        QCOMPARE(s.send("GET", number, {}, numbers).status, 200);
        QCOMPARE(s.simulator.stats().wrongScope, 7);
    }

    void messagingCountsInTheRateWindow()
    {
        SimulatorOptions o;
        o.rateLimitPerMinute = 10;
        Sim s(o);
        const QString outbound = s.token(QStringLiteral("/message/outbound")); // 1
        const QString details = s.token(QStringLiteral("/message/details"));   // 2
        const QString numbers = s.token(QStringLiteral("/numbers"));           // 3
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers?Number=%2B18018018011")), {}, numbers).status, 200);
        s.clock.advance(1000);
        QString id;
        for (int i = 0; i < 3; ++i) { // 5 to 10
            id = s.text(QStringLiteral("+18015737111"), outbound).json.value(QStringLiteral("MessageId")).toString();
            QCOMPARE(s.details(id, details).status, 200);
            s.clock.advance(1000);
        }
        const Answer limited = s.text(QStringLiteral("+18015737111"), outbound);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QStringLiteral("StatusCode")).toInt(), 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("56")); // the token requests leave at 60 s
        QCOMPARE(s.details(id, details).status, 429);
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers?Number=%2B18018018011")), {}, numbers).status, 429);
        QCOMPARE(s.simulator.engine()->messages().size(), 3); // the refused send was not kept
        QCOMPARE(s.simulator.stats().rateLimited, 3);
        s.clock.advance(56'000);
        QCOMPARE(s.text(QStringLiteral("+18015737111"), outbound).status, 200);
    }

    void numbersOfTheAccount()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers"));
        Answer a = s.send("GET", s.url(QStringLiteral("/numbers?Number=%2B18018018012")), {}, t);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("MessageEnabled")), QJsonValue(false));
        QCOMPARE(a.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Active"));
        a = s.send("GET", s.url(QStringLiteral("/numbers?Number=%2B18015552345")), {}, t);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.json.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Not found: the requested resource does not exist or belongs to a different account."));
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers")), {}, t).status, 400);
        // An unencoded '+' reads as a space, as on the real API: the client must send %2B.
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/numbers?Number=+18018018011")), {}, t).status, 400);
    }

    void fromMustBeAbleToText()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/message/outbound"));
        for (const char *from : {"+18018018012", "+18018018013", "+18015552345"}) {
            const Answer a = s.text(QStringLiteral("+18015737111"), t, QLatin1String(from));
            QCOMPARE(a.status, 400);
            QVERIFY(a.header("Content-Type").startsWith("application/problem+json"));
            QCOMPARE(a.json.value(QStringLiteral("errors"))
                         .toObject()
                         .value(QStringLiteral("$.From"))
                         .toArray()
                         .first()
                         .toString(),
                     QStringLiteral("The From number must be in E.164 format and be a valid number in your account."));
        }
        QCOMPARE(s.simulator.engine()->messages().size(), 0);
    }

    void messageStatusOnTheSimulatorClock()
    {
        Sim s;
        const QString outbound = s.token(QStringLiteral("/message/outbound"));
        const QString details = s.token(QStringLiteral("/message/details"));
        const Answer sent = s.text(QStringLiteral("+18015737111"), outbound);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Queued"));
        QCOMPARE(sent.json.value(QStringLiteral("To")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("Number"), QStringLiteral("+18015737111")}}}));
        QCOMPARE(sent.json.value(QStringLiteral("CreatedOn")).toString(), QStringLiteral("17:00:00 MST 2025-12-31"));
        const QString ok = sent.json.value(QStringLiteral("MessageId")).toString();
        const QString fails =
            s.text(QStringLiteral("+18015559999"), outbound).json.value(QStringLiteral("MessageId")).toString();
        QVERIFY(ok.startsWith(QLatin1String("TMID-")));
        QVERIFY(ok != fails);

        const auto status = [&](const QString &id) {
            return s.details(id, details).json.value(QStringLiteral("Status")).toString();
        };
        QStringList seen, seenFailing;
        for (int i = 0; i < 6; ++i) { // 0, 2, 4, 6, 8, 10 s
            seen << status(ok);
            seenFailing << status(fails);
            s.clock.advance(2000);
        }
        const QString q = QStringLiteral("Queued"), sentText = QStringLiteral("Sent");
        QCOMPARE(seen, (QStringList{q, sentText, sentText, sentText, sentText, QStringLiteral("Delivered")}));
        QCOMPARE(seenFailing, (QStringList{q, sentText, sentText, sentText, sentText, QStringLiteral("Failed")}));

        const Answer a = s.details(ok, details);
        QCOMPARE(a.json.value(QStringLiteral("To")), QJsonValue(QStringLiteral("+18015737111"))); // a string here
        QCOMPARE(a.json.value(QStringLiteral("Direction")).toString(), QStringLiteral("OUTBOUND"));
        QCOMPARE(a.json.value(QStringLiteral("CreatedOn")).toString(), QStringLiteral("2026-01-01T00:00:00.500"));
        QCOMPARE(s.details(ok.toLower(), details).status, 404); // MessageIds are case-sensitive
        QCOMPARE(s.details(QStringLiteral("TMID-nope"), details).json.value(QStringLiteral("StatusCode")).toInt(), 404);
    }

    void messagingPathsAndMethods()
    {
        Sim s;
        QCOMPARE(s.send("GET", s.url(QStringLiteral("/message/outbound")), {}).status, 405);
        QCOMPARE(s.send("POST", s.url(QStringLiteral("/message/details")), "{}").status, 405);
        QCOMPARE(s.send("POST", s.url(QStringLiteral("/numbers")), "{}").status, 405);
        QCOMPARE(s.send("POST", s.url(QStringLiteral("/messages/outbound")), "{}").status, 404); // singular only
    }

    // Faults select the messaging routes by name like any other; a send that gets no answer was
    // still sent (the unknown outcome a client must not turn into a second text).
    void messagingFaults()
    {
        Sim s;
        const QString outbound = s.token(QStringLiteral("/message/outbound"));
        const QString details = s.token(QStringLiteral("/message/details"));
        const QString numbers = s.token(QStringLiteral("/numbers"));
        s.simulator.faults().add(route::Numbers, {Fault::Kind::ServiceUnavailable, 2}, 1);
        const Answer unavailable = s.send("GET", s.url(QStringLiteral("/numbers?Number=%2B18018018011")), {}, numbers);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("Retry-After"), QByteArray("2"));
        s.simulator.faults().add(route::MessageOutbound, {Fault::Kind::GatewayTimeout, {}}, 1);
        QCOMPARE(s.text(QStringLiteral("+18015737111"), outbound).status, 504);
        QCOMPARE(s.simulator.engine()->messages().size(), 0); // not processed
        const QString id =
            s.text(QStringLiteral("+18015737111"), outbound).json.value(QStringLiteral("MessageId")).toString();
        s.simulator.faults().add(route::MessageDetails, {Fault::Kind::HostileText, {}}, 1);
        QVERIFY(s.details(id, details)
                    .json.value(QStringLiteral("Status"))
                    .toString()
                    .startsWith(QLatin1String("Queued\x1b[2J")));
        QCOMPARE(s.details(id, details).json.value(QStringLiteral("Status")).toString(), QStringLiteral("Queued"));
        s.simulator.faults().add(route::MessageOutbound, {Fault::Kind::HostileMessageId, {}}, 1);
        const QString spoiled =
            s.text(QStringLiteral("+18015737111"), outbound).json.value(QStringLiteral("MessageId")).toString();
        QVERIFY(spoiled.startsWith(QLatin1String("TMID-")));
        QVERIFY(spoiled.contains(QLatin1Char('\x1b')));
        QCOMPARE(s.simulator.engine()->messages().size(), 2); // the text was sent all the same

        s.simulator.faults().add(route::MessageOutbound, {Fault::Kind::NoAnswer, {}}, 1);
        QNetworkRequest req{QUrl(s.url(QStringLiteral("/message/outbound")))};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + outbound.toLatin1());
        QNetworkReply *reply = s.nam.post(
            req, QJsonDocument(
                     QJsonObject{{QStringLiteral("To"),
                                  QJsonArray{QJsonObject{{QStringLiteral("Number"), QStringLiteral("+18015737111")}}}},
                                 {QStringLiteral("From"), QStringLiteral("+18018018011")},
                                 {QStringLiteral("Body"), QStringLiteral("Your port is complete.")}})
                     .toJson());
        QTRY_COMPARE(s.simulator.engine()->messages().size(), 3);
        QTRY_COMPARE(s.simulator.hangingConnections(), 1);
        QVERIFY(!reply->isFinished());
        reply->abort();
        delete reply;
    }

    // A text's body is the customer's business: the request log names the route and the status only.
    void messagingLogHasNoBody()
    {
        Sim s;
        QSignalSpy lines(s.simulator.engine(), &SimulatorEngine::requestLogged);
        const QString outbound = s.token(QStringLiteral("/message/outbound"));
        const QString id =
            s.text(QStringLiteral("+18015737111"), outbound).json.value(QStringLiteral("MessageId")).toString();
        s.details(id, s.token(QStringLiteral("/message/details")));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1).at(0).toString(), QStringLiteral("POST /v1.0/message/outbound 200 DID-sandbox token#1"));
        QCOMPARE(lines.at(3).at(0).toString(), QStringLiteral("GET /v1.0/message/details 200 DID-sandbox token#2"));
        for (const auto &line : std::as_const(lines)) {
            QVERIFY(!line.at(0).toString().contains(QLatin1String("scheduled")));
            QVERIFY(!line.at(0).toString().contains(QLatin1String("+18015737111")));
        }
    }

    void dropClosesWithoutAByte()
    {
        // Raw TCP: QNetworkAccessManager would hide a drop by re-sending on its own.
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/portin"));
        s.simulator.faults().add(route::PortIn, {Fault::Kind::DropConnection, {}}, 1);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s.simulator.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = QJsonDocument(portIn(QStringLiteral("+18015552345"))).toJson(QJsonDocument::Compact);
        socket.write("POST /v1.0/numbers/portin HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(s.simulator.port()) +
                     "\r\nAuthorization: Bearer " + t.toLatin1() +
                     "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(socket.readAll().isEmpty());
        QCOMPARE(s.simulator.engine()->orders().size(), 0); // dropped before processing
    }

    void noAnswerAfterProcessing()
    {
        Sim s;
        const QString t = s.token(QStringLiteral("/numbers/portin"));
        s.simulator.faults().add(route::PortIn, {Fault::Kind::NoAnswer, {}}, 1);
        QNetworkRequest req{QUrl(s.url(QStringLiteral("/numbers/portin")))};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + t.toLatin1());
        QNetworkReply *reply = s.nam.post(req, QJsonDocument(portIn(QStringLiteral("+18015552345"))).toJson());
        QTRY_COMPARE(s.simulator.engine()->orders().size(), 1);
        QTRY_COMPARE(s.simulator.hangingConnections(), 1);
        QTest::qWait(200);
        QVERIFY(!reply->isFinished());
        reply->abort();
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestSimulatorEngine)
#include "tst_simulatorengine.moc"
