#include <QTest>

#include "telegent/ErrorBody.h"

using namespace portdesk;

class TestErrorBody : public QObject
{
    Q_OBJECT
private slots:
    void statusMessageShape()
    {
        const ErrorBody b = parseErrorBody(R"({"StatusCode":400,"Message":"GENS-0041 No Port-In request found"})");
        QCOMPARE(b.shape, ErrorBody::Shape::StatusMessage);
        QCOMPARE(b.message, QStringLiteral("GENS-0041 No Port-In request found"));
        QVERIFY(b.fieldErrors.isEmpty());
    }

    void statusMessageNamingAFieldIsRoutedToIt()
    {
        const ErrorBody b = parseErrorBody(R"({"statuscode":400,"message":"Invalid $.PortInNumber: not E.164"})");
        QCOMPARE(b.shape, ErrorBody::Shape::StatusMessage);
        QCOMPARE(b.fieldErrors.keys(), QStringList{QStringLiteral("PortInNumber")});
    }

    void problemDetailsAnyCapitalisation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("lower (ASP.NET)") << QByteArray(
            R"({"type":"t","title":"One or more validation errors occurred.","status":400,"errors":{"$.PortInNumber":["Invalid phone number format. Must be in E.164 format."],"CurrentBillingAddress.Zip":["The Zip field is required."]},"traceId":"00-abc-01"})");
        QTest::newRow("Pascal (Postman 2025)") << QByteArray(
            R"({"Type":"t","Title":"One or more validation errors occurred.","Status":400,"Errors":{"$.PortInNumber":["Invalid phone number format. Must be in E.164 format."],"$.currentBillingAddress.zip":"The Zip field is required."},"TraceId":"00-abc-01"})");
    }
    void problemDetailsAnyCapitalisation()
    {
        QFETCH(QByteArray, body);
        const ErrorBody b = parseErrorBody(body);
        QCOMPARE(b.shape, ErrorBody::Shape::ProblemDetails);
        QCOMPARE(b.fieldErrors.value(QStringLiteral("PortInNumber")),
                 QStringList{QStringLiteral("Invalid phone number format. Must be in E.164 format.")});
        QCOMPARE(b.fieldErrors.value(QStringLiteral("CurrentBillingAddress.Zip")),
                 QStringList{QStringLiteral("The Zip field is required.")});
        QCOMPARE(b.traceId, QStringLiteral("00-abc-01"));
        QCOMPARE(b.message, QStringLiteral("One or more validation errors occurred."));
    }

    void plainText()
    {
        const ErrorBody b = parseErrorBody("Invalid CurrentAccountNumber\n");
        QCOMPARE(b.shape, ErrorBody::Shape::PlainText);
        QCOMPARE(b.message, QStringLiteral("Invalid CurrentAccountNumber"));
        QVERIFY(b.fieldErrors.contains(QStringLiteral("CurrentAccountNumber")));
    }

    void htmlIsNeverKept()
    {
        const ErrorBody b = parseErrorBody("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");
        QCOMPARE(b.shape, ErrorBody::Shape::Html);
        QVERIFY(b.message.isEmpty());
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated json") << QByteArray(R"({"StatusCode": 4)");
        QTest::newRow("json array") << QByteArray("[1,2,3]");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11);
        QTest::newRow("invalid utf-8") << QByteArray("caf\xc3\x28 error");
        QTest::newRow("huge text") << QByteArray(100'000, 'a');
        QTest::newRow("markup fragment (found by fuzzing)") << QByteArray("@@<html");
    }
    void garbage()
    {
        QFETCH(QByteArray, body);
        const ErrorBody b = parseErrorBody(body);
        QCOMPARE(b.shape, ErrorBody::Shape::Unreadable);
        QVERIFY(b.message.isEmpty());
    }

    void wrongTypesDoNotCrash()
    {
        const ErrorBody b = parseErrorBody(R"({"errors":{"$.PortInNumber":42,"Zip":[1,"bad zip"]},"title":7})");
        QCOMPARE(b.shape, ErrorBody::Shape::ProblemDetails);
        QCOMPARE(b.fieldErrors.value(QStringLiteral("CurrentBillingAddress.Zip")),
                 QStringList{QStringLiteral("bad zip")});
        QVERIFY(!b.fieldErrors.contains(QStringLiteral("PortInNumber")));
    }

    void markupInsideJsonIsNeutralised()
    {
        // Found by fuzzing: a title or message carrying markup must not be rendered by a label.
        const ErrorBody b = parseErrorBody(R"({"title":"bad <b>input</b>","errors":{"Zip":["<img src=x>"]}})");
        QVERIFY(!b.message.contains(QLatin1Char('<')));
        QVERIFY(b.message.contains(QLatin1String("input")));
        QVERIFY(!b.fieldErrors.value(QStringLiteral("CurrentBillingAddress.Zip"))
                     .join(QString())
                     .contains(QLatin1Char('<')));
    }

    void canonicalNames()
    {
        QCOMPARE(canonicalFieldName(QStringLiteral("$.portinnumber")), QStringLiteral("PortInNumber"));
        QCOMPARE(canonicalFieldName(QStringLiteral("Zip")), QStringLiteral("CurrentBillingAddress.Zip"));
        QCOMPARE(canonicalFieldName(QStringLiteral("$.Unknown")), QStringLiteral("Unknown"));
        QCOMPARE(fieldsNamedIn(QStringLiteral("CurrentBillingAddress.Zip is wrong")),
                 QStringList{QStringLiteral("CurrentBillingAddress.Zip")});
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_errorbody.moc"
