#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DeskFixture.h"
#include "IssueChecks.h"
#include "TestRequests.h"
#include "domain/validation/FieldNames.h"
#include "sandbox/SimulatorEngine.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"
#include "wizard/TextConsentStep.h"

using namespace portdesk;
using namespace portdesk::test;
using namespace portdesk::FieldName;

using Page = PortInSession::Page;
using Eligibility = PortInSession::Eligibility;
using Submit = PortInSession::Submit;

// The port-in session without a widget: what the agent typed, its validation, the eligibility
// check and the submit against the simulator over loopback, the draft; all on a ManualClock.
class TestPortInSession : public QObject
{
    Q_OBJECT

    struct Desk : DeskFixture
    {
        Desk() : drafts(dir.filePath(QStringLiteral("draft.json"))), session(open()) {}
        std::unique_ptr<PortInSession> open()
        {
            return std::make_unique<PortInSession>(f.client.get(), &registry, &drafts, QStringLiteral("agent1"));
        }
        bool waitFor(const std::function<bool()> &done) { return f.runUntil(done); }
        int sent(const QString &route) const { return f.simulator->stats().perRoute.value(route); }
        // Everything but the number: the account and address pages filled with valid values.
        void fillAfterNumber(PortInSession &s)
        {
            for (const auto &[field, value] : test::sampleFieldsAfterNumber())
                s.setValue(field, value);
            s.recordVerbalAuthorization(true); // the customer agreed to the script
        }
        bool fillValid(const QString &number = QStringLiteral("8015552345"))
        {
            session->setValue(PortInNumber, number);
            if (!waitFor([&] { return session->eligibility() == Eligibility::Eligible; }))
                return false;
            fillAfterNumber(*session);
            return true;
        }

        QTemporaryDir dir;
        DraftStore drafts;
        std::unique_ptr<PortInSession> session;
    };

    static bool hasCode(const FieldIssues &issues, const QString &code)
    {
        return std::any_of(issues.begin(), issues.end(), [&](const FieldIssue &i) { return i.code == code; });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valuesAndTheRequestOnTheWire()
    {
        Desk d;
        PortInSession &s = *d.session;
        QCOMPARE(PortInSession::fieldsOf(Page::Number), (QStringList{PortInNumber, TargetPortinClassification}));
        QVERIFY(PortInSession::fieldsOf(Page::Account).contains(CurrentAccountPassword));
        QVERIFY(PortInSession::fieldsOf(Page::Address).contains(Zip));
        QVERIFY(PortInSession::fieldsOf(Page::Review).isEmpty());
        QCOMPARE(s.value(TargetPortinClassification),
                 Classification::Mvno); // preset, not the agent's data
        QVERIFY(!s.hasData());
        s.setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        s.setValue(State, QStringLiteral("ut"));
        QVERIFY(s.hasData());
        QCOMPARE(s.value(PortInNumber), QStringLiteral("(801) 555-2345"));  // as typed
        QCOMPARE(s.request().portInNumber, QStringLiteral("+18015552345")); // as sent
        QCOMPARE(s.request().targetPortinClassification, Classification::Mvno);
        s.reset();
        QVERIFY(!s.hasData());
        QCOMPARE(s.value(TargetPortinClassification), Classification::Mvno);
    }

    void validationPerPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("N11 area code") << int(Page::Number) << PortInNumber << "911-555-2345"
                                       << "number.npa-n11" << true;
        QTest::newRow("extension") << int(Page::Number) << PortInNumber << "801-555-2345 x12"
                                   << "number.extension" << true;
        QTest::newRow("account too long") << int(Page::Account) << CurrentAccountNumber << QString(31, QLatin1Char('1'))
                                          << "account.too-long" << true;
        QTest::newRow("short PIN") << int(Page::Account) << CurrentAccountPassword << "12"
                                   << "password.length" << false;
        QTest::newRow("PO box") << int(Page::Address) << Street1 << "PO Box 12"
                                << "street.po-box" << true;
        QTest::newRow("bad zip") << int(Page::Address) << Zip << "8404"
                                 << "zip.format" << true;
        QTest::newRow("ICCID check digit") << int(Page::Address) << Iccid << "8901260123456789012"
                                           << "iccid.check-digit" << true;
    }
    void validationPerPage()
    {
        QFETCH(int, page);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(bool, blocks);
        Desk d;
        QVERIFY(d.fillValid());
        QVERIFY(d.session->isPageComplete(Page(page)));
        d.session->setValue(field, value);
        const FieldIssues issues = d.session->issuesFor(field);
        QVERIFY2(hasCode(issues, code), qPrintable(summary(issues)));
        QCOMPARE(hasErrors(issues), blocks);
        QCOMPARE(d.session->isPageComplete(Page(page)), !blocks);
        QCOMPARE(d.session->isPageComplete(Page::Review), !blocks);
    }

