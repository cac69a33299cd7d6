#include <QTest>

#include "IssueChecks.h"

#include "domain/validation/AccountRules.h"
#include "domain/validation/FieldNames.h"

using namespace portdesk;
using namespace portdesk::test;

class TestAccountRules : public QObject
{
    Q_OBJECT
private slots:
    void carrierName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known") << "Verizon"
                               << "";
        QTest::newRow("not in the list is fine") << "Smalltown Cellular"
                                                 << "";
        QTest::newRow("empty") << ""
                               << "error:carrier.required";
        QTest::newRow("blank") << "  "
                               << "error:carrier.required";
    }
    void carrierName()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const FieldIssues issues = validateCarrierName(value);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::CurrentCarrierName);
    }

    void accountNumber_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        const QString n = QStringLiteral("+18015552345");
        QTest::newRow("digits") << "123456789" << n << "";
        QTest::newRow("letters, digits, dashes") << "ABC-123-xyz" << n << "";
        QTest::newRow("surrounding spaces") << "  123456789 " << n << "";
        QTest::newRow("30 characters") << QString(30, QLatin1Char('7')) << n << "";
        QTest::newRow("31 characters") << QString(31, QLatin1Char('7')) << n << "error:account.too-long";
        QTest::newRow("empty") << "" << n << "error:account.required";
        QTest::newRow("blank") << "   " << n << "error:account.required";
        QTest::newRow("inner space") << "1234 5678" << n << "error:account.characters";
        QTest::newRow("hash") << "12#45" << n << "error:account.characters";
        QTest::newRow("slash") << "1234/5678" << n << "error:account.characters";
        QTest::newRow("dot") << "1234.5678" << n << "error:account.characters";
        QTest::newRow("accented letter") << QStringLiteral("12\u00e94") << n << "error:account.characters";
        QTest::newRow("too long and bad characters")
            << QString(31, QLatin1Char('*')) << n << "error:account.characters error:account.too-long";
        QTest::newRow("equals the number") << "8015552345" << n << "warning:account.equals-number";
        QTest::newRow("equals the number, dashes") << "801-555-2345"
                                                   << "(801) 555-2345"
                                                   << "warning:account.equals-number";
        QTest::newRow("equals the number with 1") << "18015552345" << n << "warning:account.equals-number";
        QTest::newRow("another number") << "8015552345"
                                        << "+18015552346"
                                        << "";
        QTest::newRow("no number to compare") << "8015552345"
                                              << ""
                                              << "";
        QTest::newRow("unreadable number") << "8015552345"
                                           << "801-555-2345 x1"
                                           << "";
    }
    void accountNumber()
    {
        QFETCH(QString, value);
        QFETCH(QString, number);
        QFETCH(QString, expected);
        const FieldIssues issues = validateAccountNumber(value, number);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::CurrentAccountNumber);
    }

    void password_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("expected");
        const QString other = QStringLiteral("US Cellular");
        QTest::newRow("4 digits") << "1234" << other << "";
        QTest::newRow("15 digits") << "123456789012345" << other << "";
        QTest::newRow("no carrier yet") << "123456"
                                        << ""
                                        << "";
        QTest::newRow("empty") << "" << other << "error:password.required";
        QTest::newRow("blank") << "  " << other << "error:password.required";
        QTest::newRow("3 characters") << "123" << other << "warning:password.length";
        QTest::newRow("16 characters") << "1234567890123456" << other << "warning:password.length";
        QTest::newRow("letters") << "abcd" << other << "warning:password.not-digits";
        QTest::newRow("digits and a dash") << "12-34" << other << "warning:password.not-digits";
        QTest::newRow("short letters") << "ab" << other << "warning:password.length warning:password.not-digits";
        // The big three (and Metro) always get the Number Transfer PIN coaching.
        QTest::newRow("Verizon Wireless") << "123456"
                                          << "Verizon Wireless"
                                          << "hint:password.transfer-pin";
        QTest::newRow("verizon") << "123456"
                                 << "verizon"
                                 << "hint:password.transfer-pin";
        QTest::newRow("at&t") << "123456"
                              << "at&t"
                              << "hint:password.transfer-pin";
        QTest::newRow("AT&T Mobility") << "123456"
                                       << "AT&T Mobility"
                                       << "hint:password.transfer-pin";
        QTest::newRow("T-Mobile") << "123456"
                                  << "T-Mobile"
                                  << "hint:password.transfer-pin";
        QTest::newRow("Metro by T-Mobile") << "123456"
                                           << "Metro by T-Mobile"
                                           << "hint:password.transfer-pin";
        QTest::newRow("MetroPCS") << "123456"
                                  << "MetroPCS"
                                  << "hint:password.transfer-pin";
        QTest::newRow("empty PIN, Verizon") << ""
                                            << "Verizon"
                                            << "error:password.required hint:password.transfer-pin";
        QTest::newRow("account password, AT&T") << "hunter2"
                                                << "AT&T"
                                                << "warning:password.not-digits hint:password.transfer-pin";
        QTest::newRow("Cricket is not AT&T") << "123456"
                                             << "Cricket Wireless"
                                             << "";
        QTest::newRow("Total by Verizon") << "123456"
                                          << "Total by Verizon"
                                          << "";
        QTest::newRow("Visible") << "123456"
                                 << "Visible"
                                 << "";
    }
    void password()
    {
        QFETCH(QString, value);
        QFETCH(QString, carrier);
        QFETCH(QString, expected);
        const FieldIssues issues = validateAccountPassword(value, carrier);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::CurrentAccountPassword);
    }

    // The hint names the carrier's own lock switch and the Number Transfer PIN.
    void transferPinHint_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("lockName");
        QTest::addColumn<QString>("howToGet");
        QTest::newRow("Verizon") << "Verizon"
                                 << "Number Lock"
                                 << "#PORT";
        QTest::newRow("AT&T") << "AT&T"
                              << "Wireless Account Lock"
                              << "*PORT";
        QTest::newRow("T-Mobile") << "T-Mobile"
                                  << "Port Out Protection"
                                  << "app";
        QTest::newRow("Metro") << "Metro by T-Mobile"
                               << "Port Out Protection"
                               << "app";
    }
    void transferPinHint()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, lockName);
        QFETCH(QString, howToGet);
        const FieldIssues issues = validateAccountPassword(QStringLiteral("123456"), carrier);
        QCOMPARE(issues.size(), 1);
        const QString &message = issues.first().message;
        QVERIFY2(message.contains(QLatin1String("Number Transfer PIN")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("6-digit")), qPrintable(message));
        QVERIFY2(message.contains(lockName), qPrintable(message));
        QVERIFY2(message.contains(howToGet), qPrintable(message));
    }

    void subscriberName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << "Jane Q. Public"
                              << "";
        QTest::newRow("business") << "Acme Plumbing LLC"
                                  << "";
        QTest::newRow("empty is recommended") << ""
                                              << "warning:subscriber.recommended";
        QTest::newRow("blank") << "   "
                               << "warning:subscriber.recommended";
    }
    void subscriberName()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const FieldIssues issues = validateSubscriberName(value);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::SubscriberName);
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
