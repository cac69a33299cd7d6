#include <QTest>

#include "IssueChecks.h"

#include "domain/validation/FieldNames.h"
#include "domain/validation/PortDateRules.h"

using namespace portdesk;
using namespace portdesk::test;

// The update's requested port date: optional, a real YYYY-MM-DD date, never before today.
class TestPortDateRules : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty: not changing the date") << ""
                                                      << "";
        QTest::newRow("blank") << "   "
                               << "";
        QTest::newRow("today") << "2026-03-10"
                               << "";
        QTest::newRow("tomorrow") << "2026-03-11"
                                  << "";
        QTest::newRow("next year, spaces trimmed") << " 2027-01-04 "
                                                   << "";
        QTest::newRow("leap day") << "2028-02-29"
                                  << "";
        QTest::newRow("yesterday") << "2026-03-09"
                                   << "error:portdate.past";
        QTest::newRow("last year") << "2025-12-31"
                                   << "error:portdate.past";
        QTest::newRow("no leap day in 2027") << "2027-02-29"
                                             << "error:portdate.invalid";
        QTest::newRow("month 13") << "2026-13-01"
                                  << "error:portdate.invalid";
        QTest::newRow("day 32") << "2026-05-32"
                                << "error:portdate.invalid";
        QTest::newRow("US form") << "04/23/2026"
                                 << "error:portdate.format";
        QTest::newRow("no zero padding") << "2026-4-3"
                                         << "error:portdate.format";
        QTest::newRow("words") << "next friday"
                               << "error:portdate.format";
        QTest::newRow("with a time") << "2026-04-23T10:00"
                                     << "error:portdate.format";
    }
    void rules()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const FieldIssues issues = validatePortInDate(value, QDate(2026, 3, 10));
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::PortInDate);
    }

    void messagesNameTheDateAndToday()
    {
        const FieldIssues past = validatePortInDate(QStringLiteral("2026-03-09"), QDate(2026, 3, 10));
        QCOMPARE(past.size(), 1);
        QVERIFY(past.first().message.contains(QLatin1String("2026-03-09")));
        QVERIFY(past.first().message.contains(QLatin1String("2026-03-10")));
        const FieldIssues format = validatePortInDate(QStringLiteral("4/23"), QDate(2026, 3, 10));
        QVERIFY(format.first().message.contains(QLatin1String("YYYY-MM-DD")));
    }

    void todayMovesWithTheClock()
    {
        // The same value passes one day and is refused the next: "today" comes from the caller.
        QVERIFY(validatePortInDate(QStringLiteral("2026-03-10"), QDate(2026, 3, 10)).isEmpty());
        QCOMPARE(summary(validatePortInDate(QStringLiteral("2026-03-10"), QDate(2026, 3, 11))),
                 QStringLiteral("error:portdate.past"));
    }
};

QTEST_MAIN(TestPortDateRules)
#include "tst_portdaterules.moc"