    void problemsShowOnceTheTypingPausesOrMovesOn()
    {
        Desk d;
        PortInSession &s = *d.session;
        s.setValue(Zip, QStringLiteral("840"));
        QVERIFY(!s.isTouched(Zip)); // its digits are still coming
        d.f.clock.advance(PortInSession::kTypingPauseMs - 1);
        QVERIFY(!s.isTouched(Zip));
        d.f.clock.advance(1);
        QVERIFY(s.isTouched(Zip));

        s.setValue(City, QStringLiteral("Le"));
        s.setValue(Street1, QStringLiteral("1 Main")); // typing moved on: the city is done
        QVERIFY(s.isTouched(City));
        QVERIFY(!s.isTouched(Street1));
        s.touchPage(Page::Address);
        QVERIFY(s.isTouched(Street1));
        QVERIFY(s.isTouched(Iccid));
        s.setValue(PortInNumber, QStringLiteral("8015552345")); // cannot grow: judged at once
        QVERIFY(s.isTouched(PortInNumber));
    }

    void pagesCompleteOnlyWithTheirFieldsValid()
    {
        Desk d;
        PortInSession &s = *d.session;
        for (Page p : {Page::Number, Page::Account, Page::Address, Page::Review})
            QVERIFY(!s.isPageComplete(p));
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QCOMPARE(s.eligibility(), Eligibility::Checking);
        QVERIFY(!s.isPageComplete(Page::Number)); // valid, but waits for Telegent's answer
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QVERIFY(s.isPageComplete(Page::Number));
        d.fillAfterNumber(s);
        for (Page p : {Page::Account, Page::Address, Page::Review})
            QVERIFY(s.isPageComplete(p));
        s.setValue(City, QString());
        QVERIFY(s.isPageComplete(Page::Account));
        QVERIFY(!s.isPageComplete(Page::Address));
        QVERIFY(!s.isPageComplete(Page::Review));
    }

    void eligibleNumberPrefillsTheCarrier()
    {
        Desk d;
        PortInSession &s = *d.session;
        QSignalSpy changes(&s, &PortInSession::eligibilityChanged);
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QCOMPARE(s.eligibility(), Eligibility::Checking); // complete: asked at once
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QVERIFY(changes.size() >= 2);
        QCOMPARE(d.sent(sandbox::route::Eligibility), 1);
        QVERIFY(!s.eligibilityResult().currentCarrier.isEmpty());
        QCOMPARE(s.value(CurrentCarrierName), s.eligibilityResult().currentCarrier);
        QVERIFY2(s.eligibilityText().startsWith(QLatin1String("Eligible.")), qPrintable(s.eligibilityText()));
        QVERIFY(s.issuesFor(PortInNumber).isEmpty());

        // The agent's own carrier is never overwritten by the next answer.
        s.setValue(CurrentCarrierName, QStringLiteral("Acme Mobile"));
        s.setValue(PortInNumber, QStringLiteral("8015552346"));
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QCOMPARE(s.value(CurrentCarrierName), QStringLiteral("Acme Mobile"));
    }

