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
FieldIssues validatePortInNumber(const QString &input, const QString &field = FieldName::PortInNumber);
// True when the number cannot grow any more: 10 digits not starting with 1, or 11 starting with
// 1. Another digit would only make it wrong, so nothing is gained by waiting for one.
bool isCompletePortInNumber(const QString &input);
// "Digits: 3 of 10" while the agent is still typing a number that can grow; empty otherwise.
QString portInNumberProgress(const QString &input);
// What goes on the wire: E.164 when the number could be read, else the trimmed input.
QString normalizePortInNumber(const QString &input);

} // namespace portdesk
