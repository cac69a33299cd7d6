#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CustomerTextsDialog.h"
#include "FieldFeedback.h"
#include "ScreenshotLanguage.h"
#include "SimulatorFixture.h"
#include "common/Translations.h"
#include "domain/validation/NumberRules.h"
#include "messaging/TextTemplates.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

// The team's customer texts as a supervisor sets them, against the in-process simulator over
// loopback: the From number is kept only on Telegent's word (GET /numbers), the texts are checked
// as typed, and what is saved is what another desk on the same registry reads.
class TestCustomerTextsDialog : public QObject
{
    Q_OBJECT

    // The simulator's training numbers (GET /numbers).
    static inline const QString kEnabled = QStringLiteral("+18018018011");
    static inline const QString kNotEnabled = QStringLiteral("+18018018012");
    static inline const QString kSuspended = QStringLiteral("+18018018013");
    static inline const QString kUnknown = QStringLiteral("+18015552345");

    struct Opened
    {
        SimulatorFixture f;
        QTemporaryDir dir;
        OrderRegistry registry;
        std::unique_ptr<ui::CustomerTextsDialog> dialog;

        // savedFrom: a From number the registry already holds (saved when Telegent accepted it).
        explicit Opened(const QString &savedFrom = {})
        {
            QString error;
            if (!registry.openSqlite(path(), &error) ||
                (!savedFrom.isEmpty() &&
                 !registry.setMeta(QString::fromLatin1(TextTemplates::kFromKey), savedFrom, &error)))
                qFatal("%s", qPrintable(error));
            dialog = std::make_unique<ui::CustomerTextsDialog>(&registry, f.client.get());
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog.get()))
                qWarning("dialog not exposed");
        }
        QString path() const { return dir.filePath(QStringLiteral("orders.sqlite")); }

        // By the accessible name the dialog gives in the language shown (the screenshot run is
        // in another language than English).
        template <typename W> W *named(const QString &accessibleName) const
        {
            const QString shown =
                QCoreApplication::translate("portdesk::ui::CustomerTextsDialog", accessibleName.toUtf8().constData());
            for (W *w : dialog->findChildren<W *>())
                if (w->accessibleName() == accessibleName || w->accessibleName() == shown)
                    return w;
            qWarning("no widget named %s", qPrintable(accessibleName));
            return nullptr;
        }
        QLineEdit *from() const { return named<QLineEdit>(QStringLiteral("From number")); }
        QLineEdit *brand() const { return named<QLineEdit>(QStringLiteral("Brand")); }
        QPlainTextEdit *text() const { return named<QPlainTextEdit>(QStringLiteral("Text")); }
        QLabel *length() const { return named<QLabel>(QStringLiteral("Length")); }
        QLabel *preview() const { return named<QLabel>(QStringLiteral("Preview")); }
        QString fromMessage() const { return named<ui::FieldFeedback>(QStringLiteral("From number check"))->text(); }
        QString textProblem() const
        {
            return named<ui::FieldFeedback>(QStringLiteral("Problem with the text"))->text();
        }
        QPushButton *button(const char *text) const
        {
            const QString shownText = QCoreApplication::translate("portdesk::ui::CustomerTextsDialog", text);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == shownText)
                    return b;
            qWarning("no button %s", text);
            return nullptr;
        }
        QPushButton *save() const { return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save); }
        void choose(const QString &language, TextTrigger trigger) const
        {
            auto *languages = named<QComboBox>(QStringLiteral("Language of the text"));
            languages->setCurrentIndex(languages->findData(language));
            auto *triggers = named<QComboBox>(QStringLiteral("When the text is sent"));
            triggers->setCurrentIndex(triggers->findData(int(trigger)));
        }
        // Types the number, clicks Check and waits for Telegent's answer.
        bool check(const QString &number)
        {
            from()->setText(number);
            QPushButton *check = button("C&heck number");
            if (!check->isEnabled())
                return false;
            check->click();
            if (check->isEnabled())
                return false; // asking: not twice
            return f.runUntil([&] { return check->isEnabled(); });
        }
        QString savedMeta(const char *key) const
        {
            OrderRegistry other;
            QString error;
            if (!other.openSqlite(path(), &error))
                qFatal("%s", qPrintable(error));
            return other.meta(QString::fromLatin1(key));
        }
    };

    // The length line as the dialog words it (with the English catalogue's plurals).
    static QString gsm7(int segments, int left)
    {
        return ui::CustomerTextsDialog::tr("%1 · GSM-7 · %n character(s) left", nullptr, left)
            .arg(ui::CustomerTextsDialog::tr("%n segment(s)", nullptr, segments));
    }
    static QString ucs2(int segments, const QString &why, int left)
    {
        return ui::CustomerTextsDialog::tr("%1 · UCS-2 because of %2 · %n character(s) left", nullptr, left)
            .arg(ui::CustomerTextsDialog::tr("%n segment(s)", nullptr, segments), why);
    }

    // The layout runs again for lines that wrap differently (posted layout requests).
    static void settle()
    {
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp); // English plurals
        installScreenshotLanguage();
    }

    void aMessagingEnabledNumberIsAcceptedAndEverythingSavedIsReadBack()
    {
        Opened o;
        QVERIFY(o.save()->isEnabled()); // nothing chosen yet: nothing refused
        o.from()->setText(kEnabled);
        QVERIFY(!o.save()->isEnabled()); // typed, not checked: it cannot be kept
        QVERIFY(!o.dialog->save());
        QVERIFY(o.check(kEnabled));
        QCOMPARE(o.fromMessage(),
                 ui::CustomerTextsDialog::tr("Telegent reports this number as enabled for messaging and Active."));
        QVERIFY(o.save()->isEnabled());

        o.brand()->setText(QStringLiteral("Northwind Mobile"));
        const QString english = QStringLiteral("{brand}: your number ending in {last4} is now with us.");
        const QString spanish = QStringLiteral("{brand}: su número terminado en {last4} ya está con nosotros.");
        o.choose(QStringLiteral("en"), TextTrigger::Completed);
        o.text()->setPlainText(english);
        QCOMPARE(o.preview()->text(),
                 ui::CustomerTextsDialog::tr("Preview: %1")
                     .arg(QStringLiteral("Northwind Mobile: your number ending in 0199 is now with us.")));
        o.choose(QStringLiteral("es"), TextTrigger::Scheduled);
        o.text()->setPlainText(spanish);
        o.choose(QStringLiteral("en"), TextTrigger::Completed);
        QCOMPARE(o.text()->toPlainText(), english); // each language and moment keeps its own text
        const QString shots = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        settle();
        if (!shots.isEmpty())
            QVERIFY(o.dialog->grab().save(shots + QStringLiteral("/customer-texts.png")));
        QVERIFY(o.save()->isEnabled());
        QVERIFY(o.dialog->save());

        // Another desk on the same registry reads what was saved.
        QCOMPARE(o.savedMeta(TextTemplates::kFromKey), kEnabled);
        QCOMPARE(o.savedMeta(TextTemplates::kBrandKey), QStringLiteral("Northwind Mobile"));
        OrderRegistry agent;
        QString error;
        QVERIFY2(agent.openSqlite(o.path(), &error), qPrintable(error));
        QCOMPARE(TextTemplates::load(&agent, TextTrigger::Completed, QStringLiteral("en")), english);
        QCOMPARE(TextTemplates::load(&agent, TextTrigger::Scheduled, QStringLiteral("es")), spanish);
        QCOMPARE(TextTemplates::load(&agent, TextTrigger::Completed, QStringLiteral("fr")),
                 TextTemplates::defaultTemplate(TextTrigger::Completed, QStringLiteral("fr")));

        // Opened again: the saved number is the accepted one, shown as an agent reads it.
        ui::CustomerTextsDialog again(&agent, o.f.client.get());
        auto *from = again.findChild<QLineEdit *>();
        QCOMPARE(normalizePortInNumber(from->text()), kEnabled);
        QVERIFY(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }

    void aNumberTelegentRefusesIsRefusedAtTheFieldInItsWords_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message");
        QTest::newRow("not enabled") << kNotEnabled
                                     << QStringLiteral("Telegent reports this number as not enabled for messaging "
                                                       "(MessageEnabled: false).");
        QTest::newRow("suspended") << kSuspended
                                   << QStringLiteral("Telegent reports this number as enabled for messaging, but its "
                                                     "status is Suspended.");
        QTest::newRow("not the account's (404)")
            << kUnknown
            << QStringLiteral("Telegent answers: Not found: the requested resource does not exist or belongs to a "
                              "different account.");
    }
    void aNumberTelegentRefusesIsRefusedAtTheFieldInItsWords()
    {
        QFETCH(QString, number);
        QFETCH(QString, message);
        Opened o;
        QVERIFY(o.check(number));
        QCOMPARE(o.fromMessage(), message);
        QCOMPARE(o.from()->accessibleDescription(), message); // read out too
        QVERIFY(!o.save()->isEnabled());
        QVERIFY(!o.dialog->save()); // even a save that reaches past the button keeps nothing
        QCOMPARE(o.savedMeta(TextTemplates::kFromKey), QString());

        // A number that may send, then: accepted, and kept.
        QVERIFY(o.check(kEnabled));
        QVERIFY(o.save()->isEnabled());
        QVERIFY(o.dialog->save());
        QCOMPARE(o.savedMeta(TextTemplates::kFromKey), kEnabled);
    }

    void aSavedNumberTelegentNowRefusesCannotBeKept()
    {
        Opened o(kNotEnabled);
        QCOMPARE(normalizePortInNumber(o.from()->text()), kNotEnabled);
        QVERIFY(o.save()->isEnabled()); // as saved
        QVERIFY(o.check(kNotEnabled));
        QVERIFY(o.fromMessage().contains(QLatin1String("MessageEnabled: false")));
        QVERIFY(!o.save()->isEnabled());
    }

    void anInvalidNumberGetsTheNumberRulesMessage()
    {
        Opened o;
        o.from()->setText(QStringLiteral("(411) 555-2345"));
        const FieldIssues issues = checkPortInNumber(QStringLiteral("(411) 555-2345")).issues;
        QVERIFY(hasErrors(issues));
        QCOMPARE(o.fromMessage(), issues.first().message);
        QVERIFY(!o.button("C&heck number")->isEnabled());
        QVERIFY(!o.save()->isEnabled());
    }

    void aTemplateThatCouldHoldAPinIsRefusedAtTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("{pin}") << QStringLiteral("{brand}: your PIN {pin} was not accepted.");
        QTest::newRow("six digits") << QStringLiteral("{brand}: call us at 555123 about {last4}.");
    }
    void aTemplateThatCouldHoldAPinIsRefusedAtTheField()
    {
        QFETCH(QString, text);
        Opened o;
        o.choose(QStringLiteral("fr"), TextTrigger::NeedsAction);
        o.text()->setPlainText(text);
        const QString problem = TextTemplates::problem(text, QStringLiteral("fr"));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(o.textProblem(), problem);
        QCOMPARE(o.text()->accessibleDescription(), problem);
        QVERIFY(!o.save()->isEnabled());
        QVERIFY(!o.dialog->save());

        // Another text chosen: the refused one still blocks Save, and is named.
        o.choose(QStringLiteral("en"), TextTrigger::Submitted);
        QCOMPARE(o.textProblem(), QString());
        QVERIFY(!o.save()->isEnabled());
        QVERIFY(o.named<QLabel>(QStringLiteral("Error"))->text().contains(problem));
        o.choose(QStringLiteral("fr"), TextTrigger::NeedsAction);
        o.text()->setPlainText(QStringLiteral("{brand} : {fix}"));
        QCOMPARE(o.textProblem(), QString());
        QVERIFY(o.save()->isEnabled());
        QVERIFY(o.dialog->save());
        QCOMPARE(o.savedMeta(qPrintable(TextTemplates::metaKey(TextTrigger::NeedsAction, QStringLiteral("fr")))),
                 QStringLiteral("{brand} : {fix}"));
    }

    void theLengthLineCountsSegmentsAndSaysWhyUcs2()
    {
        Opened o;
        o.choose(QStringLiteral("en"), TextTrigger::Completed);
        const auto firstLine = [&] { return o.length()->text().section(QLatin1Char('\n'), 0, 0); };
        o.text()->setPlainText(QStringLiteral("Your port is complete."));
        QCOMPARE(firstLine(), gsm7(1, 138));
        // Curly quotes are not in GSM-7: UCS-2, 70 a segment, and the line says which characters.
        o.text()->setPlainText(QStringLiteral("Your port is “complete”."));
        QCOMPARE(firstLine(), ucs2(1, QStringLiteral("“ ”"), 46));
        QVERIFY(o.length()->text().contains(QLatin1String("GSM-7 alphabet")));
        // é and ñ are GSM-7; á is not.
        o.text()->setPlainText(QStringLiteral("Señor, su portabilidad está lista."));
        QCOMPARE(firstLine(), ucs2(1, QStringLiteral("á"), 36));
        // 160 septets fit one segment; one more makes two (153 each once split).
        o.text()->setPlainText(QString(160, QLatin1Char('a')));
        QCOMPARE(firstLine(), gsm7(1, 0));
        o.text()->setPlainText(QString(161, QLatin1Char('a')));
        QCOMPARE(firstLine(), gsm7(2, 145));
        QCOMPARE(o.textProblem(), QString()); // two segments may be sent
    }

    void restoreDefaultPutsPortDesksTextBack()
    {
        Opened o;
        o.choose(QStringLiteral("es"), TextTrigger::Cancelled);
        const QString standard = TextTemplates::defaultTemplate(TextTrigger::Cancelled, QStringLiteral("es"));
        QCOMPARE(o.text()->toPlainText(), standard);
        QPushButton *restore = o.button("Restore &default");
        QVERIFY(!restore->isEnabled()); // already PortDesk's
        o.text()->setPlainText(QStringLiteral("{brand}: cancelado."));
        QVERIFY(o.dialog->save());
        QCOMPARE(TextTemplates::load(&o.registry, TextTrigger::Cancelled, QStringLiteral("es")),
                 QStringLiteral("{brand}: cancelado."));
        QVERIFY(restore->isEnabled());
        restore->click();
        QCOMPARE(o.text()->toPlainText(), standard);
        QVERIFY(!restore->isEnabled());
        QVERIFY(o.dialog->save());
        QCOMPARE(TextTemplates::load(&o.registry, TextTrigger::Cancelled, QStringLiteral("es")), standard);
    }

    // Tab goes down the form as it reads, each stop named for a screen reader.
    void tabGoesDownTheFormAndEveryStopIsNamed()
    {
        Opened o;
        o.dialog->activateWindow(); // Tab moves the focus only in the active window
        QVERIFY(QTest::qWaitForWindowActive(o.dialog.get()));
        QVERIFY(o.check(kEnabled));                               // Check and Save enabled
        o.text()->setPlainText(QStringLiteral("{brand}: done.")); // Restore default enabled
        o.from()->setFocus();
        QStringList stops;
        for (QWidget *w = o.from(); stops.size() < 9; w = QApplication::focusWidget()) {
            QVERIFY(w);
            const auto *button = qobject_cast<QAbstractButton *>(w);
            stops << (!w->accessibleName().isEmpty() ? w->accessibleName()
                      : button                       ? button->text()
                               : QStringLiteral("unnamed %1").arg(QLatin1String(w->metaObject()->className())));
            QTest::keyClick(w, Qt::Key_Tab);
        }
        const auto button = [](const char *text) {
            return QCoreApplication::translate("portdesk::ui::CustomerTextsDialog", text);
        };
        auto *box = o.dialog->findChild<QDialogButtonBox *>();
        QCOMPARE(stops, (QStringList{QStringLiteral("From number"), button("C&heck number"), QStringLiteral("Brand"),
                                     QStringLiteral("Language of the text"), QStringLiteral("When the text is sent"),
                                     QStringLiteral("Text"), button("Restore &default"),
                                     box->button(QDialogButtonBox::Save)->text(),
                                     box->button(QDialogButtonBox::Cancel)->text()}));
    }

    void fitsASmallScreenWithEveryLineShown()
    {
        Opened o;
        // 1024x600, less a title bar: as opened, and as small as it may be made.
        QVERIFY2(o.dialog->height() <= 560 && o.dialog->width() <= 1024,
                 qPrintable(QDebug::toString(o.dialog->size())));
        QVERIFY(o.dialog->minimumHeight() <= 560);
        // The tallest state: a refused number, a UCS-2 text with its reason, a problem, a long preview.
        o.from()->setText(QStringLiteral("(801) 801-801"));
        o.brand()->setText(QStringLiteral("Northwind Mobile"));
        o.text()->setPlainText(QStringLiteral("{brand}: your “number” ending in {last4} moved, 4444. {fix}"));
        for (const QSize size : {o.dialog->size(), o.dialog->minimumSize()}) {
            o.dialog->resize(size);
            settle();
            QList<QWidget *> lines{o.text(), o.length(), o.named<QWidget>(QStringLiteral("Problem with the text")),
                                   o.preview(), o.button("Restore &default")};
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QRect above = lines.at(i)->geometry();
                const QRect below = lines.at(i + 1)->geometry();
                QVERIFY2(lines.at(i)->isVisible() && above.bottom() < below.top(),
                         qPrintable(QStringLiteral("%1x%2: %3 overlaps %4")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(lines.at(i)->accessibleName(), lines.at(i + 1)->accessibleName())));
                QVERIFY(lines.at(i + 1)->geometry().bottom() <= o.dialog->height());
            }
            for (QLabel *label : {o.length(), o.preview()}) // every wrapped line shown, none cut off
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1 is %2 high, needs %3")
                                        .arg(label->accessibleName())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
    }
};

QTEST_MAIN(TestCustomerTextsDialog)
#include "tst_customertextsdialog.moc"