    void notEligibleNumberIsAnErrorAtTheField()
    {
        Desk d;
        PortInSession &s = *d.session;
        s.setValue(PortInNumber, QStringLiteral("801-555-0000"));
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::NotEligible; }));
        QVERIFY(hasCode(s.issuesFor(PortInNumber), QStringLiteral("eligibility.not-eligible")));
        QVERIFY(hasErrors(s.issuesFor(PortInNumber)));
        QVERIFY(!s.isPageComplete(Page::Number));
        QVERIFY(s.eligibilityText().contains(QLatin1String("not eligible")));
    }

    void unreachableCheckLetsTheAgentGoOn()
    {
        Desk d;
        PortInSession &s = *d.session;
        d.f.simulator->faults().add(sandbox::route::Eligibility, {sandbox::Fault::Kind::InvalidJson, {}}, 10);
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Unreachable; }));
        const FieldIssues issues = s.issuesFor(PortInNumber);
        QVERIFY2(hasCode(issues, QStringLiteral("eligibility.unreachable")), qPrintable(summary(issues)));
        QVERIFY(!hasErrors(issues)); // a warning
        QVERIFY(s.isPageComplete(Page::Number));
    }

    void refusedCredentialsStopTheNumberPage()
    {
        Desk d;
        PortInSession &s = *d.session;
        d.f.client->setCredentials(QStringLiteral("DID-sandbox"), QStringLiteral("rotated-secret"));
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Refused; }));
        QVERIFY(s.issuesFor(PortInNumber).isEmpty()); // not the number's fault
        QVERIFY(s.eligibilityText().contains(QLatin1String("credentials")));
        QVERIFY(!s.isPageComplete(Page::Number));
    }

    void anEditInsideTheNumberWaitsForAPause()
    {
        Desk d;
        PortInSession &s = *d.session;
        s.setValue(PortInNumber, QStringLiteral("8315552345"), PortInSession::Cursor::Inside);
        QCOMPARE(s.eligibility(), Eligibility::Pending);
        d.f.clock.advance(PortInSession::kEligibilityDebounceMs - 1);
        QCOMPARE(s.eligibility(), Eligibility::Pending);
        d.f.clock.advance(1);
        QCOMPARE(s.eligibility(), Eligibility::Checking);
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QCOMPARE(s.eligibilityResult().phoneNumber, QStringLiteral("+18315552345"));
    }

    void submitRecordsTheOrder()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        QSignalSpy states(&s, &PortInSession::submitStateChanged);
        s.submit();
        QCOMPARE(s.submitState(), Submit::Sending);
        s.submit(); // a second click while it is on its way sends nothing more
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(d.sent(sandbox::route::PortIn), 1);
        QCOMPARE(states.size(), 2); // Sending, Done
        const QString orderId = s.submitResult().orderId;
        QVERIFY(orderId.startsWith(QLatin1String("JNUOID-")));
        const OrderRecord *r = d.registry.find(orderId);
        QVERIFY(r);
        QCOMPARE(r->number, QStringLiteral("+18015552345"));
        QCOMPARE(r->accountNumber, QStringLiteral("4651234567"));
        QCOMPARE(r->submittedBy, QStringLiteral("agent1"));
        QVERIFY(!d.drafts.exists());               // sent: no draft left to restore
        QVERIFY(!d.registry.textConsent(orderId)); // never asked about texts: none, and never texted
        s.submit();                                // done: nothing more either
        d.f.clock.advance(60'000);
        QCOMPARE(d.sent(sandbox::route::PortIn), 1);
    }

    // Issue 20: the customer's answer about texts, recorded at the authorization step, goes
    // with the submit as an event of the order: who, when, to which number, in which language.
    void theTextsAnswerGoesWithTheSubmit()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        QVERIFY(PortInSession::fieldsOf(Page::Authorization).contains(TextTo));
        QCOMPARE(s.value(TextTo), QStringLiteral("(801) 555-2345")); // the ported number by default
        QVERIFY(!s.textConsent().asked);
        d.f.clock.advance(1000);
        const qint64 answeredAt = d.f.clock.nowMs();
        s.answerTextConsent(true);
        s.setValue(TextLanguage, QStringLiteral("es"));
        d.f.clock.advance(1000);
        s.answerTextConsent(true); // the same answer again: still the first moment
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        const std::optional<TextConsent> c = d.registry.textConsent(s.submitResult().orderId);
        QVERIFY(c);
        QVERIFY(c->agreed);
        QCOMPARE(c->to, QStringLiteral("+18015552345"));
        QCOMPARE(c->language, QStringLiteral("es"));
        QCOMPARE(c->agent, QStringLiteral("agent1"));
        QCOMPARE(c->atMs, answeredAt);
    }

    void aNoIsRecordedToo()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        s.answerTextConsent(true);
        s.answerTextConsent(false); // ticked, then unticked: no
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        const std::optional<TextConsent> c = d.registry.textConsent(s.submitResult().orderId);
        QVERIFY(c && c->asked && !c->agreed);
    }

    // Another number is allowed, under the ported number's rules: a wrong one is an issue at its
    // field that holds the step and the submit. A "no" needs no number.
    void aWrongTextNumberIsAnIssueAtItsField()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        s.setValue(TextTo, QStringLiteral("911 555 2345"));
        QVERIFY(s.issuesFor(TextTo).isEmpty()); // not agreed: the number is not used
        s.answerTextConsent(true);
        QVERIFY(hasCode(s.issuesFor(TextTo), QStringLiteral("number.npa-n11")));
        QVERIFY(!s.isPageComplete(Page::Authorization));
        s.submit();
        QCOMPARE(s.submitState(), Submit::Idle);
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);
        s.setValue(TextTo, QString());
        QVERIFY(hasCode(s.issuesFor(TextTo), QStringLiteral("texts.to-missing")));
        s.setValue(TextTo, QStringLiteral("(385) 222-0123"));
        QVERIFY(s.issuesFor(TextTo).isEmpty());
        QVERIFY(s.isPageComplete(Page::Authorization));
        QCOMPARE(s.textConsent().to, QStringLiteral("+13852220123"));
        s.setValue(TextTo, QStringLiteral("911 555 2345"));
        s.answerTextConsent(false);
        QVERIFY(s.isPageComplete(Page::Authorization));
    }

    // The default follows the ported number while it is the default; a number the agent typed stays.
    void theTextNumberFollowsThePortedNumberUntilTyped()
    {
        Desk d;
        PortInSession &s = *d.session;
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QCOMPARE(s.value(TextTo), QStringLiteral("(801) 555-2345"));
        s.setValue(PortInNumber, QStringLiteral("8015552346"));
        QCOMPARE(s.value(TextTo), QStringLiteral("(801) 555-2346"));
        s.setValue(TextTo, QStringLiteral("385 222 0123"));
        s.setValue(PortInNumber, QStringLiteral("8015552347"));
        QCOMPARE(s.value(TextTo), QStringLiteral("385 222 0123"));
        s.setValue(TextTo, QStringLiteral("801-555-2347")); // typed back to the ported number: the default again
        s.setValue(PortInNumber, QStringLiteral("8015552348"));
        QCOMPARE(s.value(TextTo), QStringLiteral("(801) 555-2348"));
    }

    // The answer, the number and the language survive a kill like the other fields.
    void theTextsAnswerIsKeptInTheDraft()
    {
        Desk d;
        d.session->setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        d.session->setValue(TextTo, QStringLiteral("385 222 0123"));
        d.session->setValue(TextLanguage, QStringLiteral("fr"));
        d.session->answerTextConsent(true);
        const qint64 answeredAt = d.f.clock.nowMs();
        d.session->setCurrentPage(Page::Authorization);
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs);
        QVERIFY(d.drafts.exists());
        d.session = d.open();
        QVERIFY(!d.session->textConsent().asked);
        QVERIFY(d.session->restoreDraft());
        const TextConsent c = d.session->textConsent();
        QVERIFY(c.asked && c.agreed);
        QCOMPARE(c.to, QStringLiteral("+13852220123"));
        QCOMPARE(c.language, QStringLiteral("fr"));
        QCOMPARE(c.atMs, answeredAt);
        QCOMPARE(d.session->value(TextTo), QStringLiteral("385 222 0123"));
        d.session->reset();
        QVERIFY(!d.session->textConsent().asked);
    }

    // The customer's language is the desk's when PortDesk writes texts in it, else English.
    void theLanguageIsTheDesksByDefault()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("es_US")));
        QCOMPARE(TextConsentStep::defaultLanguage(), QStringLiteral("es"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_CA")));
        QCOMPARE(TextConsentStep::languageOf({}), QStringLiteral("fr"));
        QCOMPARE(TextConsentStep::languageOf({{TextLanguage, QStringLiteral("en")}}), QStringLiteral("en"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(TextConsentStep::defaultLanguage(), QStringLiteral("en"));
        QLocale::setDefault(before);
    }

    void numberOfAnOpenOrderIsRefused()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(
            recordOrder(d.registry, QStringLiteral("JNUOID-OPEN1"), QStringLiteral("+18015552345"), d.f.clock.nowMs()));
        s.setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        QVERIFY(hasCode(s.issuesFor(PortInNumber), QStringLiteral("number.open-order")));
        QCOMPARE(s.eligibility(), Eligibility::None); // not even asked about
        d.fillAfterNumber(s);
        s.submit();
        QCOMPARE(s.submitState(), Submit::Idle);
        d.f.clock.advance(60'000);
        QCOMPARE(d.sent(sandbox::route::Eligibility), 0);
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);
        QCOMPARE(d.registry.count(), 1);
    }

    // Issue 14 §7: the duplicate-number error names the order the wizard can take the agent to.
    void holdingOrderIsTheOpenOrderOfTheNumber()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(
            recordOrder(d.registry, QStringLiteral("JNUOID-OPEN1"), QStringLiteral("+18015552345"), d.f.clock.nowMs()));
        QCOMPARE(s.holdingOrder(), QString()); // nothing typed
        s.setValue(PortInNumber, QStringLiteral("(801) 555-234"));
        QCOMPARE(s.holdingOrder(), QString()); // not a number yet
        s.setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        QCOMPARE(s.holdingOrder(), QStringLiteral("JNUOID-OPEN1"));
        s.setValue(PortInNumber, QStringLiteral("801-555-2346"));
        QCOMPARE(s.holdingOrder(), QString()); // a free number
    }

    void refusedSubmitSendsTheAgentToTheField()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        d.f.simulator->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::PlainTextError, {}}, 1);
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Failed; }));
        QCOMPARE(s.failedField(), PortInNumber);
        QVERIFY(hasCode(s.issuesFor(PortInNumber), QStringLiteral("server")));
        QVERIFY(!s.isPageComplete(Page::Review));
        QCOMPARE(d.registry.count(), 0);                        // refused: no order
        s.setValue(PortInNumber, QStringLiteral("8015552346")); // answered where it was found
        QCOMPARE(s.submitState(), Submit::Idle);
        QVERIFY(!hasCode(s.issuesFor(PortInNumber), QStringLiteral("server")));
    }

    void unknownOutcomeIsNeverSentAgain()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        d.f.simulator->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::NoAnswer, {}}, 1);
        s.submit();
        QVERIFY(d.waitFor([&] { return d.f.simulator->engine()->orders().size() == 1; }));
        QVERIFY(d.f.waitReal([&] { return d.f.simulator->hangingConnections() == 1; }));
        d.f.clock.advance(d.f.client->scheduler()->timeoutMs());
        QVERIFY(d.f.waitReal([&] { return s.submitState() == Submit::UnknownOutcome; }));
        s.submit();
        d.f.clock.advance(10 * 60'000);
        QTest::qWait(20);
        QCOMPARE(d.sent(sandbox::route::PortIn), 1);
        QCOMPARE(d.registry.count(), 1);
        QVERIFY(d.registry.find(d.registry.orderIds().constFirst())->outcomeUnknown);
        QCOMPARE(s.value(CurrentAccountNumber), QStringLiteral("4651234567")); // data kept
    }

    void draftIsSavedWithoutThePinAndRestored()
    {
        Desk d;
        d.session->setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        d.session->setValue(CurrentAccountNumber, QStringLiteral("4651234567"));
        d.session->setValue(CurrentAccountPassword, QStringLiteral("PIN-918273"));
        d.session->setValue(City, QStringLiteral("Lehi"));
        d.session->setCurrentPage(Page::Account);
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs);
        QVERIFY(d.drafts.exists());
        const qint64 savedAt = d.f.clock.nowMs();
        QFile file(d.drafts.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("4651234567"));
        QVERIFY(!stored.contains("918273"));

        d.f.clock.advance(60'000);
        d.session = d.open();
        QVERIFY(d.session->restoreDraft());
        QCOMPARE(d.session->value(CurrentAccountNumber), QStringLiteral("4651234567"));
        QCOMPARE(d.session->value(City), QStringLiteral("Lehi"));
        QVERIFY(d.session->value(CurrentAccountPassword).isEmpty());
        QCOMPARE(d.session->restoredDraftPage(), Page::Account);
        QCOMPARE(d.session->currentPage(), Page::Account);
        QCOMPARE(d.session->restoredDraftSavedAt(), savedAt);
        QVERIFY(d.session->isTouched(CurrentAccountPassword)); // "ask for the PIN again" shows at once
        QVERIFY(d.waitFor([&] { return d.session->eligibility() == Eligibility::Eligible; })); // checked again

        d.session->reset(); // a new port-in: the draft goes
        QVERIFY(!d.drafts.exists());
        QVERIFY(!d.session->restoreDraft());
    }

    // Issue 17: the draft delay ran on a QTimer, outside the injected clock.
    void draftIsWrittenAPauseAfterTheLastChangeOnTheClock()
    {
        Desk d;
        d.session->setValue(City, QStringLiteral("Lehi"));
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs - 1);
        d.session->setValue(City, QStringLiteral("Lehi2")); // the pause starts again
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs - 1);
        QVERIFY(!d.drafts.exists());
        d.f.clock.advance(1);
        QVERIFY(d.drafts.exists());
        QCOMPARE(d.drafts.load().value(City).toString(), QStringLiteral("Lehi2"));
        // Closed before the pause is over: the last keystroke is saved all the same.
        d.session->setValue(City, QStringLiteral("Provo"));
        d.session.reset();
        QCOMPARE(d.drafts.load().value(City).toString(), QStringLiteral("Provo"));
    }

    void aNewConnectionKeepsTheTypedValues()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        s.setValue(CurrentCarrierName, QStringLiteral("Acme Mobile"));
        s.recordVerbalAuthorization(true); // agreed for this carrier: the change above voided the first
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs);
        QVERIFY(d.drafts.exists());

        // The desk switches target (credentials saved): another client, registry and draft file.
        TelegentClient live(&d.f.nam, &d.f.clock);
        live.setBaseUrl(ApiBaseUrl::parse(d.f.simulator->baseUrl().toString()));
        live.setCredentials(QStringLiteral("DID-sandbox"), QStringLiteral("sandbox-secret"));
        OrderRegistry liveRegistry;
        QVERIFY(liveRegistry.openSqlite(QStringLiteral(":memory:"), nullptr));
        DraftStore liveDrafts(d.dir.filePath(QStringLiteral("live-draft.json")));
        s.setConnection(&live, &liveRegistry, &liveDrafts);
        QCOMPARE(s.value(CurrentCarrierName), QStringLiteral("Acme Mobile"));
        QCOMPARE(s.value(CurrentAccountPassword),
                 QStringLiteral("918273")); // in memory: the PIN stays too
        QCOMPARE(s.value(Zip), QStringLiteral("84043"));
        QVERIFY(!d.drafts.exists());                      // the values moved to the new draft
        QCOMPARE(s.eligibility(), Eligibility::Checking); // asked again, of the new target
        QVERIFY(d.f.waitReal([&] { return s.eligibility() == Eligibility::Eligible; }));
        QCOMPARE(d.sent(sandbox::route::Eligibility), 2);
        d.f.clock.advance(PortInSession::kDraftSaveDelayMs);
        QVERIFY(liveDrafts.exists());

        s.submit();
        QVERIFY(d.f.waitReal([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(liveRegistry.count(), 1); // recorded where it was sent
        QCOMPARE(d.registry.count(), 0);
        d.session.reset(); // before the connection it uses
    }

    void aSwitchWaitsForTheSubmitOnItsWay()
    {
        Desk d;
        PortInSession &s = *d.session;
        QVERIFY(d.fillValid());
        s.submit();
        QCOMPARE(s.submitState(), Submit::Sending);
        OrderRegistry other;
        QVERIFY(other.openSqlite(QStringLiteral(":memory:"), nullptr));
        DraftStore otherDrafts(d.dir.filePath(QStringLiteral("other.json")));
        s.setConnection(d.f.client.get(), &other, &otherDrafts);
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(d.registry.count(), 1); // where it was sent
        QCOMPARE(other.count(), 0);
        s.reset();
        QVERIFY(d.fillValid(QStringLiteral("8015552346")));
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(other.count(), 1); // the switch came once the first was recorded
        d.session.reset();          // before the connection it uses
    }

    // Issue 17: start-up builds the wizard before the desk's mode (training or live) is known.
    void withoutConnectionTheAgentTypesAndTheCheckWaits()
    {
        Desk d;
        PortInSession s(&d.f.clock, QStringLiteral("agent1"));
        QVERIFY(!s.isConnected());
        s.setValue(PortInNumber, QStringLiteral("911-555-2345"));
        QVERIFY(hasCode(s.issuesFor(PortInNumber), QStringLiteral("number.npa-n11")));
        QCOMPARE(s.eligibility(), Eligibility::None);
        s.setValue(Zip, QStringLiteral("840"));
        d.f.clock.advance(PortInSession::kTypingPauseMs);
        QVERIFY(s.isTouched(Zip)); // its timers run on the clock it was given
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QCOMPARE(s.eligibility(), Eligibility::Pending); // waits for a client
        QVERIFY2(s.eligibilityText().contains(QLatin1String("connected")), qPrintable(s.eligibilityText()));
        QVERIFY(!s.isPageComplete(Page::Number));
        d.fillAfterNumber(s);
        s.setValue(CurrentCarrierName, QStringLiteral("Verizon")); // no answer to prefill it from
        s.recordVerbalAuthorization(true);
        QVERIFY(s.isPageComplete(Page::Account));
        QVERIFY(s.isPageComplete(Page::Address));
        s.submit(); // nothing to send it to: refused, and said why
        QCOMPARE(s.submitState(), Submit::Failed);
        QCOMPARE(s.submitError().kind, ApiError::Kind::Configuration);
        QVERIFY(s.submitError().message.contains(QLatin1String("not connected")));
        d.f.clock.advance(60'000);
        QCOMPARE(d.sent(sandbox::route::Eligibility), 0);
        QCOMPARE(d.sent(sandbox::route::PortIn), 0);

        QSignalSpy restored(&s, &PortInSession::draftRestored);
        s.setConnection(d.f.client.get(), &d.registry, &d.drafts);
        QVERIFY(s.isConnected());
        QCOMPARE(s.submitState(), Submit::Idle);
        QCOMPARE(s.eligibility(), Eligibility::Checking);
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QCOMPARE(s.value(Zip), QStringLiteral("84043")); // the typing stays
        QCOMPARE(restored.size(), 0);                    // the agent's typing wins over an older draft
        s.submit();
        QVERIFY(d.waitFor([&] { return s.submitState() == Submit::Done; }));
        QCOMPARE(d.registry.count(), 1);
    }

    void theFirstConnectionBringsTheDraftBack()
    {
        Desk d;
        QVERIFY(d.drafts.save({{City, QStringLiteral("Lehi")}, {PortInNumber, QStringLiteral("8015552345")}},
                              d.f.clock.nowMs(), QStringLiteral("address")));
        DraftStore other(d.dir.filePath(QStringLiteral("other.json")));
        PortInSession s(&d.f.clock, QStringLiteral("agent1"));
        QVERIFY(!s.restoreDraft()); // no draft store yet
        s.restoreDraftOnConnect();  // a window shows it
        QSignalSpy restored(&s, &PortInSession::draftRestored);
        s.setConnection(d.f.client.get(), &d.registry, &d.drafts);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(s.value(City), QStringLiteral("Lehi"));
        QCOMPARE(s.restoredDraftPage(), Page::Address);
        QVERIFY(s.restoredDraftSavedAt() > 0);
        QVERIFY(d.waitFor([&] { return s.eligibility() == Eligibility::Eligible; }));
        QCOMPARE(d.sent(sandbox::route::Eligibility), 1); // the restored number, asked once
        // A later switch moves the values; it restores nothing.
        s.setConnection(d.f.client.get(), &d.registry, &other);
        QCOMPARE(restored.size(), 1);
    }

    void aDeskWithoutAWindowLeavesTheDraft()
    {
        // portdesk-cli and a team desk have a session but no wizard: the GUI's draft stays on
        // disk, and its number is not checked on the account's budget.
        Desk d;
        QVERIFY(
            d.drafts.save({{PortInNumber, QStringLiteral("8015552345")}}, d.f.clock.nowMs(), QStringLiteral("number")));
        PortInSession s(&d.f.clock, QStringLiteral("agent1"));
        QSignalSpy restored(&s, &PortInSession::draftRestored);
        s.setConnection(d.f.client.get(), &d.registry, &d.drafts);
        QCOMPARE(restored.size(), 0);
        QVERIFY(!s.hasData());
        d.f.runUntil([] { return false; }, 5'000, 500);
        QCOMPARE(d.sent(sandbox::route::Eligibility), 0);
        QVERIFY(d.drafts.exists());
    }

    void builtWithNothingItStillValidates()
    {
        PortInSession s(nullptr, nullptr, nullptr, QStringLiteral("agent1")); // its own wall clock
        s.setValue(Zip, QStringLiteral("8404"));
        s.touch(Zip);
        QVERIFY(hasCode(s.issuesFor(Zip), QStringLiteral("zip.format")));
        s.setValue(PortInNumber, QStringLiteral("8015552345"));
        QCOMPARE(s.eligibility(), Eligibility::Pending);
        s.submit();
        QCOMPARE(s.submitState(), Submit::Idle); // invalid: the fields say why first
        QVERIFY(!s.restoreDraft());
    }
};

QTEST_GUILESS_MAIN(TestPortInSession)
#include "tst_portinsession.moc"
