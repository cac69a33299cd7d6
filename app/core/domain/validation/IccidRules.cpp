#include "IccidRules.h"

#include "FieldNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace portdesk {

namespace {
using Severity = FieldIssue::Severity;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

FieldIssue issue(Severity severity, const char *code, const QString &message)
{
    return {severity, FieldName::Iccid, QLatin1String(code), message};
}
} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool twice = false; // every second digit from the right, the check digit itself excluded
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits[i]))
            return false;
        int d = digits[i].unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString normalizeIccid(const QString &value)
{
    QString iccid = value.trimmed();
    // SIM files pad a 19-digit ICCID to 20 nibbles with F; tools and labels sometimes copy it.
    if (iccid.size() == 20 && iccid.endsWith(QLatin1Char('F'), Qt::CaseInsensitive))
        iccid.chop(1);
    return iccid;
}

FieldIssues validateIccid(const QString &value)
{
    const QString iccid = normalizeIccid(value);
    if (iccid.isEmpty())
        return {};
    if (!std::all_of(iccid.cbegin(), iccid.cend(), isAsciiDigit)) {
        return {issue(Severity::Error, "iccid.characters",
                      QCoreApplication::translate("PortValidation", "Type the ICCID as digits only, without spaces "
                                                                    "or letters (an F at the end of a 20-character "
                                                                    "value is allowed)."))};
    }
    if (iccid.size() != 19 && iccid.size() != 20) {
        return {issue(Severity::Error, "iccid.length",
                      QCoreApplication::translate("PortValidation", "An ICCID has 19 or 20 digits, this one has "
                                                                    "%1: read it again from the SIM card.")
                          .arg(iccid.size()))};
    }
    FieldIssues out;
    if (!iccid.startsWith(QLatin1String("89"))) {
        out.append(issue(Severity::Error, "iccid.prefix",
                         QCoreApplication::translate("PortValidation", "An ICCID starts with 89: check the first "
                                                                       "digits on the SIM card.")));
    } else if (!iccid.startsWith(QLatin1String("891")) && !iccid.startsWith(QLatin1String("8901"))) {
        // US issuers write the country code as 1 or 01 (AT&T and T-Mobile SIMs start 8901).
        // Only a hint: IoT SIMs from global issuers (8988...) are legitimate here.
        out.append(issue(Severity::Hint, "iccid.not-us",
                         QCoreApplication::translate("PortValidation", "This SIM was not issued in the US (US SIM "
                                                                       "cards start with 891 or 8901): check the "
                                                                       "ICCID if you expected a US SIM.")));
    }
    if (!luhnValid(iccid)) {
        out.append(issue(Severity::Error, "iccid.check-digit",
                         QCoreApplication::translate("PortValidation", "The ICCID does not add up: re-read the "
                                                                       "last digit on the SIM card (and, if it is "
                                                                       "right, the others).")));
    }
    return out;
}

} // namespace portdesk
