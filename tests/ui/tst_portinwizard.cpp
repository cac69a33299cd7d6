#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DeskFixture.h"
#include "ScreenshotLanguage.h"
#include "WizardDriver.h"
#include "PortInWizard.h"
#include "WizardPages.h"
#include "domain/validation/FieldNames.h"
#include "sandbox/SimulatorEngine.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"

using namespace portdesk;
using namespace portdesk::test;
using namespace portdesk::FieldName;

// The agent's wizard offscreen against the simulator, driven by the keyboard.
class TestPortInWizard : public QObject
{
    Q_OBJECT

    struct Agent : DeskFixture, Keyboard
    {
        Agent()
            : drafts(dir.filePath(QStringLiteral("draft.json"))),
              session(std::make_unique<PortInSession>(f.client.get(), &registry, &drafts, QStringLiteral("agent1")))
        {
            open();
        }
        void open()
        {
            wizard = std::make_unique<ui::PortInWizard>(session.get(), true);
            wizard->resize(1000, 640);
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
            wizard->activateWindow(); // keyboard focus also under a bare X server (no window manager)
            QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
            wizard->focusFirstField();
        }
        ui::SessionPage *page(int id) const { return static_cast<ui::SessionPage *>(wizard->page(id)); }
        bool waitFor(const std::function<bool()> &done) { return f.runUntil(done); }
        // A complete, valid port-in typed straight into the session (not what is under test here).
        bool fillValid()
        {
            session->setValue(PortInNumber, QStringLiteral("8015552345"));
            if (!waitFor([&] { return session->eligibility() == PortInSession::Eligibility::Eligible; }))
                return false;
            for (const auto &[field, value] : std::initializer_list<std::pair<QString, QString>>{
                     {CurrentAccountNumber, QStringLiteral("4651234567")}, {CurrentAccountPassword, QStringLiteral("918273")},
                     {SubscriberName, QStringLiteral("Jane Doe")}, {Street1, QStringLiteral("1 Main St")},
                     {City, QStringLiteral("Lehi")}, {State, QStringLiteral("UT")}, {Zip, QStringLiteral("84043")}})
                session->setValue(field, value);
            return true;
        }
        bool fillValidAndReview()
        {
            if (!fillValid())
                return false;
            for (int i = 0; i < 3; ++i)
                wizard->next();
            return wizard->currentId() == ui::ReviewPageId;
        }

