#include "LoaDocument.h"
#include "common/PrivateJsonFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
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
const qreal kFooterPt = 9;
// Marks the authorization heading in the laid-out document (keepAuthorizationTogether).
const QString kAuthorizationAnchor = QStringLiteral("authorization");

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

QString heading(const QString &text, const QString &anchor = {})
{
    if (anchor.isEmpty())
        return QStringLiteral("<p class=\"heading\">%1</p>").arg(text.toHtmlEscaped());
    return QStringLiteral("<p class=\"heading\"><a name=\"%1\">%2</a></p>").arg(anchor, text.toHtmlEscaped());
}

QTextBlock blockWithAnchor(const QTextDocument &document, const QString &anchor)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return block;
        }
    }
    return {};
}

// What the customer signs must be on the page they sign: when the authorization sentence and
// the signature block would not start on the last page (a long list of numbers pushed them over
// a page break), they go to a new page together.
void keepAuthorizationTogether(QTextDocument *document)
{
    const QTextBlock heading = blockWithAnchor(*document, kAuthorizationAnchor);
    if (!heading.isValid())
        return;
    const qreal top = document->documentLayout()->blockBoundingRect(heading).top();
    if (int(top / document->pageSize().height()) == document->pageCount() - 1)
        return;
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).mergeBlockFormat(breakBefore);
}

QFont footerFont(QFont font)
{
    font.setPointSizeF(kFooterPt);
    return font;
}

// Draws the laid-out document page by page, in black whatever the desktop's palette, with
// "Page 1 of 2" at the foot of each page when there is more than one.
bool paint(const QTextDocument &document, QPdfWriter *writer, const QFont &footer, qreal footerHeight)
{
    QPainter painter(writer);
    if (!painter.isActive())
        return false;
    const QSizeF body = document.pageSize();
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer->newPage())
            return false;
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        context.clip = QRectF(QPointF(0, page * body.height()), body);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (pages > 1) {
            painter.setFont(footer);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                             LoaDocument::tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
    }
    return painter.end();
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
    //: The letter's date under its title; %1 is the date as the UI writes it, e.g. "Mar 4, 2026"
    const QString dated = tr("Date: %1");
    out += QStringLiteral("<p>%1</p>").arg(dated.toHtmlEscaped().arg(mediumDate(c.date, locale).toHtmlEscaped()));

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

    out += heading(tr("Authorization"), kAuthorizationAnchor);
    //: What the customer signs. %1: who signs (the account holder or the person acting for them),
    //: %2: the new provider (PortDesk's team), %3: the current carrier (used three times)
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("I, %1, authorize %2 to port the telephone numbers listed in this letter from %3, and to act on "
                       "my behalf with %3 to do so. I am the account holder named in this letter or I am authorized to "
                       "act for the account holder. I understand that once the port is complete, %3 will no longer "
                       "provide service on these numbers.")
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
        // Each page's text above a footer line that numbers the pages of a longer letter.
        const QFontMetricsF footerMetrics(footerFont(font), &writer);
        const qreal footerHeight = 2 * footerMetrics.height();
        const QSizeF body(writer.width(), writer.height() - footerHeight);
        document.setPageSize(body);
        keepAuthorizationTogether(&document);
        if (!paint(document, &writer, footerFont(font), footerHeight))
            return fail(tr("The letter of authorization could not be made."));
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
    // A temporary file renamed into place (a half-written letter never shows), owner-only.
    QString why;
    if (writePrivateFile(path, bytes, &why))
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

} // namespace portdesk
