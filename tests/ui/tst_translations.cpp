#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include "common/Translations.h"

#include "TestCatalogues.h"

using namespace portdesk;

// The Spanish, French and Québec catalogues as the desktop installs them, and the .ts files they
// come from.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QString text(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

    static QString nextButtonText()
    {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle); // "&Next >" on every platform
        wizard.addPage(new QWizardPage);
        wizard.addPage(new QWizardPage);
        wizard.show(); // button texts are set when the first page is shown
        return wizard.button(QWizard::NextButton)->text();
    }

    struct Entry
    {
        QString context, source;
        QStringList translations; // one, or one per plural form
        bool numerus = false;
        bool finished = true;
    };

    static QList<Entry> readTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QList<Entry> out;
        QXmlStreamReader xml(&file);
        QString context;
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry =
                    Entry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!entry.numerus) {
                    entry.translations = {xml.readElementText()};
                    out.append(entry);
                }
            } else if (name == QLatin1String("numerusform")) {
                entry.translations.append(xml.readElementText());
                if (entry.translations.size() == 2) // Spanish and French both have two forms
                    out.append(entry);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return out;
    }

    static QStringList placeholders(const QString &s)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        QStringList out;
        for (auto it = re.globalMatch(s); it.hasNext();)
            out.append(it.next().captured());
        out.sort();
        out.removeDuplicates();
        return out;
    }

    // Keyboard accelerators: "&x", not "&&" (a literal &), "&nbsp;" or AT&T's "&T" in running text.
    static int accelerators(const QString &s)
    {
        static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|T\\b)"));
        QString text = s;
        text.remove(QStringLiteral("&&"));
        return int(text.count(re));
    }

