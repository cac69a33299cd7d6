#include <QTest>

#include "domain/AsYouTypeNumber.h"
#include "domain/PhoneNumber.h"

using namespace portdesk;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164"); // empty: refused
        QTest::newRow("pasted with brackets") << "(801) 555-2345"
                                              << "+18015552345";
        QTest::newRow("dots") << "801.555.2345"
                              << "+18015552345";
        QTest::newRow("leading 1") << "1 801 555 2345"
                                   << "+18015552345";
        QTest::newRow("+1") << "+1-801-555-2345"
                            << "+18015552345";
        QTest::newRow("plain digits") << "8015552345"
                                      << "+18015552345";
        QTest::newRow("extension x") << "801-555-2345 x123"
                                     << "";
        QTest::newRow("extension ext") << "801-555-2345 ext 5"
                                       << "";
        QTest::newRow("too short") << "555-2345"
                                   << "";
        QTest::newRow("too long") << "801555234567"
                                  << "";
        QTest::newRow("UK number") << "+44 20 7946 0958"
                                   << "";
        QTest::newRow("letters") << "801-CALL-NOW"
                                 << "";
        QTest::newRow("empty") << "  "
                               << "";
        QTest::newRow("leading zero (found by fuzzing)") << "07363331101"
                                                         << "";
        QTest::newRow("N'Ko digits (crashed libphonenumber, found by fuzzing)") << QString::fromUtf8("+\xdf\x87"
                                                                                                     ")"
                                                                                                     "\xdf\x87"
                                                                                                     "4"
                                                                                                     "\xdf\x87"
                                                                                                     ")4"
                                                                                                     "\xdf\x87"
                                                                                                     "49357 01")
                                                                                << "";
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\xd9\xa8"
                                                                  "\xd9\xa0"
                                                                  "\xd9\xa1"
                                                                  " 555 2345")
                                             << "";
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const NormalizedNumber n = normalizeUsNumber(input);
        QCOMPARE(n.e164, e164);
        QCOMPARE(n.ok(), !e164.isEmpty());
        QCOMPARE(n.error.isEmpty(), n.ok()); // a refusal always says why
    }

    void asYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("partial") << "801555"
                                 << "801-555";
        QTest::newRow("10 digits") << "8015552345"
                                   << "(801) 555-2345";
        // The validator reads ten digits as area code + number, leading 1 or not.
        QTest::newRow("10 digits starting with 1") << "1234567890"
                                                   << "(123) 456-7890";
        QTest::newRow("10 digits starting with 0") << "0123456789"
                                                   << "(012) 345-6789";
        QTest::newRow("leading 1 + 10 digits") << "18015552345"
                                               << "1 (801) 555-2345";
        QTest::newRow("+1") << "+18015552345"
                            << "+1 801-555-2345";
        QTest::newRow("letters left alone") << "801-CALL"
                                            << "801-CALL";
    }
    void asYouType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QCOMPARE(formatAsYouType(typed), shown);
    }

    void national()
    {
        QCOMPARE(formatNationalNumber(QStringLiteral("+18015552345")), QStringLiteral("(801) 555-2345"));
        QCOMPARE(formatNationalNumber(QStringLiteral("801-555")), QStringLiteral("801-555")); // not E.164: as is
        QCOMPARE(formatNationalNumber(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
