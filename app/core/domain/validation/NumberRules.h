#pragma once
#include "FieldIssue.h"
#include "FieldNames.h"

namespace portdesk {

// The phone-number rules of port-validation.md (NANP structure, N11, assigned NPA, toll-free,
// fictional range). The "open order in the registry" rule needs the registry and is applied by
// validatePortInRequest() through its lookup hook.
struct NumberCheck
{
    QString e164;       // +1NPANXXXXXX once the number could be read; empty otherwise
    FieldIssues issues; // reported against the field passed to checkPortInNumber()
};

// `field` is PortInNumber for the submit, PhoneNumber for the eligibility request.
NumberCheck checkPortInNumber(const QString &input, const QString &field = FieldName::PortInNumber);
FieldIssues validatePortInNumber(const QString &input,
                                 const QString &field = FieldName::PortInNumber);
// What goes on the wire: E.164 when the number could be read, else the trimmed input.
QString normalizePortInNumber(const QString &input);

} // namespace portdesk
