#include <QTest>

#include "domain/validation/FieldNames.h"
#include "domain/validation/PortInValidator.h"

using namespace portdesk;

namespace {
// "severity:field:code" of every issue, space-separated.
QString summary(const FieldIssues &issues)
{
    QStringList out;
    for (const FieldIssue &i : issues)
        out.append(severityKey(i.severity) + QLatin1Char(':') + i.field + QLatin1Char(':') + i.code);
    return out.join(QLatin1Char(' '));
}

// A request as an agent could type it that breaks no rule at all.
PortInRequest goodRequest()
{
    PortInRequest r;
    r.portInNumber = QStringLiteral("(801) 555-2345");
    r.currentCarrierName = QStringLiteral("US Cellular");
    r.currentAccountNumber = QStringLiteral("123456789");
    r.currentAccountPassword = QStringLiteral("4321");
    r.currentBillingAddress = {
        QStringLiteral("123 Main St"), {}, QStringLiteral("Lehi"), QStringLiteral("UT"), QStringLiteral("84043")};
    r.iccid = QStringLiteral("8901260123456789011");
    r.targetPortinClassification = QStringLiteral("mvno");
    r.subscriberName = QStringLiteral("Jane Public");
    return r;
}

void setField(PortInRequest &r, const QString &field, const QString &value)
{
    if (field == FieldName::PortInNumber)
        r.portInNumber = value;
    else if (field == FieldName::CurrentCarrierName)
        r.currentCarrierName = value;
    else if (field == FieldName::CurrentAccountNumber)
        r.currentAccountNumber = value;
    else if (field == FieldName::CurrentAccountPassword)
        r.currentAccountPassword = value;
    else if (field == FieldName::Street1)
        r.currentBillingAddress.street1 = value;
    else if (field == FieldName::Street2)
        r.currentBillingAddress.street2 = value;
    else if (field == FieldName::City)
        r.currentBillingAddress.city = value;
    else if (field == FieldName::State)
        r.currentBillingAddress.state = value;
    else if (field == FieldName::Zip)
        r.currentBillingAddress.zip = value;
    else if (field == FieldName::Iccid)
        r.iccid = value;
    else if (field == FieldName::TargetPortinClassification)
        r.targetPortinClassification = value;
    else if (field == FieldName::SubscriberName)
        r.subscriberName = value;
    else
        QFAIL(qPrintable(QStringLiteral("unknown field ") + field));
}
} // namespace

class TestPortValidation : public QObject
{
    Q_OBJECT
private slots:
    void goodRequestHasNoIssue()
    {
        const FieldIssues issues = validatePortInRequest(goodRequest());
        QVERIFY2(issues.isEmpty(), qPrintable(summary(issues)));
        QVERIFY(!hasErrors(issues));
    }

