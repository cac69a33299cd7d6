#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DeskFixture.h"
#include "ScreenshotLanguage.h"
#include "TestRequests.h"
#include "domain/validation/FieldNames.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderRegistry.h"
#include "sandbox/SimulatorEngine.h"
#include "wizard/AuthorizationPage.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"
#include "wizard/TextConsentStep.h"

using namespace portdesk;
using namespace portdesk::test;
using namespace portdesk::FieldName;

// The wizard's authorization page offscreen against the simulator: Next waits for the customer's
// yes, which the keyboard gives; a team that requires a signed LOA gets no verbal choice; the
// written LOA is made as a PDF without the PIN, the port-in parked, and once the signed copy is
// back it is continued and submitted. (The real-desktop tier drives the verbal path by keyboard.)
class TestAuthorizationPage : public QObject
{
    Q_OBJECT

    struct Agent : DeskFixture
    {
        Agent()
            : drafts(dir.filePath(QStringLiteral("draft.json"))),
              session(std::make_unique<PortInSession>(f.client.get(), &registry, &drafts, QStringLiteral("agent1")))
        {
        }
        void open()
        {
            wizard = std::make_unique<ui::PortInWizard>(session.get(), true);
            wizard->resize(1000, 640);
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
            wizard->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        }
        bool waitFor(const std::function<bool()> &done) { return f.runUntil(done); }
        // A valid port-in up to the authorization page, nothing authorized.
        bool toAuthorizationPage()
        {
            session->setValue(PortInNumber, QStringLiteral("8015552345"));
            if (!waitFor([&] { return session->eligibility() == PortInSession::Eligibility::Eligible; }))
                return false;
            for (const auto &[field, value] : sampleFieldsAfterNumber())
                session->setValue(field, value);
            for (int i = 0; i < 3; ++i)
                wizard->next();
            return wizard->currentId() == ui::AuthorizationPageId;
        }
        ui::AuthorizationPage *page() const { return wizard->authorizationPage(); }
        QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }

