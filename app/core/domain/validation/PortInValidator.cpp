#include "PortInValidator.h"

#include "AccountRules.h"
#include "AddressRules.h"
#include "ClassificationRules.h"
#include "FieldNames.h"
#include "IccidRules.h"
#include "NumberRules.h"

#include <QCoreApplication>

namespace portdesk {

FieldIssues validatePortInRequest(const PortInRequest &request, const OpenOrderLookup &openOrderFor)
{
    FieldIssues out;
    const NumberCheck number = checkPortInNumber(request.portInNumber);
    out += number.issues;
    // Only a number that passed its own rules can have an order worth looking up.
    if (openOrderFor && !number.e164.isEmpty() && !hasErrors(number.issues)) {
        const QString orderId = openOrderFor(number.e164);
        if (!orderId.isEmpty()) {
            out.append({FieldIssue::Severity::Error, FieldName::PortInNumber,
                        QStringLiteral("number.open-order"),
                        QCoreApplication::translate("PortValidation",
                                                    "This number already has an open port-in "
                                                    "order (%1): update or cancel that order "
                                                    "instead of submitting a new one.")
                            .arg(orderId)});
        }
    }
    out += validateCarrierName(request.currentCarrierName);
    out += validateAccountNumber(request.currentAccountNumber, request.portInNumber);
    out += validateAccountPassword(request.currentAccountPassword, request.currentCarrierName);
    out += validateBillingAddress(request.currentBillingAddress);
    out += validateIccid(request.iccid);
    out += validateClassification(request.targetPortinClassification);
    out += validateSubscriberName(request.subscriberName);
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
