#pragma once
#include "FieldIssue.h"

namespace portdesk {

// The ICCID rules of port-validation.md. The ICCID is optional: empty is fine.
FieldIssues validateIccid(const QString &value);
// What goes on the wire: trimmed, with the trailing F filler of a 20-character value removed.
QString normalizeIccid(const QString &value);
// Luhn (mod 10) over all digits, the last one being the check digit; false for non-digits.
bool luhnValid(QStringView digits);

} // namespace portdesk
