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

using namespace portdesk;

// The Spanish and French catalogues as the desktop installs them, and the .ts files they come from.
class TestTranslations : public QObject
{
    Q_OBJECT

    // Takes every catalogue off the application again, so each test picks its own language.
    static void removeCatalogues()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

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
    void cleanup() { removeCatalogues(); }

    void shipsSpanishAndFrench()
    {
        const QStringList shipped = shippedLanguages();
        QVERIFY2(shipped.contains(QStringLiteral("es")), qPrintable(shipped.join(u',')));
        QVERIFY2(shipped.contains(QStringLiteral("fr")), qPrintable(shipped.join(u',')));
        QVERIFY(!shipped.contains(QStringLiteral("en")));
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
        removeCatalogues();
        installLanguage(qApp, QStringLiteral("de_DE")); // no PortDesk catalogue: English strings, German dates
        QCOMPARE(text("portdesk::ui::ReviewPage", "Review and submit"), QStringLiteral("Review and submit"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat), QStringLiteral("26.11.26"));
    }

    // What lrelease does not check: every translation keeps the source's %1..%9 / %n and its one
    // keyboard accelerator, and no entry is empty or unfinished.
    void catalogueEntriesKeepPlaceholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("es") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_es.ts");
        QTest::newRow("fr") << QStringLiteral(PORTDESK_TRANSLATIONS_DIR "/portdesk_fr.ts");
    }
    void catalogueEntriesKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, file);
        const QList<Entry> entries = readTs(file);
        QVERIFY(entries.size() > 300);
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
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
