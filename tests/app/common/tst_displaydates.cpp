#include <QTest>

#include "common/DisplayDates.h"

using namespace portdesk;

// The GUI's dates: the month as a word and the year in full, in each locale's own order.
class TestDisplayDates : public QObject
{
    Q_OBJECT
private slots:
    void mediumDatesNameTheMonth_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Jan 2, 2026");
        QTest::newRow("es_US") << QStringLiteral("es_US") << QStringLiteral("2 de ene de 2026");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("2 de ene de 2026");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("2 janv. 2026");
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("2 janv. 2026");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("2. Jan. 2026");
    }
    void mediumDatesNameTheMonth()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(mediumDate(QDate(2026, 1, 2), QLocale(locale)), expected);
    }

    void dayAndMonthDropsTheYear()
    {
        const QDate d(2026, 12, 4);
        QCOMPARE(dayAndMonth(d, QLocale(QStringLiteral("en_US"))), QStringLiteral("Dec 4"));
        QCOMPARE(dayAndMonth(d, QLocale(QStringLiteral("es_US"))), QStringLiteral("4 de dic"));
        QCOMPARE(dayAndMonth(d, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("4 déc."));
    }

    void dateAndTime()
    {
        const QDateTime at(QDate(2026, 1, 2), QTime(15, 4));
        QCOMPARE(mediumDateTime(at, QLocale(QStringLiteral("en_US"))), QStringLiteral("Jan 2, 2026 3:04 PM"));
        QCOMPARE(mediumDateTime(at, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("2 janv. 2026 15:04"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayDates)
#include "tst_displaydates.moc"