    // One defect in an otherwise good request: exactly its issue, on the right field.
    void singleDefect_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("blocks");
        const QString n = FieldName::PortInNumber;
        QTest::newRow("number extension") << n << "801-555-2345 x123"
                                          << "error:PortInNumber:number.extension" << true;
        QTest::newRow("number N11 NXX") << n << "801-411-2345"
                                        << "error:PortInNumber:number.nxx-n11" << true;
        QTest::newRow("number toll-free") << n << "800-234-5678"
                                          << "warning:PortInNumber:number.toll-free" << false;
        QTest::newRow("number fictional") << n << "801-555-0150"
                                          << "warning:PortInNumber:number.fictional" << false;
        QTest::newRow("no carrier") << FieldName::CurrentCarrierName << ""
                                    << "error:CurrentCarrierName:carrier.required" << true;
        QTest::newRow("account too long") << FieldName::CurrentAccountNumber << QString(31, QLatin1Char('1'))
                                          << "error:CurrentAccountNumber:account.too-long" << true;
        QTest::newRow("account is the number") << FieldName::CurrentAccountNumber << "8015552345"
                                               << "warning:CurrentAccountNumber:account.equals-number" << false;
        QTest::newRow("no PIN") << FieldName::CurrentAccountPassword << ""
                                << "error:CurrentAccountPassword:password.required" << true;
        QTest::newRow("short PIN") << FieldName::CurrentAccountPassword << "123"
                                   << "warning:CurrentAccountPassword:password.length" << false;
        QTest::newRow("Verizon coaching") << FieldName::CurrentCarrierName << "Verizon Wireless"
                                          << "hint:CurrentAccountPassword:password.transfer-pin" << false;
        QTest::newRow("PO Box") << FieldName::Street1 << "P.O. Box 12"
                                << "error:CurrentBillingAddress.Street1:street.po-box" << true;
        QTest::newRow("PO Box on line 2") << FieldName::Street2 << "POB 7"
                                          << "error:CurrentBillingAddress.Street2:street.po-box" << true;
        QTest::newRow("no city") << FieldName::City << ""
                                 << "error:CurrentBillingAddress.City:city.required" << true;
        QTest::newRow("military state") << FieldName::State << "AA"
                                        << "error:CurrentBillingAddress.State:state.military" << true;
        QTest::newRow("bad ZIP") << FieldName::Zip << "84043-12"
                                 << "error:CurrentBillingAddress.Zip:zip.format" << true;
        QTest::newRow("ZIP from NY") << FieldName::Zip << "10001"
                                     << "warning:CurrentBillingAddress.Zip:zip.state-mismatch" << false;
        QTest::newRow("ICCID check digit") << FieldName::Iccid << "8901260123456789012"
                                           << "error:ICCID:iccid.check-digit" << true;
        QTest::newRow("classification") << FieldName::TargetPortinClassification << "lte"
                                        << "error:TargetPortinClassification:classification.invalid" << true;
        QTest::newRow("no subscriber name") << FieldName::SubscriberName << ""
                                            << "warning:SubscriberName:subscriber.recommended" << false;
        // Optional fields may stay empty.
        QTest::newRow("no ICCID") << FieldName::Iccid << ""
                                  << "" << false;
        QTest::newRow("no classification") << FieldName::TargetPortinClassification << ""
                                           << "" << false;
    }
    void singleDefect()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(bool, blocks);
        PortInRequest request = goodRequest();
        setField(request, field, value);
        const FieldIssues issues = validatePortInRequest(request);
        QCOMPARE(summary(issues), expected);
        QCOMPARE(hasErrors(issues), blocks);
    }

    // Everything wrong at once: every issue is reported, in field order.
    void severalIssues()
    {
        PortInRequest r;
        r.portInNumber = QStringLiteral("911-555-2345");
        r.currentCarrierName = QStringLiteral("at&t");
        r.currentAccountNumber = QStringLiteral("12 34");
        r.currentAccountPassword = QStringLiteral("pw");
        r.currentBillingAddress = {QStringLiteral("PO Box 12"), {}, {}, QStringLiteral("FM"), QStringLiteral("8404")};
        r.iccid = QStringLiteral("1234567890123456780");
        r.targetPortinClassification = QStringLiteral("voice");
        const FieldIssues issues = validatePortInRequest(r);
        QCOMPARE(summary(issues), QStringLiteral("error:PortInNumber:number.npa-n11 "
                                                 "error:CurrentAccountNumber:account.characters "
                                                 "warning:CurrentAccountPassword:password.length "
                                                 "warning:CurrentAccountPassword:password.not-digits "
                                                 "hint:CurrentAccountPassword:password.transfer-pin "
                                                 "error:CurrentBillingAddress.Street1:street.po-box "
                                                 "error:CurrentBillingAddress.City:city.required "
                                                 "error:CurrentBillingAddress.State:state.outside-nanp "
                                                 "error:CurrentBillingAddress.Zip:zip.format "
                                                 "error:ICCID:iccid.prefix error:ICCID:iccid.check-digit "
                                                 "error:TargetPortinClassification:classification.invalid "
                                                 "warning:SubscriberName:subscriber.recommended"));
        QVERIFY(hasErrors(issues));
        QCOMPARE(issueCodes(issuesFor(issues, FieldName::CurrentAccountPassword)),
                 (QStringList{QStringLiteral("password.length"), QStringLiteral("password.not-digits"),
                              QStringLiteral("password.transfer-pin")}));
        for (const FieldIssue &issue : issues)
            QVERIFY2(issue.message.size() > 20, qPrintable(issue.code));
    }

    // Issue 12 §5: every text field refuses control and invisible format characters, with its
    // own issue and nothing else about it (its other rules never see, nor quote, the value).
    void controlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QStringList fields = {FieldName::PortInNumber,
                                    FieldName::CurrentCarrierName,
                                    FieldName::CurrentAccountNumber,
                                    FieldName::CurrentAccountPassword,
                                    FieldName::Street1,
                                    FieldName::Street2,
                                    FieldName::City,
                                    FieldName::State,
                                    FieldName::Zip,
                                    FieldName::Iccid,
                                    FieldName::TargetPortinClassification,
                                    FieldName::SubscriberName};
        const QList<std::pair<const char *, QString>> hostile = {
            {"ESC[2J", QStringLiteral("Jane\x1b[2J Doe")},
            {"NUL", QStringLiteral("Jane") + QChar(0) + QStringLiteral("Doe")},
            {"C1 CSI", QStringLiteral("Jane\u009b2J")},
            {"DEL", QStringLiteral("Jane\x7f")},
            {"RLO", QStringLiteral("Jane\u202eeoD")},
            {"ZWSP", QStringLiteral("Ja\u200bne")},
            {"LRM", QStringLiteral("Jane\u200e")},
            {"isolate", QStringLiteral("\u2066Jane\u2069 Doe")},
            {"inner newline", QStringLiteral("Jane\nDoe")},
            {"line separator", QStringLiteral("Jane\u2028Doe")},
            {"lone surrogate", QStringLiteral("Jane") + QChar(0xD800)},
        };
        for (const QString &field : fields)
            for (const auto &[name, value] : hostile)
                QTest::newRow(qPrintable(field + QLatin1Char(' ') + QLatin1String(name))) << field << value;
    }
    void controlCharacters()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        PortInRequest request = goodRequest();
        setField(request, field, value);
        const FieldIssues issues = validatePortInRequest(request);
        QCOMPARE(summary(issues), QStringLiteral("error:%1:text.control").arg(field));
        QVERIFY(!issues.constFirst().message.contains(value)); // never quoted back (it may be the PIN)
    }

    // The maximum length of each field (README "Field limits"): a 10 MB value never passes.
    void fieldLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("limit");
        QTest::newRow("carrier") << FieldName::CurrentCarrierName << 60;
        QTest::newRow("PIN") << FieldName::CurrentAccountPassword << 40;
        QTest::newRow("street 1") << FieldName::Street1 << 60;
        QTest::newRow("street 2") << FieldName::Street2 << 60;
        QTest::newRow("city") << FieldName::City << 32;
        QTest::newRow("subscriber") << FieldName::SubscriberName << 60;
    }
    void fieldLimits()
    {
        QFETCH(QString, field);
        QFETCH(int, limit);
        PortInRequest request = goodRequest();
        setField(request, field, QString(limit, QLatin1Char('a')));
        QVERIFY2(!hasErrors(validatePortInRequest(request)), qPrintable(summary(validatePortInRequest(request))));
        setField(request, field, QString(limit + 1, QLatin1Char('a')));
        QCOMPARE(summary(validatePortInRequest(request)), QStringLiteral("error:%1:text.too-long").arg(field));
    }
    void tenMegabytesNeverPass()
    {
        const QString huge(10 * 1024 * 1024, QLatin1Char('7'));
        for (const QString &field :
             {FieldName::PortInNumber, FieldName::CurrentCarrierName, FieldName::CurrentAccountNumber,
              FieldName::CurrentAccountPassword, FieldName::Street1, FieldName::Street2, FieldName::City,
              FieldName::State, FieldName::Zip, FieldName::Iccid, FieldName::TargetPortinClassification,
              FieldName::SubscriberName}) {
            PortInRequest request = goodRequest();
            setField(request, field, huge);
            const FieldIssues issues = validatePortInRequest(request);
            QVERIFY2(hasErrors(issuesFor(issues, field)), qPrintable(field));
        }
    }
    void updateTextRule()
    {
        UpdatePortInRequest u;
        u.orderId = QStringLiteral("JNUOID-1");
        u.subscriberName = QStringLiteral("Jane Doe");
        QVERIFY(validateUpdateText(u).isEmpty());
        u.currentBillingAddress = BillingAddress{QStringLiteral("1 Main\u202e St"),
                                                 {},
                                                 QStringLiteral("Lehi"),
                                                 QStringLiteral("UT"),
                                                 QStringLiteral("84043")};
        QCOMPARE(summary(validateUpdateText(u)), QStringLiteral("error:CurrentBillingAddress.Street1:text.control"));
    }

    void emptyRequest()
    {
        const FieldIssues issues = validatePortInRequest(PortInRequest{});
        QCOMPARE(issueCodes(issues),
                 (QStringList{QStringLiteral("number.required"), QStringLiteral("carrier.required"),
                              QStringLiteral("account.required"), QStringLiteral("password.required"),
                              QStringLiteral("street.required"), QStringLiteral("city.required"),
                              QStringLiteral("state.required"), QStringLiteral("zip.required"),
                              QStringLiteral("subscriber.recommended")}));
    }

    // The registry hook: asked with the E.164 number, its OrderId ends up in the message.
    void openOrderBlocks()
    {
        QStringList asked;
        const OpenOrderLookup lookup = [&asked](const QString &e164) {
            asked.append(e164);
            return e164 == QLatin1String("+18015552345") ? QStringLiteral("PRT-7781") : QString();
        };
        const FieldIssues issues = validatePortInRequest(goodRequest(), lookup);
        QCOMPARE(asked, QStringList{QStringLiteral("+18015552345")});
        QCOMPARE(summary(issues), QStringLiteral("error:PortInNumber:number.open-order"));
        QVERIFY2(issues.first().message.contains(QLatin1String("PRT-7781")), qPrintable(issues.first().message));

        PortInRequest other = goodRequest();
        other.portInNumber = QStringLiteral("801-555-2346");
        QVERIFY(validatePortInRequest(other, lookup).isEmpty());
        QCOMPARE(asked.size(), 2);
    }
    void openOrderNotAskedForABadNumber()
    {
        int calls = 0;
        const OpenOrderLookup lookup = [&calls](const QString &) {
            ++calls;
            return QStringLiteral("PRT-1");
        };
        PortInRequest r = goodRequest();
        r.portInNumber = QStringLiteral("911-555-2345");
        QCOMPARE(summary(validatePortInRequest(r, lookup)), QStringLiteral("error:PortInNumber:number.npa-n11"));
        QCOMPARE(calls, 0);
        // A warning does not stop the lookup: a toll-free number can still have an order.
        r.portInNumber = QStringLiteral("800-234-5678");
        QCOMPARE(summary(validatePortInRequest(r, lookup)), QStringLiteral("warning:PortInNumber:number.toll-free "
                                                                           "error:PortInNumber:number.open-order"));
        QCOMPARE(calls, 1);
    }

    // What goes on the wire: normalised number, state, ZIP, ICCID, classification; the rest
    // exactly as typed, only trimmed.
    void normalizedRequest()
    {
        PortInRequest in;
        in.portInNumber = QStringLiteral(" 1 (801) 555-2345 ");
        in.currentCarrierName = QStringLiteral(" verizon wireless ");
        in.currentAccountNumber = QStringLiteral(" abc-123 ");
        in.currentAccountPassword = QStringLiteral(" 0042 ");
        in.currentBillingAddress = {QStringLiteral(" 12 n. Main St. "), QStringLiteral(" #4 "),
                                    QStringLiteral(" lehi "), QStringLiteral("ut"), QStringLiteral("840431234")};
        in.iccid = QStringLiteral("8901260123456789011F");
        in.targetPortinClassification = QStringLiteral("IoT");
        in.subscriberName = QStringLiteral("  jane  public ");

        const PortInRequest out = normalizedPortInRequest(in);
        QCOMPARE(out.portInNumber, QStringLiteral("+18015552345"));
        QCOMPARE(out.currentCarrierName, QStringLiteral("verizon wireless"));
        QCOMPARE(out.currentAccountNumber, QStringLiteral("abc-123"));
        QCOMPARE(out.currentAccountPassword, QStringLiteral("0042"));
        QCOMPARE(out.currentBillingAddress,
                 (BillingAddress{QStringLiteral("12 n. Main St."), QStringLiteral("#4"), QStringLiteral("lehi"),
                                 QStringLiteral("UT"), QStringLiteral("84043-1234")}));
        QCOMPARE(out.iccid, QStringLiteral("8901260123456789011"));
        QCOMPARE(out.targetPortinClassification, QStringLiteral("iot"));
        QCOMPARE(out.subscriberName, QStringLiteral("jane  public"));
        // Normalising never changes the verdict.
        QCOMPARE(summary(validatePortInRequest(out)), summary(validatePortInRequest(in)));
    }

    void issueHelpers()
    {
        using S = FieldIssue::Severity;
        const FieldIssues warnings{{S::Warning, FieldName::Zip, QStringLiteral("a"), {}},
                                   {S::Hint, FieldName::Iccid, QStringLiteral("b"), {}}};
        QVERIFY(!hasErrors(warnings));
        QVERIFY(!hasErrors({}));
        FieldIssues withError = warnings;
        withError.append({S::Error, FieldName::Zip, QStringLiteral("c"), {}});
        QVERIFY(hasErrors(withError));
        QCOMPARE(issueCodes(issuesFor(withError, FieldName::Zip)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(issuesFor(withError, FieldName::City).isEmpty());
        QCOMPARE(severityKey(S::Error), QStringLiteral("error"));
        QCOMPARE(severityKey(S::Warning), QStringLiteral("warning"));
        QCOMPARE(severityKey(S::Hint), QStringLiteral("hint"));
    }
};

QTEST_GUILESS_MAIN(TestPortValidation)
#include "tst_portvalidation.moc"
