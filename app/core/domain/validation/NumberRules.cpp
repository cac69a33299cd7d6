#include "NumberRules.h"

#include "domain/NanpNumbering.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portdesk {

namespace {

using Severity = FieldIssue::Severity;

bool isTollFree(QStringView npa)
{
    static const QStringList tollFree = {QStringLiteral("800"), QStringLiteral("833"), QStringLiteral("844"),
                                         QStringLiteral("855"), QStringLiteral("866"), QStringLiteral("877"),
                                         QStringLiteral("888")};
    return tollFree.contains(npa);
}

bool isN11(QStringView code)
{
    return code.size() == 3 && code[1] == QLatin1Char('1') && code[2] == QLatin1Char('1');
}

// Non-geographic NPAs (N00, toll-free, 5XX personal communications, 710 government) have no
// local exchanges, so 800-411-xxxx is a legitimate vanity number while 801-411-xxxx is not.
bool isGeographic(QStringView npa)
{
    static const QStringList personal = {QStringLiteral("521"), QStringLiteral("522"), QStringLiteral("523"),
                                         QStringLiteral("524"), QStringLiteral("525"), QStringLiteral("526"),
                                         QStringLiteral("527"), QStringLiteral("528"), QStringLiteral("529"),
                                         QStringLiteral("533"), QStringLiteral("544"), QStringLiteral("566"),
                                         QStringLiteral("577"), QStringLiteral("588")};
    return npa.mid(1) != u"00" && !isTollFree(npa) && npa != u"710" && !personal.contains(npa);
}

// Territories whose numbers are US numbers for porting: NANP areas of the US itself.
bool isUsRegion(const QString &region)
{
    for (const char *r : {"US", "PR", "VI", "GU", "MP", "AS"}) {
        if (region == QLatin1String(r))
            return true;
    }
    return false;
}

} // namespace

