#include <QTest>

#include "IssueChecks.h"

#include "domain/validation/AddressRules.h"
#include "domain/validation/FieldNames.h"

Q_DECLARE_METATYPE(portdesk::BillingAddress)

using namespace portdesk;
using namespace portdesk::test;

class TestAddressRules : public QObject
{
    Q_OBJECT
private slots:
    void street_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString s1 = FieldName::Street1;
        const QString s2 = FieldName::Street2;

        QTest::newRow("street") << "123 Main St" << s1 << "";
        QTest::newRow("street2 apartment") << "Apt 4B" << s2 << "";
        QTest::newRow("street1 empty") << "" << s1 << "error:street.required";
        QTest::newRow("street1 blank") << "   " << s1 << "error:street.required";
        QTest::newRow("street2 empty is fine") << "" << s2 << "";

        // Every spelling port-validation.md lists, any case and punctuation, on either line.
        QTest::newRow("PO Box") << "PO Box 12" << s1 << "error:street.po-box";
        QTest::newRow("P.O. Box") << "P.O. Box 12" << s1 << "error:street.po-box";
        QTest::newRow("P. O. Box") << "P. O. Box 12" << s1 << "error:street.po-box";
        QTest::newRow("P.O.Box glued") << "P.O.Box 12" << s1 << "error:street.po-box";
        QTest::newRow("POBox12 glued") << "POBox12" << s1 << "error:street.po-box";
        QTest::newRow("po-box") << "po-box 44" << s1 << "error:street.po-box";
        QTest::newRow("post office box") << "post office box 9" << s1 << "error:street.po-box";
        QTest::newRow("Post Office Box #") << "Post Office Box #19" << s1 << "error:street.po-box";
        QTest::newRow("POB") << "POB 7" << s1 << "error:street.po-box";
        QTest::newRow("P.O.B.") << "P.O.B. 7" << s1 << "error:street.po-box";
        QTest::newRow("p o box") << "p o box 3" << s1 << "error:street.po-box";
        QTest::newRow("PO BOX without number") << "PO BOX" << s1 << "error:street.po-box";
        QTest::newRow("lettered box number") << "PO Box A12" << s1 << "error:street.po-box";
        QTest::newRow("after a street") << "12 Main St, PO Box 5" << s1 << "error:street.po-box";
        QTest::newRow("on Street2") << "PO Box 5" << s2 << "error:street.po-box";

