// The written Letter of Authorization: the text pdftotext reads back from the PDF holds every
// field, the account number only masked, user values literally, long values whole; the paper and
// the date follow the language; the file is its owner's only. With PORTDESK_SCREENSHOT_DIR set,
// `screenshot` leaves the sample letter there as loa.pdf for .ci/loa-screenshots.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ScreenshotLanguage.h"
#include "TestCatalogues.h"
#include "authorization/LoaDocument.h"
#include "common/DisplayDates.h"
#include "common/Translations.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const QString kAccount = QStringLiteral("4417220983315");

LoaContent sample()
{
    LoaContent c;
    c.numbers = {QStringLiteral("+12065550143"), QStringLiteral("+12065550199")};
    c.currentCarrier = QStringLiteral("Northwind Wireless");
    c.accountHolder = QStringLiteral("Ann Example");
    c.authorizingPerson = QStringLiteral("Bob Example");
    c.address = {QStringLiteral("1200 Fifth Avenue"), QStringLiteral("Suite 300"), QStringLiteral("Seattle"),
                 QStringLiteral("WA"), QStringLiteral("98101")};
    c.accountNumber = kAccount;
    c.date = QDate(2026, 3, 4);
    c.newProvider = QStringLiteral("PortDesk Mobile");
    return c;
}

