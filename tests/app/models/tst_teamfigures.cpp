// The Dashboard's figures from a registry in memory, with orders on known dates: throughput per
// business day (weekends on the Friday before), open orders by age, rejection causes by carrier
// code, the median time to complete, per-agent counts, and the CSV. A team database's desks
// seeing each other's orders: tst_teamregistry.
#include <QTest>

#include <ctime>

#include "TestRegistry.h"
#include "common/Clock.h"
#include "domain/CarrierCodes.h"
#include "models/CsvExport.h"
#include "models/TeamFigures.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toMSecsSinceEpoch(); // local, as shown
}

bool submit(OrderRegistry &registry, const QString &id, const QString &who, qint64 ms, int i)
{
    SubmitResult result;
    result.orderId = id;
    result.status = QStringLiteral("Pending");
    result.phoneNumber = numberFor(i);
    return registry.recordSubmitted(samplePortIn(numberFor(i)), result, who, ms);
}

bool answer(OrderRegistry &registry, const QString &id, const QString &status, qint64 ms, const QString &message = {})
{
    return registry.applyStatus(details(id, status, message), ms);
}

const QString k8A = QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT");

} // namespace

class TestTeamFigures : public QObject
{
    Q_OBJECT

    // Wednesday 9 December 2026, late afternoon (the window starts Thursday 29 October), on the
    // desk's clock, made after initTestCase chose the zone.
    static QDate today() { return ManualClock(at(12, 9, 17)).nowUtc().toLocalTime().date(); }

