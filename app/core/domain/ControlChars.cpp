#include "ControlChars.h"

#include <QChar>

namespace portdesk {

namespace {
// Calls fn(code point) for each code point of text; a lone surrogate is passed as itself.
template <typename Fn> void forEachCodePoint(QStringView text, Fn fn)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            fn(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            fn(char32_t(c.unicode()));
        }
    }
}
} // namespace

bool isControlOrFormat(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

std::optional<char32_t> firstControlOrFormat(QStringView text)
{
    std::optional<char32_t> found;
    forEachCodePoint(text, [&found](char32_t c) {
        if (!found && isControlOrFormat(c))
            found = c;
    });
    return found;
}

namespace {
QString escaped(char32_t c)
{
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}
} // namespace

QString escapeControls(QStringView text)
{
    if (!firstControlOrFormat(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    forEachCodePoint(text, [&out](char32_t c) {
        if (isControlOrFormat(c))
            out += escaped(c);
        else
            out += QStringView(QChar::fromUcs4(c));
    });
    return out;
}

QByteArray escapeControlsInJson(const QByteArray &compactJson)
{
    // A compact JSON document has these characters only inside strings (its own syntax is ASCII
    // without controls), and QJsonDocument already wrote C0 controls as \u00XX.
    const QString text = QString::fromUtf8(compactJson);
    if (!firstControlOrFormat(text))
        return compactJson;
    QString out;
    out.reserve(text.size() + 16);
    const auto unit = [&out](char16_t u) { out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')); };
    forEachCodePoint(text, [&out, &unit](char32_t c) {
        if (!isControlOrFormat(c)) {
            out += QStringView(QChar::fromUcs4(c));
        } else if (QChar::requiresSurrogates(c)) {
            unit(QChar::highSurrogate(c));
            unit(QChar::lowSurrogate(c));
        } else {
            unit(char16_t(c));
        }
    });
    return out.toUtf8();
}

} // namespace portdesk