NumberCheck checkPortInNumber(const QString &input, const QString &field)
{
    NumberCheck out;
    const auto add = [&](Severity severity, const char *code, const QString &message) {
        out.issues.append({severity, field, QLatin1String(code), message});
    };
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        add(Severity::Error, "number.required",
            QCoreApplication::translate("PortValidation", "Enter the phone number to port."));
        return out;
    }
    // An extension is refused outright: dropping it silently would port a different line than
    // the one the customer meant.
    static const QRegularExpression extension(QStringLiteral(R"((x|ext(ension)?\.?|#|;\s*ext\s*=)\s*\d+\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (extension.match(text).hasMatch()) {
        add(Severity::Error, "number.extension",
            QCoreApplication::translate("PortValidation",
                                        "Remove the extension: only the 10-digit number itself can be ported."));
        return out;
    }
    // ASCII digits only: libphonenumber asserts on some other Unicode digits (found by fuzzing).
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9\s().\-/]+$)"));
    if (!allowed.match(text).hasMatch()) {
        add(Severity::Error, "number.characters",
            QCoreApplication::translate("PortValidation", "Use digits only: spaces, dashes, dots, brackets and a "
                                                          "leading + are fine, letters are not."));
        return out;
    }

    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    if (text.startsWith(QLatin1Char('+')) && !digits.startsWith(QLatin1Char('1'))) {
        add(Severity::Error, "number.country",
            QCoreApplication::translate("PortValidation", "Only US numbers (+1) can be ported: this number has "
                                                          "another country code."));
        return out;
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    if (digits.size() != 10) {
        add(Severity::Error, "number.length",
            QCoreApplication::translate("PortValidation",
                                        "Enter the 10-digit number: area code and number, with "
                                        "or without a leading 1. This has %n digit(s).",
                                        nullptr, int(digits.size())));
        return out;
    }

    // Structure first, in our own terms: libphonenumber would read a leading 011 as the
    // international call prefix and report something unrelated.
    const QString npa = digits.left(3);
    const QString nxx = digits.mid(3, 3);
    const QString line = digits.right(4);
    if (npa[0] == QLatin1Char('0') || npa[0] == QLatin1Char('1')) {
        add(Severity::Error, "number.npa-format",
            QCoreApplication::translate("PortValidation", "The area code cannot start with 0 or 1: check the first "
                                                          "three digits."));
    } else if (isN11(npa)) {
        add(Severity::Error, "number.npa-n11",
            QCoreApplication::translate("PortValidation", "%1 is a service code (like 411 or 911), not an area "
                                                          "code: check the first three digits.")
                .arg(npa));
    }
    if (nxx[0] == QLatin1Char('0') || nxx[0] == QLatin1Char('1')) {
        add(Severity::Error, "number.nxx-format",
            QCoreApplication::translate("PortValidation", "The exchange (digits 4 to 6) cannot start with 0 or 1: "
                                                          "check the number."));
    } else if (isN11(nxx) && isGeographic(npa)) {
        add(Severity::Error, "number.nxx-n11",
            QCoreApplication::translate("PortValidation", "%1 is a service code (like 411), not an exchange: check "
                                                          "digits 4 to 6.")
                .arg(nxx));
    }
    if (!out.issues.isEmpty())
        return out;

    const NormalizedNumber normalized = normalizeUsNumber(text);
    if (!normalized.ok()) {
        add(Severity::Error, "number.unreadable", normalized.error);
        return out;
    }
    out.e164 = normalized.e164;

    // normalizeUsNumber() succeeded, so the module is loaded.
    const NumberPlan plan = nanpNumbering()->planOf(out.e164);
    if (!plan.assigned) {
        add(Severity::Error, "number.unassigned",
            QCoreApplication::translate("PortValidation", "Area code %1 is not in use, or has no numbers like this "
                                                          "one: check the number with the customer.")
                .arg(npa));
        return out;
    }
    if (!isUsRegion(plan.region)) {
        add(Severity::Warning, "number.outside-us",
            QCoreApplication::translate("PortValidation", "Area code %1 is outside the US and its territories "
                                                          "(%2): such numbers usually cannot be ported here.")
                .arg(npa, plan.region));
    }
    if (isTollFree(npa)) {
        add(Severity::Warning, "number.toll-free",
            QCoreApplication::translate("PortValidation", "%1 is a toll-free area code: toll-free numbers usually "
                                                          "cannot be ported to a mobile plan.")
                .arg(npa));
    } else if (npa == u"900") {
        add(Severity::Warning, "number.premium",
            QCoreApplication::translate("PortValidation", "900 is a premium-rate area code: such numbers usually "
                                                          "cannot be ported to a mobile plan."));
    }
    if (nxx == u"555" && line.startsWith(QLatin1String("01"))) {
        add(Severity::Warning, "number.fictional",
            QCoreApplication::translate("PortValidation", "555-0100 to 555-0199 are fictional numbers kept for "
                                                          "examples and training: no real line can be ported "
                                                          "from them."));
    }
    return out;
}

namespace {
QString asciiDigits(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}
} // namespace

bool isCompletePortInNumber(const QString &input)
{
    const QString digits = asciiDigits(input);
    return (digits.size() == 10 && !digits.startsWith(QLatin1Char('1'))) ||
           (digits.size() == 11 && digits.startsWith(QLatin1Char('1')));
}

QString portInNumberProgress(const QString &input)
{
    const QString digits = asciiDigits(input);
    const int wanted = digits.startsWith(QLatin1Char('1')) ? 11 : 10;
    if (digits.isEmpty() || digits.size() >= wanted)
        return {};
    //: Neutral progress under the number field while the agent is still typing, e.g. "Digits: 3 of 10"
    return QCoreApplication::translate("PortValidation", "Digits: %1 of %2").arg(digits.size()).arg(wanted);
}

FieldIssues validatePortInNumber(const QString &input, const QString &field)
{
    return checkPortInNumber(input, field).issues;
}

QString normalizePortInNumber(const QString &input)
{
    const NumberCheck check = checkPortInNumber(input);
    return check.e164.isEmpty() ? input.trimmed() : check.e164;
}

} // namespace portdesk
