#include <QTest>

#include "IssueChecks.h"

#include "domain/validation/FieldNames.h"
#include "domain/validation/IccidRules.h"

using namespace portdesk;
using namespace portdesk::test;

// Luhn-correct values were computed for these tests and are cross-checked by luhn() below:
// 8901260123456789011 (19), 89014103211118510720 (20), 8914800000123456788 (19, 891 form),
// 8944000000123456783 (19, UK issuer), 89883070000012345672 (20, global IoT issuer),
// 1234567890123456785 (19, no 89).
class TestIccidRules : public QObject
{
    Q_OBJECT
private slots:
    void luhn_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("textbook 79927398713") << "79927398713" << true;
        QTest::newRow("textbook, wrong check digit") << "79927398710" << false;
        QTest::newRow("19-digit ICCID") << "8901260123456789011" << true;
        QTest::newRow("20-digit ICCID") << "89014103211118510720" << true;
        QTest::newRow("UK ICCID") << "8944000000123456783" << true;
        QTest::newRow("891 ICCID") << "8914800000123456788" << true;
        QTest::newRow("IoT ICCID") << "89883070000012345672" << true;
        QTest::newRow("no 89") << "1234567890123456785" << true;
        QTest::newRow("19-digit, last digit off by one") << "8901260123456789012" << false;
        QTest::newRow("two digits swapped") << "8901260123456789101" << false;
        QTest::newRow("letter") << "89012601234567890A1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void luhn()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(luhnValid(digits), valid);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("expected");
        QTest::newRow("optional: empty") << ""
                                         << ""
                                         << "";
        QTest::newRow("optional: blank") << "  "
                                         << ""
                                         << "";
        QTest::newRow("19 digits") << "8901260123456789011"
                                   << "8901260123456789011"
                                   << "";
        QTest::newRow("20 digits") << "89014103211118510720"
                                   << "89014103211118510720"
                                   << "";
        QTest::newRow("F filler stripped") << "8901260123456789011F"
                                           << "8901260123456789011"
                                           << "";
        QTest::newRow("f filler stripped") << "8901260123456789011f"
                                           << "8901260123456789011"
                                           << "";
        QTest::newRow("spaces trimmed") << " 8901260123456789011 "
                                        << "8901260123456789011"
                                        << "";
        QTest::newRow("wrong check digit") << "8901260123456789012"
                                           << "8901260123456789012"
                                           << "error:iccid.check-digit";
        QTest::newRow("wrong check digit, 20") << "89014103211118510721"
                                               << "89014103211118510721"
                                               << "error:iccid.check-digit";
        QTest::newRow("wrong check digit, filler") << "8901260123456789012F"
                                                   << "8901260123456789012"
                                                   << "error:iccid.check-digit";
        QTest::newRow("no 89") << "1234567890123456785"
                               << "1234567890123456785"
                               << "error:iccid.prefix";
        QTest::newRow("no 89, wrong check digit") << "1234567890123456780"
                                                  << "1234567890123456780"
                                                  << "error:iccid.prefix error:iccid.check-digit";
        QTest::newRow("US, 891 form") << "8914800000123456788"
                                      << "8914800000123456788"
                                      << "";
        QTest::newRow("not a US SIM") << "8944000000123456783"
                                      << "8944000000123456783"
                                      << "hint:iccid.not-us";
        QTest::newRow("global IoT issuer") << "89883070000012345672"
                                           << "89883070000012345672"
                                           << "hint:iccid.not-us";
        QTest::newRow("letters") << "89012601234567890A1"
                                 << "89012601234567890A1"
                                 << "error:iccid.characters";
        QTest::newRow("grouped with spaces") << "8901 2601 2345 6789 011"
                                             << "8901 2601 2345 6789 011"
                                             << "error:iccid.characters";
        // The filler is only a 20th character: a 19-character value ending in F is a typo.
        QTest::newRow("F on 19 characters") << "890126012345678901F"
                                            << "890126012345678901F"
                                            << "error:iccid.characters";
        QTest::newRow("18 digits") << "890126012345678906"
                                   << "890126012345678906"
                                   << "error:iccid.length";
        QTest::newRow("21 digits") << "890141032111185107201"
                                   << "890141032111185107201"
                                   << "error:iccid.length";
    }
    void validate()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(QString, expected);
        const FieldIssues issues = validateIccid(value);
        QCOMPARE(summary(issues), expected);
        QCOMPARE(normalizeIccid(value), normalized);
        for (const FieldIssue &issue : issues) {
            QCOMPARE(issue.field, FieldName::Iccid);
            QVERIFY2(issue.message.size() > 20, qPrintable(issue.code));
        }
    }

    // The agent is told what to do: re-read the last digit on the card.
    void checkDigitMessageNamesTheLastDigit()
    {
        const FieldIssues issues = validateIccid(QStringLiteral("8901260123456789012"));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(QLatin1String("last digit")), qPrintable(issues.first().message));
        QVERIFY2(issues.first().message.contains(QLatin1String("SIM")), qPrintable(issues.first().message));
    }
};

QTEST_GUILESS_MAIN(TestIccidRules)
#include "tst_iccidrules.moc"
