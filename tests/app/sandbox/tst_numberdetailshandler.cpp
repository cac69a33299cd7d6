#include <QJsonArray>
#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/NumberDetailsHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// GET /numbers?Number= alone: the account's numbers as the documented example shows them.
class TestNumberDetailsHandler : public QObject
{
    Q_OBJECT

private slots:
    void trainingNumbers()
    {
        HandlerFixture f;
        NumberDetailsHandler handler(&f.state);
        QCOMPARE(f.get(handler, QStringLiteral("Number=%2B18018018011")).status, 200);
        QCOMPARE(f.json.value(QStringLiteral("Number")).toString(), QStringLiteral("+18018018011"));
        QCOMPARE(f.json.value(QStringLiteral("MessageEnabled")), QJsonValue(true));
        QVERIFY(f.json.value(QStringLiteral("MessageRouteId")).toString().startsWith(QLatin1String("MRID-")));
        QCOMPARE(f.json.value(QStringLiteral("MessageType")).toString(), QStringLiteral("A2P"));
        QCOMPARE(f.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Active"));
        // The documented example's field set, nothing missing.
        for (const char *key :
             {"Number", "TNID", "OrderId", "NumberType", "MessageEnabled", "MessageRouteId", "VoiceEnabled",
              "Classification", "MessageType", "VoiceRouteId", "Status", "OriginalDatePurchased",
              "AssignedSubscriberId", "Iccid", "Cnam", "QrActivationLink", "SwapsRemaining", "NextSwapResetDate"})
            QVERIFY2(f.json.contains(QLatin1String(key)), key);

        QCOMPARE(f.get(handler, QStringLiteral("number=%2B18018018012")).status, 200); // any casing
        QCOMPARE(f.json.value(QStringLiteral("MessageEnabled")), QJsonValue(false));
        QVERIFY(f.json.value(QStringLiteral("MessageRouteId")).isNull());
        QCOMPARE(f.get(handler, QStringLiteral("Number=%2B18018018013")).status, 200);
        QCOMPARE(f.json.value(QStringLiteral("MessageEnabled")), QJsonValue(true));
        QCOMPARE(f.json.value(QStringLiteral("Status")).toString(), QStringLiteral("Suspended"));
    }

    void notOfTheAccount()
    {
        HandlerFixture f;
        NumberDetailsHandler handler(&f.state);
        for (const QString &account : {QStringLiteral("DID-sandbox"), QStringLiteral("DID-other")}) {
            const QString query =
                QStringLiteral("Number=%2B") +
                (account == QLatin1String("DID-sandbox") ? QLatin1String("18015552345") : QLatin1String("18018018011"));
            QCOMPARE(f.get(handler, query, account).status, 404);
            QCOMPARE(f.json.value(QStringLiteral("StatusCode")).toInt(), 404);
            QCOMPARE(
                f.json.value(QStringLiteral("Message")).toString(),
                QStringLiteral("Not found: the requested resource does not exist or belongs to a different account."));
        }
    }

    // A literal '+' is a space in a query string, as the real API reads it: the client must send %2B.
    void missingOrInvalidNumber()
    {
        HandlerFixture f;
        NumberDetailsHandler handler(&f.state);
        for (const char *query :
             {"", "Number=", "Number=8018018011", "Number=+18018018011", "PhoneNumber=%2B18018018011"}) {
            QCOMPARE(f.get(handler, QLatin1String(query)).status, 400);
            QCOMPARE(f.json.value(QStringLiteral("StatusCode")).toInt(), 400);
        }
    }

    void listFromTheOptions()
    {
        HandlerFixture f;
        SimNumber own{QStringLiteral("+18015550101"), QStringLiteral("Active"), true, QStringLiteral("MRID-x")};
        own.accountKey = QStringLiteral("DID-other");
        f.options.numbers = {own};
        NumberDetailsHandler handler(&f.state);
        QCOMPARE(f.get(handler, QStringLiteral("Number=%2B18015550101"), QStringLiteral("DID-other")).status, 200);
        QCOMPARE(f.get(handler, QStringLiteral("Number=%2B18015550101")).status, 404); // another account's
        QCOMPARE(f.get(handler, QStringLiteral("Number=%2B18018018011")).status, 404); // defaults replaced
    }
};

QTEST_GUILESS_MAIN(TestNumberDetailsHandler)
#include "tst_numberdetailshandler.moc"
