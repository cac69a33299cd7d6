#include <QTest>

#include "domain/BusinessDays.h"

using namespace portdesk;

// Ages and due dates in business days: weekends do not count.
class TestBusinessDays : public QObject
{
    Q_OBJECT
private slots:
    void between()
    {
        const QDate friday(2026, 12, 4);
        QCOMPARE(businessDaysBetween(friday, friday), 0);
        QCOMPARE(businessDaysBetween(friday, friday.addDays(1)), 0); // Saturday
        QCOMPARE(businessDaysBetween(friday, friday.addDays(3)), 1); // Monday
        QCOMPARE(businessDaysBetween(friday, friday.addDays(14)), 10);
        QCOMPARE(businessDaysBetween(friday.addDays(3), friday), 0); // backwards: none
    }

    void addBusinessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Mon+5 is next Mon") << QDate(2026, 11, 30) << 5 << QDate(2026, 12, 7);
        QTest::newRow("Wed+1") << QDate(2026, 12, 2) << 1 << QDate(2026, 12, 3);
        QTest::newRow("Fri+1 is Mon") << QDate(2026, 12, 4) << 1 << QDate(2026, 12, 7);
        QTest::newRow("Sat+1 is Mon") << QDate(2026, 12, 5) << 1 << QDate(2026, 12, 7);
        QTest::newRow("Sat+5 is Fri") << QDate(2026, 12, 5) << 5 << QDate(2026, 12, 11);
        QTest::newRow("Sun+10") << QDate(2026, 12, 6) << 10 << QDate(2026, 12, 18);
        QTest::newRow("zero") << QDate(2026, 12, 5) << 0 << QDate(2026, 12, 5);
    }
    void addBusinessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, count);
        QFETCH(QDate, expected);
        QCOMPARE(portdesk::addBusinessDays(from, count), expected);
        // The inverse of the age: a weekday `count` business days on is `count` business days old.
        if (count > 0)
            QCOMPARE(businessDaysBetween(from, expected), count);
    }

    void dueAndOverdue()
    {
        const QDate monday(2026, 11, 30);
        QCOMPARE(portDueDate(monday), QDate(2026, 12, 7));
        QVERIFY(!isPortOverdue(monday, QDate(2026, 12, 7))); // due today: not yet late
        QVERIFY(isPortOverdue(monday, QDate(2026, 12, 8)));
        QVERIFY(!isPortOverdue(QDate(), QDate(2026, 12, 8)));
    }
};

QTEST_GUILESS_MAIN(TestBusinessDays)
#include "tst_businessdays.moc"
