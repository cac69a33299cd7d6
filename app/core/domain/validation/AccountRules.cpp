#include "AccountRules.h"

#include "Carriers.h"
#include "FieldNames.h"
#include "NumberRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace portdesk {

namespace {
using Severity = FieldIssue::Severity;

FieldIssue issue(Severity severity, const QString &field, const char *code, const QString &message)
{
    return {severity, field, QLatin1String(code), message};
}

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// The account number compared with the number as digits: "801-555-2345" and "18015552345"
// both match +18015552345.
bool sameAsNumber(const QString &account, const QString &portInNumber)
{
    const NumberCheck number = checkPortInNumber(portInNumber);
    if (number.e164.isEmpty())
        return false;
    QString digits = account;
    digits.remove(QLatin1Char('-'));
    const QString national = number.e164.mid(2); // after "+1"
    return digits == national || digits == QLatin1Char('1') + national;
}

QString transferPinHint(CarrierBrand brand)
{
    switch (brand) {
    case CarrierBrand::Verizon:
        return QCoreApplication::translate(
            "PortValidation", "Verizon wants its 6-digit Number Transfer PIN (the customer dials #PORT or uses the "
                              "My Verizon app), not the account PIN; it expires after a few days. Number Lock must "
                              "be switched off on the Verizon account.");
    case CarrierBrand::Att:
        return QCoreApplication::translate(
            "PortValidation", "AT&T wants its 6-digit Number Transfer PIN (the customer dials *PORT or uses the "
                              "myAT&T app), not the account passcode; it expires after a few days. Wireless "
                              "Account Lock must be switched off.");
    case CarrierBrand::TMobile:
        return QCoreApplication::translate(
            "PortValidation", "T-Mobile wants its 6-digit Number Transfer PIN (from the T-Mobile app or account), "
                              "not the account PIN; it expires after a few days. Port Out Protection must be "
                              "switched off.");
    case CarrierBrand::Metro:
        return QCoreApplication::translate(
            "PortValidation", "Metro by T-Mobile wants its 6-digit Number Transfer PIN (from the Metro app or "
                              "account), not the account PIN; it expires after a few days. Port Out Protection "
                              "must be switched off.");
    case CarrierBrand::Other:
        break;
    }
    return {};
}
} // namespace

FieldIssues validateCarrierName(const QString &value)
{
    if (!value.trimmed().isEmpty())
        return {};
    return {issue(Severity::Error, FieldName::CurrentCarrierName, "carrier.required",
                  QCoreApplication::translate("PortValidation", "Enter the name of the customer's current carrier "
                                                                "as it appears on the bill."))};
}

FieldIssues validateAccountNumber(const QString &value, const QString &portInNumber)
{
    const QString account = value.trimmed();
    const QString &field = FieldName::CurrentAccountNumber;
    if (account.isEmpty()) {
        return {issue(Severity::Error, field, "account.required",
                      QCoreApplication::translate("PortValidation", "Enter the account number from the customer's "
                                                                    "bill with the current carrier."))};
    }
    FieldIssues out;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!allowed.match(account).hasMatch()) {
        out.append(issue(Severity::Error, field, "account.characters",
                         QCoreApplication::translate("PortValidation", "Account numbers contain only letters, "
                                                                       "digits and dashes: remove spaces and "
                                                                       "other characters.")));
    }
    if (account.size() > kMaxAccountNumberLength) {
        out.append(issue(Severity::Error, field, "account.too-long",
                         QCoreApplication::translate("PortValidation", "This account number has %1 characters, "
                                                                       "carriers accept at most %2: check it "
                                                                       "against the bill.")
                             .arg(account.size())
                             .arg(kMaxAccountNumberLength)));
    }
    if (sameAsNumber(account, portInNumber)) {
        out.append(issue(Severity::Warning, field, "account.equals-number",
                         QCoreApplication::translate("PortValidation", "The account number is the phone number "
                                                                       "itself: that is right only for some prepaid "
                                                                       "accounts, so confirm it with the "
                                                                       "customer.")));
    }
    return out;
}

FieldIssues validateAccountPassword(const QString &value, const QString &carrierName)
{
    const QString pin = value.trimmed();
    const QString &field = FieldName::CurrentAccountPassword;
    FieldIssues out;
    if (pin.isEmpty()) {
        out.append(issue(Severity::Error, field, "password.required",
                         QCoreApplication::translate("PortValidation", "Enter the customer's transfer PIN or "
                                                                       "passcode: the carrier needs it to release "
                                                                       "the number.")));
    } else {
        if (pin.size() < 4 || pin.size() > 15) {
            out.append(issue(Severity::Warning, field, "password.length",
                             QCoreApplication::translate("PortValidation", "Transfer PINs have 4 to 15 characters, "
                                                                           "this one has %1: check it with the "
                                                                           "customer.")
                                 .arg(pin.size())));
        }
        if (!allDigits(pin)) {
            out.append(issue(Severity::Warning, field, "password.not-digits",
                             QCoreApplication::translate("PortValidation", "Transfer PINs are usually digits only: "
                                                                           "make sure this is the transfer PIN, "
                                                                           "not an online password.")));
        }
    }
    const QString hint = transferPinHint(carrierBrand(carrierName));
    if (!hint.isEmpty())
        out.append(issue(Severity::Hint, field, "password.transfer-pin", hint));
    return out;
}

FieldIssues validateSubscriberName(const QString &value)
{
    if (!value.trimmed().isEmpty())
        return {};
    // Optional for the API, but a name mismatch is the carriers' most common rejection reason.
    return {issue(Severity::Warning, FieldName::SubscriberName, "subscriber.recommended",
                  QCoreApplication::translate("PortValidation", "Enter the account holder's name exactly as the "
                                                                "current carrier has it: a name mismatch is the "
                                                                "most common reason for a rejected port."))};
}

} // namespace portdesk
