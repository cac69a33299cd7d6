#include <QTest>

#include "domain/validation/Carriers.h"

using namespace portdesk;

Q_DECLARE_METATYPE(portdesk::CarrierBrand)

class TestCarriers : public QObject
{
    Q_OBJECT
private slots:
    void knownCarriersFromResource()
    {
        const QStringList names = knownCarriers();
        QVERIFY2(names.size() >= 15, qPrintable(names.join(QLatin1String(", "))));
        for (const char *name : {"Verizon", "AT&T", "T-Mobile", "Metro by T-Mobile", "US Cellular", "Cricket Wireless",
                                 "Boost Mobile", "Visible", "Google Fi", "Mint Mobile", "Consumer Cellular",
                                 "Straight Talk", "Tracfone", "Xfinity Mobile", "Spectrum Mobile"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        for (const QString &name : names) {
            QVERIFY(!name.isEmpty());
            QVERIFY2(!name.startsWith(QLatin1Char('#')), qPrintable(name));
            QCOMPARE(name, name.trimmed());
            QCOMPARE(names.count(name), 1);
        }
    }

    void parse()
    {
        const QString text = QStringLiteral("# comment\nAlpha\n\n  beta  \r\nALPHA\n#Gamma\nBeta\n");
        QCOMPARE(parseCarrierList(text), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta")}));
        QVERIFY(parseCarrierList(QString()).isEmpty());
    }

    void brand_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<CarrierBrand>("brand");
        QTest::newRow("Verizon") << "Verizon" << CarrierBrand::Verizon;
        QTest::newRow("Verizon Wireless") << "Verizon Wireless" << CarrierBrand::Verizon;
        QTest::newRow("verizon lower") << " verizon " << CarrierBrand::Verizon;
        QTest::newRow("AT&T") << "AT&T" << CarrierBrand::Att;
        QTest::newRow("at&t lower") << "at&t" << CarrierBrand::Att;
        QTest::newRow("AT & T") << "AT & T" << CarrierBrand::Att;
        QTest::newRow("AT and T") << "AT and T" << CarrierBrand::Att;
        QTest::newRow("ATT") << "ATT" << CarrierBrand::Att;
        QTest::newRow("AT&T Mobility") << "AT&T Mobility" << CarrierBrand::Att;
        QTest::newRow("T-Mobile") << "T-Mobile" << CarrierBrand::TMobile;
        QTest::newRow("t mobile") << "t mobile" << CarrierBrand::TMobile;
        QTest::newRow("TMobile") << "TMobile" << CarrierBrand::TMobile;
        QTest::newRow("T-Mobile USA") << "T-Mobile USA" << CarrierBrand::TMobile;
        QTest::newRow("Metro by T-Mobile") << "Metro by T-Mobile" << CarrierBrand::Metro;
        QTest::newRow("MetroPCS") << "MetroPCS" << CarrierBrand::Metro;
        QTest::newRow("Metro PCS") << "Metro PCS" << CarrierBrand::Metro;
        QTest::newRow("Metro") << "metro" << CarrierBrand::Metro;
        QTest::newRow("Total by Verizon") << "Total by Verizon" << CarrierBrand::Other;
        QTest::newRow("Cricket") << "Cricket Wireless" << CarrierBrand::Other;
        QTest::newRow("Visible") << "Visible" << CarrierBrand::Other;
        QTest::newRow("Metronet") << "Metronet" << CarrierBrand::Other;
        QTest::newRow("Attune") << "Attune Wireless" << CarrierBrand::Other;
        QTest::newRow("empty") << "" << CarrierBrand::Other;
    }
    void brand()
    {
        QFETCH(QString, name);
        QFETCH(CarrierBrand, brand);
        QCOMPARE(carrierBrand(name), brand);
    }
};

QTEST_GUILESS_MAIN(TestCarriers)
#include "tst_carriers.moc"
