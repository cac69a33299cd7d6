#include <QTest>

#include "IssueChecks.h"

#include "domain/validation/FieldNames.h"
#include "domain/validation/NumberRules.h"

using namespace portdesk;
using namespace portdesk::test;

class TestNumberRules : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");     // empty: could not be read
        QTest::addColumn<QString>("expected"); // summary(); empty: no issue

        // Accepted punctuation and prefixes, all normalised to E.164.
        QTest::newRow("pasted with brackets") << "(801) 555-2345"
                                              << "+18015552345"
                                              << "";
        QTest::newRow("dots") << "801.555.2345"
                              << "+18015552345"
                              << "";
        QTest::newRow("slashes") << "801/555/2345"
                                 << "+18015552345"
                                 << "";
        QTest::newRow("leading 1") << "1 801 555 2345"
                                   << "+18015552345"
                                   << "";
        QTest::newRow("leading 1 dashes") << "1-801-555-2345"
                                          << "+18015552345"
                                          << "";
        QTest::newRow("+1") << "+1 (801) 555-2345"
                            << "+18015552345"
                            << "";
        QTest::newRow("E.164 already") << "+18015552345"
                                       << "+18015552345"
                                       << "";
        QTest::newRow("surrounding spaces") << "  8015552345 "
                                            << "+18015552345"
                                            << "";
        QTest::newRow("Puerto Rico") << "787-555-2345"
                                     << "+17875552345"
                                     << "";

        // Refused input.
        QTest::newRow("empty") << ""
                               << ""
                               << "error:number.required";
        QTest::newRow("blank") << "   "
                               << ""
                               << "error:number.required";
        QTest::newRow("extension x") << "801-555-2345 x123"
                                     << ""
                                     << "error:number.extension";
        QTest::newRow("extension x glued") << "801-555-2345x1"
                                           << ""
                                           << "error:number.extension";
        QTest::newRow("extension ext") << "801-555-2345 ext 5"
                                       << ""
                                       << "error:number.extension";
        QTest::newRow("extension Ext.") << "801-555-2345 Ext. 5"
                                        << ""
                                        << "error:number.extension";
        QTest::newRow("extension word") << "801-555-2345 extension 12"
                                        << ""
                                        << "error:number.extension";
        QTest::newRow("extension #") << "801-555-2345 #12"
                                     << ""
                                     << "error:number.extension";
        QTest::newRow("letters") << "801-CALL-NOW"
                                 << ""
                                 << "error:number.characters";
        QTest::newRow("too short") << "555-2345"
                                   << ""
                                   << "error:number.length";
        QTest::newRow("too long") << "801555234567"
                                  << ""
                                  << "error:number.length";
        QTest::newRow("11 digits, no leading 1") << "28015552345"
                                                 << ""
                                                 << "error:number.length";
        QTest::newRow("other country") << "+44 20 7946 0958"
                                       << ""
                                       << "error:number.country";

        // NPA / NXX structure.
        QTest::newRow("NPA 011") << "011-555-2345"
                                 << ""
                                 << "error:number.npa-format";
        QTest::newRow("NPA 111") << "111-555-2345"
                                 << ""
                                 << "error:number.npa-format";
        QTest::newRow("NPA 0xx after +1") << "+1 021 555 2345"
                                          << ""
                                          << "error:number.npa-format";
        QTest::newRow("NXX 011") << "801-011-2345"
                                 << ""
                                 << "error:number.nxx-format";
        QTest::newRow("NXX 155") << "801-155-2345"
                                 << ""
                                 << "error:number.nxx-format";
        QTest::newRow("NPA and NXX") << "011-111-2345"
                                     << ""
                                     << "error:number.npa-format error:number.nxx-format";
        QTest::newRow("N11 NPA 911") << "911-555-2345"
                                     << ""
                                     << "error:number.npa-n11";
        QTest::newRow("N11 NPA 411") << "411-555-2345"
                                     << ""
                                     << "error:number.npa-n11";
        QTest::newRow("N11 NPA 211") << "(211) 555-2345"
                                     << ""
                                     << "error:number.npa-n11";
        QTest::newRow("N11 NXX 411") << "801-411-5555"
                                     << ""
                                     << "error:number.nxx-n11";
        QTest::newRow("N11 NXX 911") << "801-911-2345"
                                     << ""
                                     << "error:number.nxx-n11";
        // Toll-free NPAs are not geographic: 1-800-411-xxxx vanity numbers exist.
        QTest::newRow("N11 NXX in toll-free") << "800-411-7246"
                                              << "+18004117246"
                                              << "warning:number.toll-free";

        // Assigned NPAs, per libphonenumber.
        QTest::newRow("unassigned 999") << "999-555-2345"
                                        << "+19995552345"
                                        << "error:number.unassigned";
        QTest::newRow("unassigned 370") << "370-555-2345"
                                        << "+13705552345"
                                        << "error:number.unassigned";
        QTest::newRow("Canada") << "604-555-2345"
                                << "+16045552345"
                                << "warning:number.outside-us";

        // Toll-free and premium.
        for (const char *npa : {"800", "833", "844", "855", "866", "877", "888"}) {
            const QString n = QLatin1String(npa);
            QTest::addRow("toll-free %s", npa)
                << n + QStringLiteral("-234-5678") << QStringLiteral("+1") + n + QStringLiteral("2345678")
                << "warning:number.toll-free";
        }
        QTest::newRow("premium 900") << "900-234-5678"
                                     << "+19002345678"
                                     << "warning:number.premium";
        QTest::newRow("not toll-free 880") << "880-234-5678"
                                           << "+18802345678"
                                           << "error:number.unassigned";

        // Fictional 555-0100..0199: a warning only, so training data goes through.
        QTest::newRow("555-0150") << "801-555-0150"
                                  << "+18015550150"
                                  << "warning:number.fictional";
        QTest::newRow("555-0100") << "801-555-0100"
                                  << "+18015550100"
                                  << "warning:number.fictional";
        QTest::newRow("555-0199") << "801-555-0199"
                                  << "+18015550199"
                                  << "warning:number.fictional";
        QTest::newRow("555-0099") << "801-555-0099"
                                  << "+18015550099"
                                  << "";
        QTest::newRow("555-0200") << "801-555-0200"
                                  << "+18015550200"
                                  << "";
        QTest::newRow("556-0150") << "801-556-0150"
                                  << "+18015560150"
                                  << "";
        QTest::newRow("toll-free and fictional") << "800-555-0123"
                                                 << "+18005550123"
                                                 << "warning:number.toll-free warning:number.fictional";
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(QString, expected);
        const NumberCheck result = checkPortInNumber(input);
        QCOMPARE(summary(result.issues), expected);
        QCOMPARE(result.e164, e164);
        for (const FieldIssue &issue : result.issues) {
            QCOMPARE(issue.field, FieldName::PortInNumber);
            QVERIFY2(issue.message.size() > 20, qPrintable(issue.code)); // a sentence, not a code
        }
        QCOMPARE(validatePortInNumber(input), result.issues);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("wire");
        QTest::newRow("readable") << " (801) 555-2345 "
                                  << "+18015552345";
        QTest::newRow("with a warning") << "800-234-5678"
                                        << "+18002345678";
        QTest::newRow("unreadable kept as typed, trimmed") << " 801-555-2345 x12 "
                                                           << "801-555-2345 x12";
        QTest::newRow("N11 NPA kept as typed") << "911-555-2345"
                                               << "911-555-2345";
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, wire);
        QCOMPARE(normalizePortInNumber(input), wire);
    }

    // The eligibility request reports against PhoneNumber, not PortInNumber.
    void fieldNameIsTheCallers()
    {
        const FieldIssues issues = validatePortInNumber(QStringLiteral("911-555-2345"), FieldName::PhoneNumber);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, FieldName::PhoneNumber);
        QVERIFY(issues.first().message.contains(QLatin1String("911")));
    }

    void lengthMessageCountsWithPlural()
    {
        const FieldIssues one = validatePortInNumber(QStringLiteral("8"));
        QCOMPARE(one.size(), 1);
        QVERIFY2(one.first().message.contains(QLatin1String("This has 1 digit")), qPrintable(one.first().message));
        QVERIFY2(!one.first().message.contains(QLatin1String("1 digits")), qPrintable(one.first().message));
        QVERIFY(validatePortInNumber(QStringLiteral("80")).first().message.contains(QLatin1String("This has 2 digit")));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("progress");
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("3 digits") << "801" << false << "Digits: 3 of 10";
        QTest::newRow("10 digits") << "(801) 555-2345" << true << "";
        QTest::newRow("10 digits starting with 1") << "1801555234" << false << "Digits: 10 of 11";
        QTest::newRow("11 digits starting with 1") << "1 801 555 2345" << true << "";
        QTest::newRow("+1 and 10 digits") << "+1 801 555 2345" << true << "";
        QTest::newRow("11 digits not starting with 1") << "28015552345" << false << "";
    }
    void complete()
    {
        QFETCH(QString, input);
        QFETCH(bool, complete);
        QFETCH(QString, progress);
        QCOMPARE(isCompletePortInNumber(input), complete);
        QCOMPARE(portInNumberProgress(input), progress);
    }
};

QTEST_GUILESS_MAIN(TestNumberRules)
#include "tst_numberrules.moc"
