#pragma once
#include "FieldIssue.h"

namespace portdesk {

// The losing-carrier account rules of port-validation.md. The carrier matches these values
// without regard to case or punctuation, so they are only ever trimmed, never rewritten.

FieldIssues validateCarrierName(const QString &value);
// `portInNumber` (typed or E.164) feeds the "account number equals the phone number" warning.
FieldIssues validateAccountNumber(const QString &value, const QString &portInNumber = {});
// `carrierName` selects the Number Transfer PIN coaching hint for Verizon, AT&T, T-Mobile, Metro.
FieldIssues validateAccountPassword(const QString &value, const QString &carrierName = {});
FieldIssues validateSubscriberName(const QString &value);

constexpr int kMaxAccountNumberLength = 30;

} // namespace portdesk
