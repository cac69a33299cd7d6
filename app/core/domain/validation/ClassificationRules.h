#pragma once
#include "FieldIssue.h"

namespace portdesk {

// TargetPortinClassification: mvno or iot (the submit schema); the eligibility request's
// TargetClassification carries the same value. Empty means "not sent" (optional in the API).
FieldIssues validateClassification(const QString &value);
QString normalizeClassification(const QString &value); // trimmed, lower case

} // namespace portdesk
