#include "LoaDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include "common/DisplayDates.h"
#include "domain/PhoneNumber.h"

namespace portdesk {

namespace {
const QChar kBullet(0x2022);
const qreal kMarginMm = 20;
const int kResolution = 300; // dpi: plenty for text, keeps coordinates small
const qsizetype kNumbersPerRow = 3;

// The paper the customer's printer has: Letter where the locale measures in US units (en_US,
// es_US), A4 everywhere else.
QPageSize paperFor(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

QString escaped(const QString &value)
{
    return value.trimmed().toHtmlEscaped();
}

// One row of the details table: a label and an already escaped value.
QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"30%\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString addressHtml(const BillingAddress &a)
{
    QStringList lines;
    for (const QString &street : {a.street1, a.street2}) {
        if (!street.trimmed().isEmpty())
            lines << escaped(street);
    }
    // "Seattle, WA 98101": the US order, which is what a US billing address is.
    QString cityLine = escaped(a.city);
    const QString stateZip = QStringList{escaped(a.state), escaped(a.zip)}.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty() && !stateZip.isEmpty())
        cityLine += QStringLiteral(", ");
    cityLine += stateZip;
    if (!cityLine.isEmpty())
        lines << cityLine;
    return lines.join(QStringLiteral("<br>"));
}

// Qt's rich text: lengths in px (1/96 inch, scaled to the page), headings as paragraphs since
// <h1>/<h2> keep their own sizes whatever the style sheet says.
const char *const kStyle = "p.title { font-size: 18pt; font-weight: 600; margin-bottom: 2px; }"
                           "p.subtitle { color: #444444; margin-bottom: 14px; }"
                           "p.heading { font-size: 12.5pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }"
                           "table { margin-bottom: 12px; }"
                           "td { padding-bottom: 3px; }"
                           "td.label { color: #444444; padding-right: 12px; }"
                           "td.sign { color: #444444; padding-right: 12px; padding-top: 34px; }"
                           "td.blank { padding-top: 34px; }"
                           "td.signdate { color: #444444; padding-right: 12px; padding-top: 18px; }"
                           "td.blankdate { padding-top: 18px; }";

QString heading(const QString &text)
{
    return QStringLiteral("<p class=\"heading\">%1</p>").arg(text.toHtmlEscaped());
}
} // namespace

QString LoaDocument::maskedAccount(const QString &account)
{
    const QString text = account.trimmed();
    const qsizetype visible = text.size() >= 5 ? 4 : (text.size() >= 2 ? 1 : 0);
    return QString(text.size() - visible, kBullet) + text.right(visible);
}

QString LoaDocument::html(const LoaContent &c)
{
    const QLocale locale;
    const QString signer = c.authorizingPerson.trimmed().isEmpty() ? c.accountHolder : c.authorizingPerson;
    const QString notGiven = QStringLiteral("<i>%1</i>").arg(tr("not given").toHtmlEscaped());
    const auto orNotGiven = [&](const QString &html) { return html.isEmpty() ? notGiven : html; };

    QStringList numbers;
    for (const QString &number : c.numbers)
        numbers << escaped(formatNationalNumber(number.trimmed()));

    QString out;
    out += QStringLiteral("<p class=\"title\">%1</p>").arg(tr("Letter of Authorization").toHtmlEscaped());
    out += QStringLiteral("<p class=\"subtitle\">%1</p>")
               .arg(tr("To port telephone numbers to a new service provider").toHtmlEscaped());
    out +=
        QStringLiteral("<p>%1</p>").arg(tr("Date: %1").toHtmlEscaped().arg(mediumDate(c.date, locale).toHtmlEscaped()));

    out += heading(tr("Telephone numbers to port"));
    // Three to a row, each in a cell of its own: compact, and a page break never splits one.
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (qsizetype i = 0; i < numbers.size(); i += kNumbersPerRow) {
        out += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + kNumbersPerRow; ++j)
            out += QStringLiteral("<td width=\"33%\">%1</td>").arg(j < numbers.size() ? numbers.at(j) : QString());
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");

    out += heading(tr("Current service"));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    out += row(tr("Current carrier"), orNotGiven(escaped(c.currentCarrier)));
    out += row(tr("Account holder"), orNotGiven(escaped(c.accountHolder)));
    out += row(tr("Authorizing person"), orNotGiven(escaped(signer)));
    out += row(tr("Billing address"), orNotGiven(addressHtml(c.address)));
    out += row(tr("Account number"), orNotGiven(escaped(maskedAccount(c.accountNumber))));
    out += QStringLiteral("</table>");

    out += heading(tr("Authorization"));
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("I, %1, authorize %2 to port the telephone numbers listed above from %3, and to act on my "
                       "behalf with %3 to do so. I am the account holder named above or I am authorized to act for "
                       "the account holder. I understand that once the port is complete, %3 will no longer provide "
                       "service on these numbers.")
                        .toHtmlEscaped()
                        .arg(escaped(signer), escaped(c.newProvider), escaped(c.currentCarrier)));

    const QString blank = QString(38, QLatin1Char('_'));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    out += QStringLiteral("<tr><td class=\"sign\" width=\"30%\">%1</td><td class=\"blank\">%2</td></tr>")
               .arg(tr("Signature").toHtmlEscaped(), blank);
    out += row(tr("Printed name"), escaped(signer));
    out += QStringLiteral("<tr><td class=\"signdate\">%1</td><td class=\"blankdate\">%2</td></tr>")
               .arg(tr("Date signed").toHtmlEscaped(), QString(20, QLatin1Char('_')));
    out += QStringLiteral("</table>");
    return out;
}

QByteArray LoaDocument::pdf(const LoaContent &c, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    // Laying text out needs fonts, and fonts need the GUI application (not portdesk-cli's).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("The letter of authorization can only be made by the desktop application."));
    if (c.numbers.isEmpty())
        return fail(tr("The letter of authorization needs at least one phone number."));
    if (!c.date.isValid())
        return fail(tr("The letter of authorization needs a date."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Letter of Authorization")); // no customer data in the metadata
        writer.setCreator(QStringLiteral("PortDesk"));
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(paperFor(QLocale()), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer); // fonts sized for the page, not the screen
        QFont font = document.defaultFont();
        font.setPointSizeF(11);
        // Any letter spacing makes Qt leave out Latin ligatures ("ff", "fi"), which would otherwise
        // be copied and searched as one character (U+FB00...): "Griffin" must read back as typed.
        // 0.05 px at 300 dpi is invisible; less rounds to 0 in Qt's 1/64 fixed point.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        // A long name or street with no space still wraps instead of running off the page.
        QTextOption wrap = document.defaultTextOption();
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(wrap);
        document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
        document.setHtml(html(c));
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.print(&writer);
    }
    if (!bytes.startsWith("%PDF-"))
        return fail(tr("The letter of authorization could not be made."));
    return bytes;
}

bool LoaDocument::write(const LoaContent &c, const QString &path, QString *error)
{
    const QByteArray bytes = pdf(c, error);
    if (bytes.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile: a temporary file renamed into place, so a half-written letter never shows.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace portdesk
