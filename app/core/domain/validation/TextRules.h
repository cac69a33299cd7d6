#pragma once
#include "FieldIssue.h"

namespace portdesk {

// One rule for every text field of a port-in, whichever path it came by (wizard, CSV, JSON):
// no control or invisible format character (domain/ControlChars.h), and no more than the
// field's maximum length (README "Field limits"). A field that breaks it gets only this issue:
// its other rules never see, nor quote back, what was pasted into it.
FieldIssues checkFieldText(const QString &value, const QString &field);
// The documented maximum length of a field (FieldNames.h), in UTF-16 units of the trimmed value.
int maxFieldLength(const QString &field);

} // namespace portdesk