    // alice: A (open, 2 days), B (open, overdue), E (completed in 4), I (completed in 2, before the window)
    // bob:   C (submitted on a Saturday, 8A), D (8A twice, completed in 3), F (completed on a Saturday, in 1)
    // carol: R (Rejected, 1P), U (unknown outcome)    dave: T (tracked, complete at its first answer)
    static void fill(OrderRegistry &r)
    {
        const QString alice = QStringLiteral("alice"), bob = QStringLiteral("bob");
        QVERIFY(submit(r, QStringLiteral("JNUOID-A"), alice, at(12, 7), 1));
        QVERIFY(submit(r, QStringLiteral("JNUOID-B"), alice, at(11, 27), 2));
        QVERIFY(submit(r, QStringLiteral("JNUOID-C"), bob, at(12, 5), 3));
        QVERIFY(answer(r, QStringLiteral("JNUOID-C"), QStringLiteral("Error"), at(12, 7), k8A));
        QVERIFY(submit(r, QStringLiteral("JNUOID-D"), bob, at(11, 30), 4));
        QVERIFY(answer(r, QStringLiteral("JNUOID-D"), QStringLiteral("Error"), at(12, 1), k8A));
        QVERIFY(answer(r, QStringLiteral("JNUOID-D"), QStringLiteral("Pending"), at(12, 2, 9)));
        QVERIFY(answer(r, QStringLiteral("JNUOID-D"), QStringLiteral("Error"), at(12, 2, 15), k8A));
        QVERIFY(answer(r, QStringLiteral("JNUOID-D"), QStringLiteral("Completed"), at(12, 3)));
        QVERIFY(submit(r, QStringLiteral("JNUOID-E"), alice, at(12, 1), 5));
        QVERIFY(answer(r, QStringLiteral("JNUOID-E"), QStringLiteral("Scheduled"), at(12, 4)));
        QVERIFY(answer(r, QStringLiteral("JNUOID-E"), QStringLiteral("Completed"), at(12, 7)));
        QVERIFY(submit(r, QStringLiteral("JNUOID-F"), bob, at(12, 3), 6));
        QVERIFY(answer(r, QStringLiteral("JNUOID-F"), QStringLiteral("Completed"), at(12, 5)));
        QVERIFY(submit(r, QStringLiteral("JNUOID-I"), alice, at(10, 1), 7));
        QVERIFY(answer(r, QStringLiteral("JNUOID-I"), QStringLiteral("Completed"), at(10, 5)));
        QVERIFY(submit(r, QStringLiteral("JNUOID-R"), QStringLiteral("carol"), at(12, 9), 8));
        QVERIFY(answer(r, QStringLiteral("JNUOID-R"), QStringLiteral("Rejected"), at(12, 9, 12),
                       QStringLiteral("1P-Other")));
        QVERIFY(!r.recordUnknownOutcome(samplePortIn(numberFor(9)), QStringLiteral("carol"), at(12, 8)).isEmpty());
        QVERIFY(r.recordTracked(QStringLiteral("JNUOID-T"), QStringLiteral("dave"), at(12, 8)));
        QVERIFY(answer(r, QStringLiteral("JNUOID-T"), QStringLiteral("Completed"), at(12, 8, 11)));
    }

private slots:
    void initTestCase()
    {
        // Local dates in a zone 5 h 45 min from UTC: a date rule that assumed whole hours fails.
        qputenv("TZ", "Asia/Kathmandu");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 12, 4), QTime(0, 1)).offsetFromUtc(), 5 * 3600 + 45 * 60);
    }

    void emptyRegistry()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        const TeamFigures f = TeamFigures::of(registry, today());
        QCOMPARE(f.days.size(), TeamFigures::kDays);
        QCOMPARE(f.days.constFirst().date, QDate(2026, 10, 29));
        QCOMPARE(f.days.constLast().date, QDate(2026, 12, 9));
        for (const TeamFigures::Day &d : f.days) {
            QVERIFY2(d.date.dayOfWeek() <= 5, qPrintable(d.date.toString(Qt::ISODate)));
            QCOMPARE(d.submitted + d.completed, 0);
        }
        QCOMPARE(f.openByAge, QList<int>(TeamFigures::kAgeBuckets, 0));
        QCOMPARE(f.open + f.overdue + f.needsAction + f.completed, 0);
        QVERIFY(!f.medianBusinessDaysToComplete);
        QVERIFY(f.rejections.isEmpty());
        QVERIFY(f.agents.isEmpty());
        QVERIFY(f.toCsv().startsWith(QStringLiteral("figure,value\r\nas_of,2026-12-09\r\nopen,0\r\noverdue,0\r\n"
                                                    "needs_action,0\r\ncompleted,0\r\n"
                                                    "median_business_days_to_complete,\r\n\r\n")));
        QVERIFY(f.toCsv().endsWith(QStringLiteral("\r\nagent,submitted,open,needs_action\r\n")));
    }

    void weekendsCountOnTheFridayBefore()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY(registry.openSqlite(QStringLiteral(":memory:"), &error));
        QVERIFY(submit(registry, QStringLiteral("JNUOID-S"), QStringLiteral("alice"), at(12, 6), 1)); // Sunday
        // Seen on a Sunday, the window ends on the Friday and the order counts there.
        // Minutes either side of midnight fall on their own days.
        const auto local = [](int day, int hour, int minute) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, minute)).toMSecsSinceEpoch();
        };
        QVERIFY(submit(registry, QStringLiteral("JNUOID-T"), QStringLiteral("alice"), local(3, 23, 59), 2));
        QVERIFY(submit(registry, QStringLiteral("JNUOID-F"), QStringLiteral("alice"), local(4, 0, 1), 3));
        const TeamFigures f = TeamFigures::of(registry, QDate(2026, 12, 6));
        QCOMPARE(f.days.constLast().date, QDate(2026, 12, 4));
        QCOMPARE(f.days.constLast().submitted, 2); // Friday's and Sunday's
        QCOMPARE(f.days.at(TeamFigures::kDays - 2).date, QDate(2026, 12, 3));
        QCOMPARE(f.days.at(TeamFigures::kDays - 2).submitted, 1);
        QCOMPARE(f.openByAge.at(0), 2);
        QCOMPARE(f.openByAge.at(1), 1); // Thursday's, on a Sunday
    }

    void everyFigure()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        fill(registry);
        if (QTest::currentTestFailed())
            return;
        const TeamFigures f = TeamFigures::of(registry, today());

        QHash<QDate, std::pair<int, int>> days; // the days with activity: submitted, completed
        for (const TeamFigures::Day &d : f.days) {
            QVERIFY(d.date.dayOfWeek() <= 5);
            if (d.submitted || d.completed)
                days.insert(d.date, {d.submitted, d.completed});
        }
        const QHash<QDate, std::pair<int, int>> expected{
            {QDate(2026, 11, 27), {1, 0}}, // B
            {QDate(2026, 11, 30), {1, 0}}, // D
            {QDate(2026, 12, 1), {1, 0}},  // E
            {QDate(2026, 12, 3), {1, 1}},  // F submitted, D completed
            {QDate(2026, 12, 4), {1, 1}},  // C and F on Saturday
            {QDate(2026, 12, 7), {1, 1}},  // A, E completed
            {QDate(2026, 12, 8), {1, 0}},  // T (its completion date is not known); U not received
            {QDate(2026, 12, 9), {1, 0}},  // R
        };
        QCOMPARE(days, expected);

        QCOMPARE(f.open, 2);
        QCOMPARE(f.openByAge, (QList<int>{0, 0, 1, 0, 0, 1})); // A after 2 business days, B after 8
        QCOMPARE(f.overdue, 1);
        QCOMPARE(f.needsAction, 3); // C, R and the unknown outcome
        QCOMPARE(f.completed, 4);   // I, D, E, F: 2, 3, 4 and 1 business days
        QVERIFY(f.medianBusinessDaysToComplete);
        QCOMPARE(*f.medianBusinessDaysToComplete, 2.5);

        QCOMPARE(f.rejections.size(), 2);
        QCOMPARE(f.rejections.at(0).code, QStringLiteral("8A"));
        QCOMPARE(f.rejections.at(0).events, 3);
        QCOMPARE(f.rejections.at(0).orders, 2);
        QCOMPARE(f.rejections.at(0).hint, adviceFor(k8A).hint);
        QVERIFY(!f.rejections.at(0).hint.isEmpty());
        QCOMPARE(f.rejections.at(1).code, QStringLiteral("1P"));
        QCOMPARE(f.rejections.at(1).events, 1);
        QCOMPARE(f.rejections.at(1).orders, 1);

        QCOMPARE(f.agents.size(), 4);
        const auto agent = [&](int i) {
            const TeamFigures::Agent &a = f.agents.at(i);
            return QStringLiteral("%1 %2 %3 %4").arg(a.name).arg(a.submitted).arg(a.open).arg(a.needsAction);
        };
        QCOMPARE(agent(0), QStringLiteral("alice 3 2 0")); // I is before the window
        QCOMPARE(agent(1), QStringLiteral("bob 3 0 1"));
        QCOMPARE(agent(2), QStringLiteral("carol 1 0 2"));
        QCOMPARE(agent(3), QStringLiteral("dave 1 0 0"));

        const QString csv = f.toCsv();
        QVERIFY2(csv.startsWith(QStringLiteral("figure,value\r\nas_of,2026-12-09\r\nopen,2\r\noverdue,1\r\n"
                                               "needs_action,3\r\ncompleted,4\r\n"
                                               "median_business_days_to_complete,2.5\r\n\r\n"
                                               "business_day,submitted,completed\r\n2026-10-29,0,0\r\n")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("\r\n2026-12-03,1,1\r\n2026-12-04,1,1\r\n2026-12-07,1,1\r\n"
                                            "2026-12-08,1,0\r\n2026-12-09,1,0\r\n\r\n")));
        QVERIFY(csv.contains(
            QStringLiteral("\r\nage_business_days,open\r\n0,0\r\n1,0\r\n2,1\r\n3,0\r\n4,0\r\n5+,1\r\n\r\n")));
        QVERIFY(csv.contains(
            QStringLiteral("\r\ncarrier_code,rejections,orders,hint\r\n8A,3,2,%1\r\n1P,1,1,%2\r\n\r\n")
                .arg(csvField(adviceFor(QStringLiteral("8A")).hint), csvField(adviceFor(QStringLiteral("1P")).hint))));
        QVERIFY(csv.endsWith(QStringLiteral("\r\nagent,submitted,open,needs_action\r\nalice,3,2,0\r\nbob,3,0,1\r\n"
                                            "carol,1,0,2\r\ndave,1,0,0\r\n")));
        QCOMPARE(csv.count(QStringLiteral("\r\n\r\n")), 4); // five sections
    }
};

QTEST_GUILESS_MAIN(TestTeamFigures)
#include "tst_teamfigures.moc"
