#include <QTest>

#include "domain/validation/UsStates.h"
#include "domain/validation/Zip3Table.h"

using namespace portdesk;

class TestZip3Table : public QObject
{
    Q_OBJECT
private slots:
    void builtInLoadsCleanly()
    {
        const Zip3Table &table = Zip3Table::builtIn();
        QVERIFY(!table.isEmpty());
        QVERIFY2(table.rangeCount() > 60, qPrintable(QString::number(table.rangeCount())));
        QCOMPARE(table.skippedLines(), 0);
        QCOMPARE(&Zip3Table::builtIn(), &table); // loaded once
    }

    // Every code an address may carry has at least one prefix, or its ZIPs would all warn.
    void builtInCoversEveryAllowedState()
    {
        QSet<QString> covered;
        for (int p = 0; p < 1000; ++p) {
            const QString prefix = QStringLiteral("%1").arg(p, 3, 10, QLatin1Char('0'));
            for (const QString &state : Zip3Table::builtIn().statesFor(prefix))
                covered.insert(state);
        }
        for (const QString &code : allowedStateCodes())
            QVERIFY2(covered.contains(code), qPrintable(code));
    }

    void builtInLookups_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QStringList>("states");
        QTest::newRow("Lehi") << "84043" << QStringList{QStringLiteral("UT")};
        QTest::newRow("ZIP+4") << "84043-1234" << QStringList{QStringLiteral("UT")};
        QTest::newRow("bare prefix") << "100" << QStringList{QStringLiteral("NY")};
        QTest::newRow("Holtsville 005") << "00501" << QStringList{QStringLiteral("NY")};
        QTest::newRow("055 is MA inside VT") << "05501" << QStringList{QStringLiteral("MA")};
        QTest::newRow("201 is VA inside DC") << "20166" << QStringList{QStringLiteral("VA")};
        QTest::newRow("967 HI and AS") << "96799" << QStringList{QStringLiteral("HI"), QStringLiteral("AS")};
        QTest::newRow("Alaska") << "99950" << QStringList{QStringLiteral("AK")};
        QTest::newRow("unused 000") << "00012" << QStringList();
        QTest::newRow("too short") << "12" << QStringList();
        QTest::newRow("not digits") << "ABCDE" << QStringList();
        QTest::newRow("empty") << "" << QStringList();
    }
    void builtInLookups()
    {
        QFETCH(QString, zip);
        QFETCH(QStringList, states);
        QCOMPARE(Zip3Table::builtIn().statesFor(zip), states);
    }

    // A damaged data file loses its bad lines, never the program.
    void malformedLinesAreSkipped()
    {
        const QString csv = QStringLiteral("# comment\n"
                                           "zip3_first,zip3_last,state\n"
                                           "840,847,UT\r\n"
                                           "\n"
                                           "garbage\n"
                                           "12,13,UT\n"
                                           "100,099,NY\n"
                                           "abc,def,NY\n"
                                           "100,100,utah\n"
                                           "100,100\n"
                                           "100,100,NY,extra\n"
                                           ",,\n"
                                           "100,149,NY\n");
        const Zip3Table table = Zip3Table::parse(csv);
        QCOMPARE(table.rangeCount(), 2);
        QCOMPARE(table.skippedLines(), 8);
        QCOMPARE(table.statesFor(QStringLiteral("84043")), QStringList{QStringLiteral("UT")});
        QCOMPARE(table.statesFor(QStringLiteral("12345")), QStringList{QStringLiteral("NY")});
        QVERIFY(table.statesFor(QStringLiteral("99501")).isEmpty());
    }
    void emptyText()
    {
        const Zip3Table table = Zip3Table::parse(QString());
        QVERIFY(table.isEmpty());
        QVERIFY(table.statesFor(QStringLiteral("84043")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZip3Table)
#include "tst_zip3table.moc"
