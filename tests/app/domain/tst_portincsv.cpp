#include <QTest>

#include "domain/PortInCsv.h"

using namespace portdesk;

class TestPortInCsv : public QObject
{
    Q_OBJECT

    static QByteArray header() { return PortInCsv::columns().join(QLatin1Char(',')).toUtf8(); }

private slots:
    void readsRowsWithQuotesAndLineNumbers()
    {
        const QByteArray csv =
            "\xef\xbb\xbf" + header() +
            "\r\n"
            "(801) 555-2345,Verizon,4651234567,918273,\"2701 N Thanksgiving Way, Bldg "
            "2\",,Lehi,UT,84043,,mvno,\"Doe, \"\"JJ\"\"\",verbal:Ann Lee\r\n"
            "\r\n"
            "8015552346,AT&T,11,2222,\"1 Main\nSt\",Suite 1,Provo,ut,84601,,iot,Ann,\"loa/ann, signed.pdf\"\n";
        const PortInCsv parsed = parsePortInCsv(csv);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 2);
        const PortInCsvRow &a = parsed.rows.at(0);
        QCOMPARE(a.row, 1);
        QCOMPARE(a.line, 2);
        QVERIFY(a.error.isEmpty());
        QCOMPARE(a.request.portInNumber, QStringLiteral("(801) 555-2345")); // normalised later, by the rules
        QCOMPARE(a.request.currentBillingAddress.street1, QStringLiteral("2701 N Thanksgiving Way, Bldg 2"));
        QCOMPARE(a.request.subscriberName, QStringLiteral("Doe, \"JJ\""));
        QCOMPARE(a.request.currentAccountPassword, QStringLiteral("918273"));
        QCOMPARE(a.authorization, QStringLiteral("verbal:Ann Lee")); // read by bulk/BulkAuthorization
        const PortInCsvRow &b = parsed.rows.at(1);
        QCOMPARE(b.row, 2);
        QCOMPARE(b.line, 4); // the blank line is skipped, not lost in the numbering
        QCOMPARE(b.request.currentBillingAddress.street1, QStringLiteral("1 Main\nSt"));
        QCOMPARE(b.request.currentBillingAddress.street2, QStringLiteral("Suite 1"));
        QCOMPARE(b.request.targetPortinClassification, QStringLiteral("iot"));
        QCOMPARE(b.authorization, QStringLiteral("loa/ann, signed.pdf"));
    }

    void columnsInAnyOrderAndCase()
    {
        QStringList cols = PortInCsv::columns();
        std::reverse(cols.begin(), cols.end());
        QByteArray csv = cols.join(QLatin1Char(',')).toLower().toUtf8() + "\n";
        csv += "received:mail 12,Ann,mvno,,84043,UT,Lehi,,1 Main St,1234,99,Verizon,8015552345\n";
        const PortInCsv parsed = parsePortInCsv(csv);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.constFirst().request.portInNumber, QStringLiteral("8015552345"));
        QCOMPARE(parsed.rows.constFirst().request.subscriberName, QStringLiteral("Ann"));
        QCOMPARE(parsed.rows.constFirst().authorization, QStringLiteral("received:mail 12"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("missing column") << QByteArray("PortInNumber,City\n8015552345,Lehi\n") << "CurrentCarrierName";
        QTest::newRow("no authorization column")
            << QByteArray(PortInCsv::columns().mid(0, 12).join(QLatin1Char(',')).toUtf8() + "\n")
            << "column(s) Authorization";
        QTest::newRow("twice") << (header() + ",City\n") << "twice";
        QTest::newRow("not utf-8") << (header() + "\n\xff\xfe,x\n") << "UTF-8";
        QTest::newRow("too large") << QByteArray(PortInCsv::kMaxBytes + 1, 'a') << "10 MiB";
    }
    void badFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, mentions);
        const PortInCsv parsed = parsePortInCsv(csv);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QVERIFY(parsed.rows.isEmpty());
    }

    void badRowsAreKeptWithTheirProblem()
    {
        const QByteArray csv = header() + "\n" + "8015552345,Verizon\n" + "\"8015552346,unclosed\n";
        const PortInCsv parsed = parsePortInCsv(csv);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), 2);
        QVERIFY(parsed.rows.at(0).error.contains(QLatin1String("2 fields")));
        QVERIFY(parsed.rows.at(1).error.contains(QLatin1String("never closed")));
        QCOMPARE(parsed.rows.at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestPortInCsv)
#include "tst_portincsv.moc"
