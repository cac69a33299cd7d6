#include <QJsonArray>
#include <QTest>

#include "HandlerFixture.h"
#include "sandbox/handlers/EligibilityHandler.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// POST /numbers/portin/eligibility alone: the answers tst_simulatorengine does not reach.
class TestEligibilityHandler : public QObject
{
    Q_OBJECT

    static QJsonObject check(const QString &number)
    {
        return {{QStringLiteral("PhoneNumber"), number},
                {QStringLiteral("TargetClassification"), QStringLiteral("mvno")}};
    }

private slots:
    void formatIsAProblem()
    {
        HandlerFixture f;
        EligibilityHandler handler(&f.state);
        QCOMPARE(f.post(handler, check(QStringLiteral("801-555-2345"))).status, 400);
        QCOMPARE(f.problem(QStringLiteral("$.PhoneNumber")),
                 QStringLiteral("Invalid phone number format. Must be in E.164 format."));
        QCOMPARE(f.post(handler, {{QStringLiteral("TargetClassification"), QStringLiteral("mvno")}}).status, 400);
        QCOMPARE(f.problem(QStringLiteral("PhoneNumber")), QStringLiteral("The PhoneNumber field is required."));
    }

    void notEligibleAnswers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("not NANP") << "+33123456789"
                                  << "mobile"
                                  << "Only US and NANP numbers (+1) can be ported in.";
        QTest::newRow("toll-free") << "+18335552345"
                                   << "tollfree"
                                   << "Toll-free and premium numbers cannot be ported into a mobile classification.";
        QTest::newRow("inactive") << "+18015550000"
                                  << "mobile"
                                  << "Number is not eligible for port-in: it is not active with its current carrier.";
    }
    void notEligibleAnswers()
    {
        QFETCH(QString, number);
        QFETCH(QString, type);
        QFETCH(QString, message);
        HandlerFixture f;
        EligibilityHandler handler(&f.state);
        QCOMPARE(f.post(handler, check(number)).status, 200); // "no" is an answer, not an error
        QCOMPARE(f.json, (QJsonObject{{QStringLiteral("PhoneNumber"), number},
                                      {QStringLiteral("Eligible"), false},
                                      {QStringLiteral("CurrentCarrier"), QString()},
                                      {QStringLiteral("NumberType"), type},
                                      {QStringLiteral("Message"), message}}));
    }

    void eligibleNamesTheCarrier()
    {
        HandlerFixture f;
        EligibilityHandler handler(&f.state);
        // The number-lock trigger needs Verizon as its carrier, whatever the area code says.
        QCOMPARE(f.post(handler, check(QStringLiteral("+12125550006"))).status, 200);
        QCOMPARE(f.json, (QJsonObject{{QStringLiteral("PhoneNumber"), QStringLiteral("+12125550006")},
                                      {QStringLiteral("Eligible"), true},
                                      {QStringLiteral("CurrentCarrier"), QStringLiteral("Verizon")},
                                      {QStringLiteral("NumberType"), QStringLiteral("mobile")},
                                      {QStringLiteral("Message"), QStringLiteral("Number is eligible for port-in")}}));
    }
};

QTEST_GUILESS_MAIN(TestEligibilityHandler)
#include "tst_eligibilityhandler.moc"
