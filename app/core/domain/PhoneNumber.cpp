#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "NanpNumbering.h"

namespace portdesk {

NormalizedNumber normalizeUsNumber(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, QCoreApplication::translate("PhoneNumber", "Enter the phone number.")};
    // libphonenumber would quietly keep an extension; a port is for the line itself.
    static const QRegularExpression extension(QStringLiteral(R"((x|ext\.?|extension|#)\s*\d+\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (extension.match(text).hasMatch())
        return {{},
                QCoreApplication::translate("PhoneNumber",
                                            "Remove the extension: only the 10-digit number can be ported.")};
    // ASCII digits only: libphonenumber asserts (aborting the whole desk) on some other Unicode
    // digits, e.g. N'Ko (found by fuzzing).
    static const QRegularExpression allowed(QStringLiteral(R"(^[+0-9 \t().\-/]+$)"));
    if (!allowed.match(text).hasMatch())
        return {{},
                QCoreApplication::translate("PhoneNumber",
                                            "Use digits only (spaces, dashes, dots and brackets are fine).")};

    QString unavailable;
    const NanpNumbering *numbering = nanpNumbering(&unavailable);
    if (!numbering)
        return {{}, unavailable};
    const ParsedNumber parsed = numbering->parse(text);
    if (!parsed.ok)
        return {{}, QCoreApplication::translate("PhoneNumber", "This is not a phone number.")};
    if (parsed.countryCode != 1 || parsed.nationalNumber.size() != 10)
        return {{}, QCoreApplication::translate("PhoneNumber", "Enter a 10-digit US number (area code + number).")};
    // libphonenumber keeps "Italian" leading zeros ("0736..." -> "+10736..."): never a NANP number.
    static const QRegularExpression nanp(QStringLiteral(R"(^\+1[0-9]{10}$)"));
    const QString &result = parsed.e164;
    if (!nanp.match(result).hasMatch())
        return {{}, QCoreApplication::translate("PhoneNumber", "Enter a 10-digit US number (area code + number).")};
    return {result, {}};
}

QString formatNationalNumber(const QString &e164)
{
    static const QRegularExpression nanp(QStringLiteral(R"(^\+1([0-9]{3})([0-9]{3})([0-9]{4})$)"));
    const QRegularExpressionMatch m = nanp.match(e164);
    if (!m.hasMatch())
        return e164;
    return QStringLiteral("(%1) %2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

} // namespace portdesk
