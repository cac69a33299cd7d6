#include <QTest>

#include "domain/validation/UsStates.h"

using namespace portdesk;

Q_DECLARE_METATYPE(portdesk::StateCodeKind)

class TestUsStates : public QObject
{
    Q_OBJECT
private slots:
    // The 50 states, DC and the five NANP territories.
    void allowedSet()
    {
        const QStringList codes = allowedStateCodes();
        QCOMPARE(codes.size(), 56);
        for (const char *c : {"DC", "PR", "VI", "GU", "MP", "AS", "UT", "NY", "CA", "AK", "HI"})
            QVERIFY2(codes.contains(QLatin1String(c)), c);
        for (const char *c : {"FM", "MH", "PW", "AA", "AE", "AP"})
            QVERIFY2(!codes.contains(QLatin1String(c)), c);
    }

    void kind_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<StateCodeKind>("kind");
        QTest::newRow("UT") << "UT" << StateCodeKind::Allowed;
        QTest::newRow("lower case") << "ut" << StateCodeKind::Allowed;
        QTest::newRow("spaces") << " ny " << StateCodeKind::Allowed;
        QTest::newRow("AS") << "AS" << StateCodeKind::Allowed;
        QTest::newRow("FM") << "FM" << StateCodeKind::OutsideNanp;
        QTest::newRow("MH") << "MH" << StateCodeKind::OutsideNanp;
        QTest::newRow("PW") << "pw" << StateCodeKind::OutsideNanp;
        QTest::newRow("AA") << "AA" << StateCodeKind::Military;
        QTest::newRow("AE") << "AE" << StateCodeKind::Military;
        QTest::newRow("AP") << "ap" << StateCodeKind::Military;
        QTest::newRow("XX") << "XX" << StateCodeKind::Unknown;
        QTest::newRow("name") << "Utah" << StateCodeKind::Unknown;
        QTest::newRow("empty") << "" << StateCodeKind::Unknown;
    }
    void kind()
    {
        QFETCH(QString, code);
        QFETCH(StateCodeKind, kind);
        QCOMPARE(stateCodeKind(code), kind);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("Utah") << "Utah"
                              << "UT";
        QTest::newRow("lower case") << "new york"
                                    << "NY";
        QTest::newRow("dots") << "U.S. Virgin Islands"
                              << "VI";
        QTest::newRow("short territory name") << "Virgin Islands"
                                              << "VI";
        QTest::newRow("DC") << "Washington, D.C."
                            << "DC";
        QTest::newRow("not a name") << "Utopia"
                                    << "";
        QTest::newRow("a code is not a name") << "UT"
                                              << "";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(stateCodeForName(name), code);
        if (!code.isEmpty())
            QVERIFY(!stateName(code).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsStates)
#include "tst_usstates.moc"