        QTemporaryDir dir;
        DraftStore drafts;
        std::unique_ptr<PortInSession> session;
        std::unique_ptr<ui::PortInWizard> wizard;
    };

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(20'000) || p.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage();
    }

    void nextWaitsForTheCustomersYes()
    {
        Agent a;
        a.open();
        QVERIFY(a.toAuthorizationPage());
        QVERIFY(!a.next()->isEnabled());
        QCOMPARE(a.session->value(AccountHolder), QStringLiteral("Jane Doe"));
        QVERIFY2(a.page()->scriptText().contains(QLatin1String("(801) 555-2345")), qPrintable(a.page()->scriptText()));
        QVERIFY(a.page()->scriptText().contains(QLatin1String("Jane Doe")));
        QCOMPARE(QApplication::focusWidget(), a.page()->editorFor(AccountHolder));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier); // "The customer a&greed"
        // A mnemonic clicks its button the way a mouse does, a moment later (animateClick).
        QTRY_COMPARE(a.session->authorization().kind, Authorization::Kind::Verbal);
        QVERIFY(a.next()->isEnabled());
        QVERIFY2(a.page()->recordedText().contains(a.session->authorization().describe()),
                 qPrintable(a.page()->recordedText()));
        // Another holder: the yes was for Jane Doe, not for him.
        a.session->setValue(AccountHolder, QStringLiteral("John Doe"));
        QVERIFY(!a.next()->isEnabled());
    }

    // Issue 20: "may we text you about this port?" - unticked by default, the number and language
    // only with a yes, each control named for a screen reader and reached by Tab and Alt+letter.
    void textsAreAskedAtTheStep()
    {
        Agent a;
        a.open();
        QVERIFY(a.toAuthorizationPage());
        auto *agreed = a.page()->findChild<QCheckBox *>(QStringLiteral("textsAgreed"));
        auto *number = qobject_cast<QLineEdit *>(a.page()->editorFor(TextTo));
        auto *language = a.page()->findChild<QComboBox *>(QStringLiteral("textLanguage"));
        QVERIFY(agreed && number && language);
        QCOMPARE(agreed->accessibleName(),
                 QStringLiteral("The customer agrees to receive text messages about this port"));
        QCOMPARE(number->accessibleName(), QStringLiteral("Number to text"));
        QCOMPARE(language->accessibleName(), QStringLiteral("Language of the texts"));
        QVERIFY(!agreed->isChecked());
        QVERIFY(!number->isEnabled() && !language->isEnabled());
        QCOMPARE(number->text(), QStringLiteral("(801) 555-2345")); // the ported number
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QTest::qWait(50); // laid out before the picture
        shoot(a.wizard.get(), QStringLiteral("wizard-4-authorization-texts.png"));

        // Tab goes from the holder's names to the question, then to its fields once they apply.
        QWidget *person = a.page()->editorFor(AuthorizingPerson);
        person->setFocus();
        QTest::keyClick(person, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), agreed);
        QTest::keyClick(agreed, Qt::Key_Space);
        QVERIFY(a.session->textConsent().asked && a.session->textConsent().agreed);
        QVERIFY(number->isEnabled() && language->isEnabled());
        QTest::keyClick(agreed, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), number);
        QTest::keyClick(number, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), language);
        QTest::keyClick(language, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() == a.page()->findChildren<QRadioButton *>().constFirst()); // verbal

        // The mnemonics: Alt+X to the number, Alt+O to the language.
        QTest::keyClick(language, Qt::Key_X, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), number);
        QTest::keyClick(number, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), language);

        // Another number, wrong: said at the field, and Next waits.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier); // the script's yes
        QTRY_VERIFY(a.next()->isEnabled());
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("911 555 2345"));
        QTest::keyClick(number, Qt::Key_Tab);
        QVERIFY2(!a.page()->feedbackText(TextTo).isEmpty(), "no message at the number");
        QCOMPARE(number->accessibleDescription(), a.page()->feedbackText(TextTo));
        QVERIFY(!a.next()->isEnabled());
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("385 222 0123"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        emit language->activated(language->currentIndex());
        QVERIFY(a.next()->isEnabled());
        const TextConsent yes = a.session->textConsent();
        QCOMPARE(yes.to, QStringLiteral("+13852220123"));
        QCOMPARE(yes.language, QStringLiteral("es"));
        QCOMPARE(yes.agent, QStringLiteral("agent1"));

        // Unticked and passed: a "no", on the review with the other facts.
        QTest::keyClick(number, Qt::Key_R, Qt::AltModifier); // "&receive"
        QTRY_VERIFY(!agreed->isChecked());
        QVERIFY(!number->isEnabled());
        a.wizard->next();
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        QVERIFY(a.session->textConsent().asked);
        QVERIFY(!a.session->textConsent().agreed);
        const auto summaries = a.wizard->currentPage()->findChildren<QLabel *>();
        QVERIFY(std::any_of(summaries.begin(), summaries.end(), [](const QLabel *l) {
            return l->accessibleDescription().contains(QLatin1String("Texts about this port: No"));
        }));
    }

    // The agent saw the question and went on without ticking it: the customer said no.
    void passingTheStepUntickedRecordsANo()
    {
        Agent a;
        a.open();
        QVERIFY(a.toAuthorizationPage());
        a.session->recordVerbalAuthorization(true);
        QVERIFY(!a.session->textConsent().asked);
        a.wizard->next();
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        QVERIFY(a.session->textConsent().asked);
        QVERIFY(!a.session->textConsent().agreed);
    }

    // The question takes no height of its own: the page needs no more room than without it.
    void textsFitTheSmallScreen()
    {
        Agent a;
        a.open();
        QVERIFY(a.toAuthorizationPage());
        auto *texts = a.page()->findChild<QWidget *>(QStringLiteral("texts"));
        QVERIFY(texts);
        const int with = a.page()->minimumSizeHint().height();
        texts->hide();
        a.page()->layout()->invalidate();
        const int without = a.page()->minimumSizeHint().height();
        qDebug() << "page minimum height with the question" << with << "without" << without;
        QVERIFY2(with <= without, qPrintable(QStringLiteral("%1 > %2").arg(with).arg(without)));
    }

    void aTeamThatRequiresAnLoaOffersOnlyTheLetter()
    {
        Agent a;
        QString error;
        QVERIFY(AuthorizationSettings(&a.registry).setPolicy(AuthorizationPolicy::WrittenRequired, &error));
        a.open();
        QVERIFY(a.toAuthorizationPage());
        const auto radios = a.page()->findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        QVERIFY(!radios.at(0)->isEnabled()); // verbal
        QVERIFY(radios.at(1)->isChecked());  // written
        QVERIFY(!a.next()->isEnabled());
    }

    void aWrittenLoaParksThePortInUntilItIsSigned()
    {
        Agent a;
        a.open();
        QVERIFY(a.toAuthorizationPage());
        a.page()->findChildren<QRadioButton *>().at(1)->click(); // written
        a.session->setValue(AuthorizingPerson, QStringLiteral("Jim Doe"));
        const QString pdf = a.dir.filePath(QStringLiteral("loa.pdf"));
        a.page()->createLoa(pdf);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(QFile::permissions(pdf) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString text = pdfText(pdf);
        for (const QString &field : {QStringLiteral("Jane Doe"), QStringLiteral("Jim Doe"), QStringLiteral("1 Main St"),
                                     QStringLiteral("Lehi"), QStringLiteral("4567")})
            QVERIFY2(text.contains(field), qPrintable(field + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(QLatin1String("918273")), "the PIN is in the LOA");
        QVERIFY2(!text.contains(QLatin1String("4651234567")), "the whole account number is in the LOA");
        QVERIFY(!a.next()->isEnabled()); // not signed yet
        QTest::qWait(50);                // the page lays out the new text before the picture
        shoot(a.wizard.get(), QStringLiteral("wizard-4-authorization-written.png"));

        a.page()->park();
        QCOMPARE(a.wizard->currentId(), int(ui::NumberPageId));
        QVERIFY(!a.session->hasData());
        QCOMPARE(a.registry.count(), 1);
        const QString waiting = a.registry.orderIds().constFirst();
        QVERIFY(a.registry.find(waiting)->awaitingAuthorization);
        a.f.clock.advance(60'000);
        QCOMPARE(a.f.simulator->stats().perRoute.value(sandbox::route::PortIn), 0);

        // The signed copy is back: continued, the PIN asked again, then submitted.
        Authorization back = *a.registry.authorization(waiting);
        back.reference = QStringLiteral("scan 12");
        back.atMs = a.f.clock.nowMs();
        QString error;
        QVERIFY2(AuthorizationRecords(&a.registry, QStringLiteral("agent1"))
                     .recordReceived(waiting, back, {}, a.f.clock.nowMs(), &error),
                 qPrintable(error));
        QVERIFY2(a.wizard->resume(waiting, &error), qPrintable(error));
        QVERIFY(a.waitFor([&] { return a.wizard->currentId() == ui::AccountPageId; }));
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<ui::SessionPage *>(a.wizard->page(ui::AccountPageId))->editorFor(CurrentAccountPassword));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("918273"));
        for (int i = 0; i < 3; ++i)
            a.wizard->next();
        QCOMPARE(a.wizard->currentId(), int(ui::ReviewPageId));
        a.wizard->next(); // submit
        QVERIFY(a.waitFor([&] { return a.session->submitState() == PortInSession::Submit::Done; }));
        QCOMPARE(a.registry.authorization(a.session->submitResult().orderId)->reference, QStringLiteral("scan 12"));
        QVERIFY(isTerminal(a.registry.find(waiting)->group));
    }
};

QTEST_MAIN(TestAuthorizationPage)
#include "tst_authorizationpage.moc"