        QTemporaryDir dir;
        DraftStore drafts;
        std::unique_ptr<PortInSession> session;
        std::unique_ptr<ui::PortInWizard> wizard;
    };

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage();
    }

    void keyboardHappyPath()
    {
        Agent a;
        QCOMPARE(a.wizard->currentId(), int(ui::NumberPageId));
        QCOMPARE(a.focused(), a.page(ui::NumberPageId)->editorFor(PortInNumber));
        WizardDriver driver{*a.wizard, *a.session, [&](const std::function<bool()> &done) { return a.waitFor(done); }};
        driver.onPage = [&](const QString &page) {
            if (page == QLatin1String("number")) // formatted as typed
                QCOMPARE(qobject_cast<QLineEdit *>(a.focused())->text(), QStringLiteral("(801) 555-2345"));
            if (page == QLatin1String("account")) { // carrier prefilled, typing started at the account number
                QVERIFY(!a.session->value(CurrentCarrierName).isEmpty());
                QCOMPARE(a.session->value(CurrentAccountNumber), QStringLiteral("4651234567"));
            }
            if (page == QLatin1String("address"))
                QCOMPARE(a.session->value(State), QStringLiteral("UT"));
            const int index = QStringList{QStringLiteral("number"), QStringLiteral("account"), QStringLiteral("address"),
                                          QStringLiteral("review"), QStringLiteral("result")}.indexOf(page);
            shoot(a.wizard.get(), QStringLiteral("wizard-%1-%2.png").arg(index + 1).arg(page));
        };
        QVERIFY2(driver.run(), qPrintable(driver.failure));
        const QString orderId = static_cast<ui::ResultPage *>(a.wizard->page(ui::ResultPageId))->orderId();
        QVERIFY(orderId.startsWith(QLatin1String("JNUOID-")));
        // Recorded at once, without the PIN; the draft is gone.
        const OrderRecord *r = a.registry.find(orderId);
        QVERIFY(r);
        QCOMPARE(r->number, QStringLiteral("+18015552345"));
        QCOMPARE(r->address.state, QStringLiteral("UT"));
        QVERIFY(!a.drafts.exists());
        QCOMPARE(a.f.simulator->stats().perRoute.value(sandbox::route::PortIn), 1);
        qInfo("wizard_extra_keystrokes: %d (data characters: %d)", driver.extra, driver.data);
        QVERIFY(driver.extra <= 25);

        a.wizard->button(QWizard::FinishButton)->click(); // the home screen stays, for the next customer
        QVERIFY(a.wizard->isVisible());
        QCOMPARE(a.wizard->currentId(), int(ui::NumberPageId));
        QVERIFY(a.session->value(CurrentAccountPassword).isEmpty());
        QVERIFY(!a.session->hasData());
    }

    void escapeAsksBeforeDiscarding()
    {
        Agent a;
        a.type(QStringLiteral("801555"));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QWidget *number = a.page(ui::NumberPageId)->editorFor(PortInNumber);
        QTest::keyClick(number, Qt::Key_Escape);
        QVERIFY(a.session->hasData()); // kept: the agent said Cancel
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(number, Qt::Key_Escape);
        QVERIFY(!a.session->hasData());
        QVERIFY(a.wizard->isVisible());
    }

    void refusedCredentialsOfferTheSettingsDialog()
    {
        Agent a;
        QVERIFY(a.fillValidAndReview());
        a.f.client->setCredentials(QStringLiteral("DID-sandbox"), QStringLiteral("rotated-secret"));
        bool asked = false;
        connect(a.wizard.get(), &ui::PortInWizard::credentialsRequested, this, [&] { asked = true; });
        a.wizard->next(); // submit
        QVERIFY(a.waitFor([&] { return a.session->submitState() == PortInSession::Submit::Failed; }));
        QCOMPARE(a.session->submitError().kind, ApiError::Kind::Authentication);
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        QVERIFY(a.wizard->reviewPage()->bannerText().contains(QLatin1String("credentials")));
        QPushButton *check = nullptr;
        for (QPushButton *b : a.wizard->reviewPage()->findChildren<QPushButton *>())
            if (b->text().contains(QLatin1String("credentials")))
                check = b;
        QVERIFY(check && check->isVisible());
        check->click();
        QVERIFY(asked);
        QCOMPARE(a.session->value(CurrentAccountNumber), QStringLiteral("4651234567")); // data kept
    }

    void rateLimitedSubmitWaitsInTheQueue()
    {
        Agent a;
        QVERIFY(a.fillValid());
        a.f.client->scheduler()->budget().setPerMinute(2); // the eligibility token and check used it up
        a.session->submit();
        QTest::qWait(20);
        QCOMPARE(a.session->submitState(), PortInSession::Submit::Sending);
        QVERIFY2(a.session->waitingText().contains(QLatin1String("queued")), qPrintable(a.session->waitingText()));
        QCOMPARE(a.f.simulator->stats().perRoute.value(sandbox::route::PortIn), 0);
        QVERIFY(a.waitFor([&] { return a.session->submitState() == PortInSession::Submit::Done; }));
        QCOMPARE(a.f.simulator->stats().rateLimited, 0);
    }

    // Issue 12 §5: a submit Telegent asked to wait for (503 with Retry-After: 120) says on the
    // review page when it goes out again, not just "Sending...".
    void serverAskedWaitIsSaidOnTheReview()
    {
        Agent a;
        QVERIFY(a.fillValidAndReview());
        a.f.simulator->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::ServiceUnavailable, 120}, 1);
        a.wizard->next(); // submit
        QVERIFY(a.f.waitReal([&] { return a.f.simulator->stats().perRoute.value(sandbox::route::PortIn) == 1
                                          && a.f.client->scheduler()->inFlight() == 0; }));
        QTest::qWait(20);
        QCOMPARE(a.session->submitState(), PortInSession::Submit::Sending);
        const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.f.clock.nowMs() + 120'000).toLocalTime().time(),
                                              QLocale::LongFormat);
        QVERIFY2(a.session->waitingText().contains(at), qPrintable(a.session->waitingText()));
        bool shown = false;
        for (QLabel *l : a.wizard->reviewPage()->findChildren<QLabel *>())
            shown = shown || (l->isVisible() && l->text().contains(at));
        QVERIFY(shown);
        QVERIFY(a.waitFor([&] { return a.session->submitState() == PortInSession::Submit::Done; }));
        QCOMPARE(a.f.simulator->engine()->orders().size(), 1);
    }

    void coachingForTheBigCarriersShowsAtOnce()
    {
        Agent a;
        a.session->setValue(CurrentCarrierName, QStringLiteral("Verizon"));
        QVERIFY(!a.session->isTouched(CurrentAccountPassword));
        QVERIFY2(a.page(ui::AccountPageId)->feedbackText(CurrentAccountPassword).contains(QLatin1String("Transfer PIN"), Qt::CaseInsensitive),
                 qPrintable(a.page(ui::AccountPageId)->feedbackText(CurrentAccountPassword)));
        QCOMPARE(a.page(ui::AccountPageId)->editorFor(City) , nullptr);
        QVERIFY(!a.page(ui::AddressPageId)->editorFor(City)->accessibleDescription().isEmpty());
    }

    void notEligibleStopsTheFlow()
    {
        Agent a;
        a.type(QStringLiteral("801-555-0000"));
        QVERIFY(a.waitFor([&] { return a.session->eligibility() == PortInSession::Eligibility::NotEligible; }));
        QVERIFY(!a.wizard->page(ui::NumberPageId)->isComplete());
        a.key(Qt::Key_Return);
        QCOMPARE(a.wizard->currentId(), int(ui::NumberPageId));
        QVERIFY(a.page(ui::NumberPageId)->feedbackText(PortInNumber).contains(QLatin1String("not eligible")));
        QVERIFY(a.page(ui::NumberPageId)->editorFor(PortInNumber)->accessibleDescription().contains(QLatin1String("not eligible")));
    }

    void rulesShowAtTheirField_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("N11 area code") << int(ui::NumberPageId) << PortInNumber << "911-555-2345" << true;
        QTest::newRow("extension") << int(ui::NumberPageId) << PortInNumber << "801-555-2345 x12" << true;
        QTest::newRow("account too long") << int(ui::AccountPageId) << CurrentAccountNumber << QString(31, QLatin1Char('1')) << true;
        QTest::newRow("short PIN") << int(ui::AccountPageId) << CurrentAccountPassword << "12" << false;
        QTest::newRow("PO box") << int(ui::AddressPageId) << Street1 << "PO Box 12" << true;
        QTest::newRow("bad zip") << int(ui::AddressPageId) << Zip << "8404" << true;
        QTest::newRow("ICCID check digit") << int(ui::AddressPageId) << Iccid << "8901260123456789012" << true;
    }
    void rulesShowAtTheirField()
    {
        QFETCH(int, pageId);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, blocks);
        Agent a;
        auto *edit = qobject_cast<QLineEdit *>(a.page(pageId)->editorFor(field));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, value);
        a.session->touch(field);
        const QString shown = a.page(pageId)->feedbackText(field);
        QVERIFY2(!shown.isEmpty(), qPrintable(field));
        QCOMPARE(edit->accessibleDescription(), shown);
        QCOMPARE(hasErrors(a.session->issuesFor(field)), blocks);
        if (blocks)
            QVERIFY(!a.page(pageId)->isComplete());
    }

    void serverFieldErrorReturnsToTheField()
    {
        Agent a;
        QVERIFY(a.fillValidAndReview());
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        a.f.simulator->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::PlainTextError, {}}, 1);
        a.wizard->next(); // submit
        QVERIFY(a.waitFor([&] { return a.session->submitState() == PortInSession::Submit::Failed; }));
        QCOMPARE(a.wizard->currentId(), int(ui::NumberPageId));
        QCOMPARE(a.focused(), a.page(ui::NumberPageId)->editorFor(PortInNumber));
        QVERIFY(a.page(ui::NumberPageId)->feedbackText(PortInNumber).contains(QLatin1String("E.164")));
    }

    void unknownOutcomeKeepsDataAndNeverResends()
    {
        Agent a;
        QVERIFY(a.fillValidAndReview());
        a.f.simulator->faults().add(sandbox::route::PortIn, {sandbox::Fault::Kind::NoAnswer, {}}, 1);
        a.wizard->next(); // submit
        QVERIFY(a.waitFor([&] { return a.f.simulator->engine()->orders().size() == 1; }));
        QVERIFY(a.f.waitReal([&] { return a.f.simulator->hangingConnections() == 1; }));
        a.f.clock.advance(a.f.client->scheduler()->timeoutMs());
        QVERIFY(a.f.waitReal([&] { return a.session->submitState() == PortInSession::Submit::UnknownOutcome; }));
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        QCOMPARE(a.wizard->reviewPage()->bannerText(), QCoreApplication::translate("portdesk::ui::ReviewPage",
            "This port-in may or may not have reached Telegent. Check the orders view before resubmitting: it is listed "
            "there as \"Outcome unknown\". Nothing is sent again by itself."));
        shoot(a.wizard.get(), QStringLiteral("wizard-unknown-outcome.png"));
        QCOMPARE(a.session->value(CurrentAccountNumber), QStringLiteral("4651234567")); // data kept
        a.wizard->next(); // a second Submit does nothing
        a.f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(a.f.simulator->stats().perRoute.value(sandbox::route::PortIn), 1);
        QCOMPARE(a.registry.count(), 1);
        QVERIFY(a.registry.find(a.registry.orderIds().constFirst())->outcomeUnknown);
        QVERIFY(!a.registry.openOrderFor(QStringLiteral("+18015552345")).isEmpty()); // blocks a blind resubmit
    }

    void draftSurvivesTheWindowWithoutThePin()
    {
        Agent a;
        a.session->setValue(PortInNumber, QStringLiteral("(801) 555-2345"));
        a.session->setValue(CurrentAccountNumber, QStringLiteral("4651234567"));
        a.session->setValue(CurrentAccountPassword, QStringLiteral("PIN-918273"));
        a.session->setValue(City, QStringLiteral("Lehi"));
        a.wizard.reset();
        a.session.reset(); // as if the app crashed right after the debounce
        QVERIFY(a.drafts.exists());
        QFile file(a.drafts.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("PIN-918273"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        a.session = std::make_unique<PortInSession>(a.f.client.get(), &a.registry, &a.drafts, QStringLiteral("agent1"));
        QVERIFY(a.session->restoreDraft());
        a.open();
        a.wizard->announceRestoredDraft();
        QCOMPARE(a.session->value(CurrentAccountNumber), QStringLiteral("4651234567"));
        QCOMPARE(a.session->value(City), QStringLiteral("Lehi"));
        QVERIFY(a.session->value(CurrentAccountPassword).isEmpty());
        QCOMPARE(qobject_cast<QLineEdit *>(a.page(ui::NumberPageId)->editorFor(PortInNumber))->text(), QStringLiteral("(801) 555-2345"));
        const auto labels = a.wizard->page(ui::NumberPageId)->findChildren<QLabel *>();
        const QString askAgain = QCoreApplication::translate("portdesk::ui::NumberPage", // after the date
            "An unfinished port-in from %1 was restored. Ask the customer for the account PIN again: it is never saved.")
                                     .section(QLatin1String("%1"), 1);
        QVERIFY(askAgain.contains(QLatin1String("PIN")));
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) {
            return l->isVisible() && l->text().contains(askAgain);
        }));
        shoot(a.wizard.get(), QStringLiteral("wizard-draft-restored.png"));
        a.wizard->startNew(); // discarded: the draft goes too
        QVERIFY(!a.drafts.exists());
    }
};

QTEST_MAIN(TestPortInWizard)
#include "tst_portinwizard.moc"