private slots:
    void cleanup() { test::removeCatalogues(); }

    void shipsSpanishAndFrench()
    {
        const QStringList shipped = shippedLanguages();
        QVERIFY2(shipped.contains(QStringLiteral("es")), qPrintable(shipped.join(u',')));
        QVERIFY2(shipped.contains(QStringLiteral("fr")), qPrintable(shipped.join(u',')));
        QVERIFY2(shipped.contains(QStringLiteral("fr_CA")), qPrintable(shipped.join(u',')));
        QVERIFY(!shipped.contains(QStringLiteral("en")));
        // What each is written for, as the settings name it (translations/README.md).
        QCOMPARE(catalogueTarget(QStringLiteral("es")), QStringLiteral("es_US"));
        QCOMPARE(catalogueTarget(QStringLiteral("fr")), QStringLiteral("fr_FR"));
        QCOMPARE(catalogueTarget(QStringLiteral("fr_CA")), QStringLiteral("fr_CA"));
    }

    // Every Spanish locale gets the one Spanish catalogue, written for US Hispanic agents.
    void usSpanishForEverySpanishLocale_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : {"es_US", "es_MX", "es_419", "es_ES"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void usSpanishForEverySpanishLocale()
    {
        QFETCH(QString, locale);
        installLanguage(qApp, locale);
        QCOMPARE(text("portdesk::OrdersModel", "Carrier"), QStringLiteral("Compañía")); // not "Operador"
        QVERIFY(text("portdesk::ui::ReviewPage", "This is exactly what goes to Telegent. Ctrl+Enter submits.")
                    .endsWith(QStringLiteral("Ctrl+Enter envía.")));
        QCOMPARE(text("portdesk::ui::AccountPage", "Transfer &PIN / passcode:"),
                 QStringLiteral("&PIN de transferencia / clave:"));
        QCOMPARE(text("OrderStatus", "Pending Carrier Approval"),
                 QStringLiteral("Pendiente de aprobación de la compañía"));
    }

    // fr_CA: the French catalogue with Québec's differences on top; fr_FR never gets those.
    void quebecOverridesFrenchOnlyInCanada()
    {
        installLanguage(qApp, QStringLiteral("fr_CA"));
        QCOMPARE(text("portdesk::ui::AccountPage", "Transfer &PIN / passcode:"),
                 QStringLiteral("&NIP de transfert / code d'accès\u00a0:"));
        QCOMPARE(text("portdesk::ui::NumberPage", "Eligibility"), QStringLiteral("Admissibilité"));
        QCOMPARE(text("portdesk::OrdersModel", "%n business days", 3), QStringLiteral("3 jours ouvrables"));
        QCOMPARE(text("portdesk::ui::MainWindow", "Close PortDesk?"), QStringLiteral("Fermer PortDesk?"));
        // What Québec says like France comes from the French catalogue underneath.
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Vérifier et envoyer"));
        QCOMPARE(nextButtonText(), QStringLiteral("&Suivant >"));

        test::removeCatalogues();
        installLanguage(qApp, QStringLiteral("fr_FR"));
        QCOMPARE(text("portdesk::ui::AccountPage", "Transfer &PIN / passcode:"),
                 QStringLiteral("PIN de trans&fert / code d'accès\u00a0:"));
        QCOMPARE(text("portdesk::ui::NumberPage", "Eligibility"), QStringLiteral("Éligibilité"));
        QCOMPARE(text("portdesk::OrdersModel", "%n business days", 3), QStringLiteral("3 jours ouvrés"));
        QCOMPARE(text("portdesk::ui::MainWindow", "Close PortDesk?"), QStringLiteral("Fermer PortDesk\u202f?"));
    }

    // The instruction that keeps an agent from porting a number twice survives translation.
    void unknownOutcomeSaysToCheckBeforeResending_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es") << QStringLiteral("es_US")
                            << QStringLiteral("Resultado desconocido: revise antes de reenviar");
        QTest::newRow("fr") << QStringLiteral("fr_FR")
                            << QStringLiteral("Résultat inconnu\u00a0: vérifier avant de renvoyer");
    }
    void unknownOutcomeSaysToCheckBeforeResending()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        installLanguage(qApp, locale);
        QCOMPARE(text("portdesk::BulkRowsModel", "Outcome unknown: check before resending"), expected);
    }

    void spanishStringsPluralsQtButtonsAndDates()
    {
        QCOMPARE(installLanguage(qApp, QStringLiteral("es_ES")).language(), QLocale::Spanish);
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Revisar y enviar"));
        QCOMPARE(text("PortInCsv", "A quoted field is never closed."),
                 QStringLiteral("Un campo entre comillas nunca se cierra."));
        QCOMPARE(text("portdesk::OrdersModel", "%n days ago", 1), QStringLiteral("hace 1 día"));
        QCOMPARE(text("portdesk::OrdersModel", "%n days ago", 4), QStringLiteral("hace 4 días"));
        QCOMPARE(text("portdesk::ui::OrdersView", "%n order(s) exported to %1.", 1),
                 QStringLiteral("1 orden exportada a %1."));
        QCOMPARE(nextButtonText(), QStringLiteral("Siguie&nte >")); // Qt's own catalogue, qtbase_es
        QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat), QStringLiteral("26/11/26"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1234,5"));
    }

    void frenchStringsPluralsQtButtonsAndDates()
    {
        QCOMPARE(installLanguage(qApp, QStringLiteral("fr_FR")).language(), QLocale::French);
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Vérifier et envoyer"));
        QCOMPARE(text("portdesk::OrdersModel", "%n days ago", 1), QStringLiteral("il y a 1 jour"));
        QCOMPARE(text("portdesk::OrdersModel", "%n days ago", 0),
                 QStringLiteral("il y a 0 jour")); // French: 0 is singular
        QCOMPARE(text("portdesk::OrdersModel", "%n days ago", 2), QStringLiteral("il y a 2 jours"));
        QCOMPARE(nextButtonText(), QStringLiteral("&Suivant >"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat), QStringLiteral("26/11/2026"));
    }

    void regionalVariantsFindTheLanguage()
    {
        installLanguage(qApp, QStringLiteral("es_MX"));
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Revisar y enviar"));
        QCOMPARE(QLocale().territory(), QLocale::Mexico); // Mexican dates and numbers, Spanish strings
    }

    void englishAndUnshippedLanguagesShowTheSource()
    {
        installLanguage(qApp, QStringLiteral("en_US"));
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Review and submit"));
        QCOMPARE(text("portdesk::ui::OrdersView", "%n order(s) exported to %1.", 1),
                 QStringLiteral("1 order exported to %1."));
        QCOMPARE(nextButtonText(), QStringLiteral("&Next >"));
        test::removeCatalogues();
        installLanguage(qApp, QStringLiteral("de_DE")); // no PortDesk catalogue: English strings, German dates
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Review and submit"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat), QStringLiteral("26.11.26"));
    }

    // What lrelease does not check: every translation keeps the source's %1..%9 / %n and its one
    // keyboard accelerator, and no entry is empty or unfinished. fr_CA is partial by design.
    void catalogueEntriesKeepPlaceholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("es") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_es.ts") << 300;
        QTest::newRow("fr") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_fr.ts") << 300;
        QTest::newRow("fr_CA") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_fr_CA.ts") << 50;
    }
    void catalogueEntriesKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        const QList<Entry> entries = readTs(file);
        QVERIFY2(entries.size() >= atLeast, qPrintable(QString::number(entries.size())));
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": ") + e.source;
            if (!e.finished)
                problems << QStringLiteral("unfinished: ") + where;
            for (const QString &t : e.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(e.source))
                    problems << QStringLiteral("placeholders: ") + where + QStringLiteral(" -> ") + t;
                else if (accelerators(t) != accelerators(e.source))
                    problems << QStringLiteral("accelerator: ") + where + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // French punctuation that must not start a line: a no-break space (U+00A0) before ":" and
    // inside « »; before ; ? ! a narrow one (U+202F) in France and none in Québec. A plain space
    // there lets a label wrap with its colon alone on the next line.
    void frenchPunctuationKeepsToItsWord_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("beforeSemicolon"); // what must come before ; ? !
        QTest::newRow("fr") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_fr.ts") << QStringLiteral("\u202f");
        QTest::newRow("fr_CA") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_fr_CA.ts") << QString();
    }
    void frenchPunctuationKeepsToItsWord()
    {
        QFETCH(QString, file);
        QFETCH(QString, beforeSemicolon);
        static const QRegularExpression plainSpace(QStringLiteral("[ \\x{202f}]:|« | »|[ \\x{00a0}][;?!]"));
        static const QRegularExpression noSpace(
            QStringLiteral("[^ \\x{00a0}\\x{202f}]:(\\s|$)|«[^\\x{00a0}]|[^\\x{00a0}]»"));
        static const QRegularExpression tightSemicolon(QStringLiteral("[^ \\x{202f}][;?!](\\s|$)"));
        static const QRegularExpression narrowSemicolon(QStringLiteral("\\x{202f}[;?!]"));
        int colons = 0;
        QStringList problems;
        for (const Entry &e : readTs(file)) {
            for (QString t : e.translations) {
                t.remove(QStringLiteral("&nbsp;")); // HTML's own no-break space, not punctuation
                colons += int(t.count(QStringLiteral("\u00a0:")));
                const bool wrong =
                    t.contains(plainSpace) || t.contains(noSpace) ||
                    (beforeSemicolon.isEmpty() ? t.contains(narrowSemicolon) : t.contains(tightSemicolon));
                if (wrong && !t.contains(QLatin1String("://")) && !t.contains(QLatin1String(";;")))
                    problems << e.source + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY(colons > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