        // Decision: a designator counts only when a box number (or the end of the line) follows,
        // so street names that merely start with the same letters stay valid. "Pobox Lane" has no
        // box number after the word and is therefore a street, not a PO Box.
        QTest::newRow("Boxwood Rd") << "12 Boxwood Rd" << s1 << "";
        QTest::newRow("Pobox Lane") << "12 Pobox Lane" << s1 << "";
        QTest::newRow("Post Office Rd") << "1 Post Office Rd" << s1 << "";
        QTest::newRow("Poplar Ave") << "5 Poplar Ave" << s1 << "";
        QTest::newRow("Box Elder Dr") << "77 Box Elder Dr" << s1 << "";
        // Not a listed spelling: "Box 12" alone is left to the carrier.
        QTest::newRow("bare Box") << "Box 12" << s1 << "";
    }
    void street()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const FieldIssues issues = validateStreetLine(value, field);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, field);
        QCOMPARE(isPoBox(value), expected.contains(QLatin1String("po-box")));
    }

    void city_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("city") << "Lehi"
                              << "";
        QTest::newRow("two words") << "Salt Lake City"
                                   << "";
        QTest::newRow("empty") << ""
                               << "error:city.required";
        QTest::newRow("blank") << "  "
                               << "error:city.required";
    }
    void city()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const FieldIssues issues = validateCity(value);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::City);
    }

    void state_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UT") << "UT"
                            << "UT"
                            << "";
        QTest::newRow("lower case") << "ut"
                                    << "UT"
                                    << "";
        QTest::newRow("mixed, spaces") << " Ut "
                                       << "UT"
                                       << "";
        QTest::newRow("DC") << "dc"
                            << "DC"
                            << "";
        for (const char *code : {"PR", "VI", "GU", "MP", "AS", "AK", "HI", "WY"})
            QTest::addRow("%s", code) << QString::fromLatin1(code) << QString::fromLatin1(code) << "";
        for (const char *code : {"FM", "MH", "PW"}) {
            QTest::addRow("%s outside NANP", code)
                << QString::fromLatin1(code) << QString::fromLatin1(code) << "error:state.outside-nanp";
        }
        for (const char *code : {"AA", "AE", "AP"}) {
            QTest::addRow("%s military", code)
                << QString::fromLatin1(code) << QString::fromLatin1(code) << "error:state.military";
        }
        QTest::newRow("military lower case") << "ae"
                                             << "AE"
                                             << "error:state.military";
        QTest::newRow("XX") << "XX"
                            << "XX"
                            << "error:state.unknown";
        QTest::newRow("one letter") << "U"
                                    << "U"
                                    << "error:state.unknown";
        QTest::newRow("three letters") << "UTA"
                                       << "UTA"
                                       << "error:state.unknown";
        QTest::newRow("full name") << "Utah"
                                   << "UTAH"
                                   << "error:state.name";
        QTest::newRow("empty") << ""
                               << ""
                               << "error:state.required";
    }
    void state()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(QString, expected);
        const FieldIssues issues = validateState(value);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::State);
        QCOMPARE(normalizeState(value), normalized);
    }
    void stateNameMessageSuggestsTheCode()
    {
        const FieldIssues issues = validateState(QStringLiteral("new york"));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(QLatin1String("NY")), qPrintable(issues.first().message));
    }

    void zip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("expected");
        QTest::newRow("5 digits") << "84043"
                                  << "84043"
                                  << "";
        QTest::newRow("ZIP+4") << "84043-1234"
                               << "84043-1234"
                               << "";
        QTest::newRow("9 digits get the dash") << "840431234"
                                               << "84043-1234"
                                               << "";
        QTest::newRow("spaces trimmed") << " 84043 "
                                        << "84043"
                                        << "";
        QTest::newRow("leading zero kept") << "02134"
                                           << "02134"
                                           << "";
        QTest::newRow("4 digits") << "8404"
                                  << "8404"
                                  << "error:zip.format";
        QTest::newRow("6 digits") << "840431"
                                  << "840431"
                                  << "error:zip.format";
        QTest::newRow("short +4") << "84043-12"
                                  << "84043-12"
                                  << "error:zip.format";
        QTest::newRow("dangling dash") << "84043-"
                                       << "84043-"
                                       << "error:zip.format";
        QTest::newRow("space instead of dash") << "84043 1234"
                                               << "84043 1234"
                                               << "error:zip.format";
        QTest::newRow("10 digits") << "8404312345"
                                   << "8404312345"
                                   << "error:zip.format";
        QTest::newRow("letter O") << "84O43"
                                  << "84O43"
                                  << "error:zip.format";
        QTest::newRow("empty") << ""
                               << ""
                               << "error:zip.required";
    }
    void zip()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(QString, expected);
        const FieldIssues issues = validateZip(value);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::Zip);
        QCOMPARE(normalizeZip(value), normalized);
    }

    void zipMatchesState_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Lehi UT") << "84043"
                                 << "UT"
                                 << "";
        QTest::newRow("Manhattan in UT") << "10001"
                                         << "UT"
                                         << "warning:zip.state-mismatch";
        QTest::newRow("Manhattan NY") << "10001"
                                      << "NY"
                                      << "";
        QTest::newRow("Portland OR in WA") << "97201"
                                           << "WA"
                                           << "warning:zip.state-mismatch";
        QTest::newRow("ZIP+4, lower-case state") << "840431234"
                                                 << "ut"
                                                 << "";
        QTest::newRow("Holtsville NY") << "00501"
                                       << "NY"
                                       << "";
        QTest::newRow("San Juan PR") << "00901"
                                     << "PR"
                                     << "";
        QTest::newRow("St Thomas VI") << "00802"
                                      << "VI"
                                      << "";
        QTest::newRow("White House DC") << "20500"
                                        << "DC"
                                        << "";
        QTest::newRow("Dulles VA") << "20166"
                                   << "VA"
                                   << "";
        QTest::newRow("Pago Pago AS (shares 967)") << "96799"
                                                   << "AS"
                                                   << "";
        QTest::newRow("Honolulu HI") << "96813"
                                     << "HI"
                                     << "";
        QTest::newRow("Hagatna GU") << "96910"
                                    << "GU"
                                    << "";
        QTest::newRow("Saipan MP") << "96950"
                                   << "MP"
                                   << "";
        QTest::newRow("Anchorage AK") << "99501"
                                      << "AK"
                                      << "";
        QTest::newRow("Austin IRS 733 TX") << "73301"
                                           << "TX"
                                           << "";
        QTest::newRow("733 in OK") << "73301"
                                   << "OK"
                                   << "warning:zip.state-mismatch";
        QTest::newRow("El Paso 885 TX") << "88510"
                                        << "TX"
                                        << "";
        QTest::newRow("military ZIP in NY") << "09012"
                                            << "NY"
                                            << "warning:zip.state-mismatch";
        QTest::newRow("unused prefix 000") << "00012"
                                           << "NY"
                                           << "warning:zip.unknown-prefix";
        // Each defect is reported once, by its own rule: no ZIP3 check on an invalid value.
        QTest::newRow("bad ZIP") << "8404"
                                 << "UT"
                                 << "";
        QTest::newRow("bad state") << "10001"
                                   << "XX"
                                   << "";
        QTest::newRow("military state") << "09012"
                                        << "AE"
                                        << "";
        QTest::newRow("empty state") << "10001"
                                     << ""
                                     << "";
    }
    void zipMatchesState()
    {
        QFETCH(QString, zip);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const FieldIssues issues = checkZipMatchesState(zip, state);
        QCOMPARE(summary(issues), expected);
        verifyField(issues, FieldName::Zip);
    }
    void mismatchMessageNamesBothStates()
    {
        const FieldIssues issues = checkZipMatchesState(QStringLiteral("10001"), QStringLiteral("ut"));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(QLatin1String("NY")) &&
                     issues.first().message.contains(QLatin1String("UT")),
                 qPrintable(issues.first().message));
    }
    void noTableNoWarning()
    {
        const Zip3Table empty;
        QVERIFY(checkZipMatchesState(QStringLiteral("10001"), QStringLiteral("UT"), empty).isEmpty());
    }

    void billingAddress_data()
    {
        QTest::addColumn<BillingAddress>("address");
        QTest::addColumn<QString>("expected");
        const auto a = [](const char *s1, const char *s2, const char *city, const char *state, const char *zip) {
            return BillingAddress{QString::fromUtf8(s1), QString::fromUtf8(s2), QString::fromUtf8(city),
                                  QString::fromUtf8(state), QString::fromUtf8(zip)};
        };
        QTest::newRow("good") << a("123 Main St", "", "Lehi", "UT", "84043") << "";
        QTest::newRow("empty") << a("", "", "", "", "")
                               << "error:street.required error:city.required error:state.required "
                                  "error:zip.required";
        QTest::newRow("PO boxes and mismatch") << a("PO Box 1", "P.O. Box 2", "Lehi", "UT", "10001")
                                               << "error:street.po-box error:street.po-box warning:zip.state-mismatch";
        QTest::newRow("bad state and ZIP")
            << a("1 Main", "", "Lehi", "FM", "8404") << "error:state.outside-nanp error:zip.format";
    }
    void billingAddress()
    {
        QFETCH(BillingAddress, address);
        QFETCH(QString, expected);
        QCOMPARE(summary(validateBillingAddress(address)), expected);
    }
    void billingAddressFieldsInOrder()
    {
        const FieldIssues issues =
            validateBillingAddress({QStringLiteral("PO Box 1"), QStringLiteral("POB 2"), {}, QStringLiteral("AA"), {}});
        QStringList fields;
        for (const FieldIssue &i : issues)
            fields.append(i.field);
        QCOMPARE(fields, (QStringList{FieldName::Street1, FieldName::Street2, FieldName::City, FieldName::State,
                                      FieldName::Zip}));
    }

    void normalizeAddress()
    {
        const BillingAddress in{QStringLiteral(" 12 n. main st. "), QStringLiteral(" apt 4 "), QStringLiteral(" lehi "),
                                QStringLiteral(" ut "), QStringLiteral(" 840431234 ")};
        // Only trimmed, except state (upper case) and ZIP (dash): the carrier compares the rest
        // with its own records as typed from the bill.
        const BillingAddress expected{QStringLiteral("12 n. main st."), QStringLiteral("apt 4"), QStringLiteral("lehi"),
                                      QStringLiteral("UT"), QStringLiteral("84043-1234")};
        QCOMPARE(normalizeBillingAddress(in), expected);
    }
};

QTEST_GUILESS_MAIN(TestAddressRules)
#include "tst_addressrules.moc"