// Runs a poppler tool; fails the test (never skips: CI installs poppler-utils) when it is missing.
QString runPoppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        QTest::qFail(qPrintable(tool + QStringLiteral(" is missing: install poppler-utils (.ci/portdesk.sh does)")),
                     __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(tool + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestLoaDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString saved(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            qFatal("cannot write the letter for pdftotext");
        return path;
    }

    // The letter's text as pdftotext reads it, every run of white space made one space.
    QString textOf(const LoaContent &content)
    {
        QString error;
        const QByteArray pdf = LoaDocument::pdf(content, &error);
        if (pdf.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("no PDF: ") + error), __FILE__, __LINE__);
            return {};
        }
        return runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                        QStringLiteral("UTF-8"), saved(pdf), QStringLiteral("-")})
            .simplified();
    }

    QString pageSizeOf(const LoaContent &content)
    {
        const QString info = runPoppler(QStringLiteral("pdfinfo"), {saved(LoaDocument::pdf(content))});
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s*(.*)")).match(info);
        return m.captured(1).trimmed();
    }

    // Every field of `content` in `text`, as the letter prints it.
    void checkEveryField(const QString &text, const LoaContent &content)
    {
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList expected = {
            shown("LoaDocument", "Letter of Authorization"),
            QStringLiteral("(206) 555-0143"),
            QStringLiteral("(206) 555-0199"),
            content.currentCarrier,
            content.accountHolder,
            content.authorizingPerson,
            content.address.street1,
            content.address.street2,
            QStringLiteral("Seattle, WA 98101"),
            QString(9, QChar(0x2022)) + QStringLiteral("3315"),
            mediumDate(content.date, QLocale()),
            content.newProvider,
        };
        for (const QString &field : expected)
            QVERIFY2(text.contains(field), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(field, text)));
        // The account number only masked: neither whole nor any 5 of its digits in a row.
        for (qsizetype i = 0; i + 5 <= kAccount.size(); ++i)
            QVERIFY2(!text.contains(kAccount.mid(i, 5)), qPrintable(kAccount.mid(i, 5)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    // The suite reads English whatever the machine's locale; each test may switch.
    void init() { installLanguage(qApp, QStringLiteral("en_US")); }
    void cleanup() { removeCatalogues(); }

    void everyFieldIsInTheLetterAndTheAccountOnlyMasked()
    {
        const LoaContent content = sample();
        const QString text = textOf(content);
        checkEveryField(text, content);
        QVERIFY2(text.contains(QStringLiteral("authorize PortDesk Mobile to port")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Signature")) && text.contains(QStringLiteral("Printed name")),
                 qPrintable(text));
    }

    void theHolderSignsWhenNoOneElseIsNamed()
    {
        LoaContent content = sample();
        content.authorizingPerson.clear();
        const QString text = textOf(content);
        QVERIFY2(text.contains(QStringLiteral("Authorizing person Ann Example")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("I, Ann Example, authorize")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Bob")));
    }

    void maskedAccountNeverShowsTheWholeNumber_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("masked");
        const QChar b(0x2022);
        QTest::newRow("long") << kAccount << QString(9, b) + QStringLiteral("3315");
        QTest::newRow("5 characters") << QStringLiteral("12345") << QString(1, b) + QStringLiteral("2345");
        QTest::newRow("4 characters") << QStringLiteral("1234") << QString(3, b) + QStringLiteral("4");
        QTest::newRow("2 characters") << QStringLiteral("12") << QString(1, b) + QStringLiteral("2");
        QTest::newRow("1 character") << QStringLiteral("7") << QString(1, b);
        QTest::newRow("spaces around") << QStringLiteral(" 98765 ") << QString(1, b) + QStringLiteral("8765");
        QTest::newRow("letters") << QStringLiteral("AB-99x7") << QString(3, b) + QStringLiteral("99x7");
        QTest::newRow("empty") << QString() << QString();
    }
    void maskedAccountNeverShowsTheWholeNumber()
    {
        QFETCH(QString, account);
        QFETCH(QString, masked);
        QCOMPARE(LoaDocument::maskedAccount(account), masked);
        // Whatever the length: as long as the number, never all of it, only its end visible.
        for (int length = 1; length <= 24; ++length) {
            const QString number = QStringLiteral("123456789012345678901234").left(length);
            const QString m = LoaDocument::maskedAccount(number);
            const int visible = length >= 5 ? 4 : (length >= 2 ? 1 : 0);
            QCOMPARE(m.size(), length);
            QVERIFY2(m != number, qPrintable(m));
            QCOMPARE(m.right(visible), number.right(visible));
            QCOMPARE(m.left(length - visible), QString(length - visible, QChar(0x2022)));
        }
    }

    void userValuesArePrintedLiterally()
    {
        LoaContent content = sample();
        content.accountHolder = QStringLiteral("<b>Ann & Bob</b>");
        content.authorizingPerson = QStringLiteral("Carl \"C\" <script>");
        content.currentCarrier = QStringLiteral("A&T <i>Mobile</i> %1");
        const QString html = LoaDocument::html(content);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Ann &amp; Bob&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>Ann")));
        const QString text = textOf(content);
        for (const QString &value : {content.accountHolder, content.authorizingPerson, content.currentCarrier})
            QVERIFY2(text.contains(value), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(value, text)));
        // "%1" in a value is not a placeholder: the provider stays where it was put.
        QVERIFY2(text.contains(QStringLiteral("authorize PortDesk Mobile to port")), qPrintable(text));
    }

    void longValuesWrapInsteadOfBeingCutOff()
    {
        LoaContent content = sample();
        content.accountHolder = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff").repeated(4); // no space
        content.address.street1 = QStringLiteral("Apartment 12, Building C, ").repeated(6) + QStringLiteral("end");
        content.numbers.clear();
        for (int i = 100; i < 160; ++i) // more than a page: the letter goes on to a second one
            content.numbers << QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString text = textOf(content);
        QString joined = text;
        joined.remove(QLatin1Char(' '));
        QVERIFY2(joined.contains(content.accountHolder), qPrintable(text));
        QVERIFY2(joined.contains(QString(content.address.street1).remove(QLatin1Char(' '))), qPrintable(text));
        for (const QString &number : {QStringLiteral("(206) 555-0100"), QStringLiteral("(206) 555-0159")})
            QVERIFY2(text.contains(number), qPrintable(number));
        QVERIFY2(text.contains(QStringLiteral("Date signed")), "the signature block is on the last page");
    }

    void thePaperFollowsTheLocale()
    {
        QVERIFY2(pageSizeOf(sample()).contains(QStringLiteral("letter")), qPrintable(pageSizeOf(sample())));
        removeCatalogues();
        installLanguage(qApp, QStringLiteral("fr_FR"));
        QVERIFY2(pageSizeOf(sample()).contains(QStringLiteral("A4")), qPrintable(pageSizeOf(sample())));
        removeCatalogues();
        installLanguage(qApp, QStringLiteral("es_US")); // US Hispanic agents print on Letter
        QVERIFY2(pageSizeOf(sample()).contains(QStringLiteral("letter")), qPrintable(pageSizeOf(sample())));
    }

    void inSpanishTheDateAndTextsAreSpanish()
    {
        removeCatalogues();
        installLanguage(qApp, QStringLiteral("es_US"));
        const LoaContent content = sample();
        const QString text = textOf(content);
        const QString date = mediumDate(content.date, QLocale(QStringLiteral("es_US")));
        QCOMPARE(date, QStringLiteral("4 de mar de 2026"));
        QVERIFY2(text.contains(date), qPrintable(text));
        // Whatever the Spanish catalogue holds for the letter so far (its title, when translated).
        checkEveryField(text, content);
    }

    void withoutNumbersOrDateThereIsNoLetter()
    {
        LoaContent content = sample();
        content.numbers.clear();
        QString error;
        QVERIFY(LoaDocument::pdf(content, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("phone number")), qPrintable(error));
        content = sample();
        content.date = QDate();
        QVERIFY(!LoaDocument::write(content, m_dir.filePath(QStringLiteral("none.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("date")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }

    void theWrittenFileIsItsOwnersOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        const QString path = folder + QStringLiteral("/loa.pdf");
        QVERIFY(QDir().mkpath(folder));
        { // a file already there, readable by all: replaced, and private afterwards
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ReadOther));
        }
        QString error;
        QVERIFY2(LoaDocument::write(sample(), path, &error), qPrintable(error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("%PDF-"));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(written.permissions() & others, QFileDevice::Permissions());
        QVERIFY(written.permissions() & QFileDevice::ReadOwner);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("loa.pdf")}); // no temporary left
    }

    // .ci/loa-screenshots: the sample letter in PORTDESK_SCREENSHOT_LANGUAGE, checked like the
    // others, left as $PORTDESK_SCREENSHOT_DIR/loa.pdf to be rendered.
    void screenshot()
    {
        removeCatalogues();
        installLanguage(qApp, QStringLiteral("en_US"));
        installScreenshotLanguage();
        const LoaContent content = sample();
        QString error;
        const QByteArray pdf = LoaDocument::pdf(content, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        checkEveryField(textOf(content), content);
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY2(LoaDocument::write(content, dir + QStringLiteral("/loa.pdf"), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestLoaDocument)
#include "tst_loadocument.moc"
