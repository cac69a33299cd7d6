#include "PortInValidator.h"

#include "AccountRules.h"
#include "AddressRules.h"
#include "ClassificationRules.h"
#include "FieldNames.h"
#include "IccidRules.h"
#include "NumberRules.h"
#include "TextRules.h"

#include <QCoreApplication>

namespace portdesk {

namespace {
// The text rule first: a field that breaks it is reported for that alone, and its own rules
// (which may quote the value back) do not run on it.
bool clean(FieldIssues &out, const QString &value, const QString &field)
{
    const FieldIssues text = checkFieldText(value, field);
    out += text;
    return text.isEmpty();
}
} // namespace

FieldIssues validatePortInRequest(const PortInRequest &request, const OpenOrderLookup &openOrderFor)
{
    FieldIssues out;
    if (clean(out, request.portInNumber, FieldName::PortInNumber)) {
        const NumberCheck number = checkPortInNumber(request.portInNumber);
        out += number.issues;
        // Only a number that passed its own rules can have an order worth looking up.
        if (openOrderFor && !number.e164.isEmpty() && !hasErrors(number.issues)) {
            const QString orderId = openOrderFor(number.e164);
            if (!orderId.isEmpty()) {
                out.append({FieldIssue::Severity::Error, FieldName::PortInNumber, QStringLiteral("number.open-order"),
                            QCoreApplication::translate("PortValidation", "This number already has an open port-in "
                                                                          "order (%1): update or cancel that order "
                                                                          "instead of submitting a new one.")
                                .arg(orderId)});
            }
        }
    }
    const bool carrierClean = clean(out, request.currentCarrierName, FieldName::CurrentCarrierName);
    if (carrierClean)
        out += validateCarrierName(request.currentCarrierName);
    if (clean(out, request.currentAccountNumber, FieldName::CurrentAccountNumber))
        out += validateAccountNumber(request.currentAccountNumber, request.portInNumber);
    if (clean(out, request.currentAccountPassword, FieldName::CurrentAccountPassword))
        out += validateAccountPassword(request.currentAccountPassword,
                                       carrierClean ? request.currentCarrierName : QString());
    const BillingAddress &a = request.currentBillingAddress;
    if (clean(out, a.street1, FieldName::Street1))
        out += validateStreetLine(a.street1, FieldName::Street1);
    if (clean(out, a.street2, FieldName::Street2))
        out += validateStreetLine(a.street2, FieldName::Street2);
    if (clean(out, a.city, FieldName::City))
        out += validateCity(a.city);
    const bool stateClean = clean(out, a.state, FieldName::State);
    if (stateClean)
        out += validateState(a.state);
    const bool zipClean = clean(out, a.zip, FieldName::Zip);
    if (zipClean)
        out += validateZip(a.zip);
    if (stateClean && zipClean)
        out += checkZipMatchesState(a.zip, a.state);
    if (clean(out, request.iccid, FieldName::Iccid))
        out += validateIccid(request.iccid);
    if (clean(out, request.targetPortinClassification, FieldName::TargetPortinClassification))
        out += validateClassification(request.targetPortinClassification);
    if (clean(out, request.subscriberName, FieldName::SubscriberName))
        out += validateSubscriberName(request.subscriberName);
    return out;
}

FieldIssues validateUpdateText(const UpdatePortInRequest &request)
{
    FieldIssues out;
    clean(out, request.currentCarrierName, FieldName::CurrentCarrierName);
    clean(out, request.currentAccountNumber, FieldName::CurrentAccountNumber);
    clean(out, request.currentAccountPassword, FieldName::CurrentAccountPassword);
    if (const auto &a = request.currentBillingAddress) {
        clean(out, a->street1, FieldName::Street1);
        clean(out, a->street2, FieldName::Street2);
        clean(out, a->city, FieldName::City);
        clean(out, a->state, FieldName::State);
        clean(out, a->zip, FieldName::Zip);
    }
    clean(out, request.iccid, FieldName::Iccid);
    clean(out, request.targetPortinClassification, FieldName::TargetPortinClassification);
    clean(out, request.subscriberName, FieldName::SubscriberName);
    clean(out, request.portInDate, QStringLiteral("PortInDate"));
    return out;
}

PortInRequest normalizedPortInRequest(const PortInRequest &request)
{
    PortInRequest out;
    out.portInNumber = normalizePortInNumber(request.portInNumber);
    out.currentCarrierName = request.currentCarrierName.trimmed();
    out.currentAccountNumber = request.currentAccountNumber.trimmed();
    out.currentAccountPassword = request.currentAccountPassword.trimmed();
    out.currentBillingAddress = normalizeBillingAddress(request.currentBillingAddress);
    out.iccid = normalizeIccid(request.iccid);
    out.targetPortinClassification = normalizeClassification(request.targetPortinClassification);
    out.subscriberName = request.subscriberName.trimmed();
    return out;
}

} // namespace portdesk
