#pragma once
#include "FieldIssue.h"
#include "domain/PortInTypes.h"

#include <functional>

namespace portdesk {

// Answers the OrderId of an open (non-terminal) order for an E.164 number, or an empty string.
// The order registry provides it; without one the "already has an open order" rule is skipped.
using OpenOrderLookup = std::function<QString(const QString &e164)>;

// Every rule of port-validation.md over a whole request, in field order. The request may hold
// what the agent typed: values are normalised before they are checked.
FieldIssues validatePortInRequest(const PortInRequest &request, const OpenOrderLookup &openOrderFor = {});

// The text rule (TextRules.h) over the fields an update sets: an update carries the same free
// text as a submit, by the same paths.
FieldIssues validateUpdateText(const UpdatePortInRequest &request);

// The request as it goes on the wire: E.164 number, upper-case state, NNNNN-NNNN ZIP, ICCID
// without filler, lower-case classification, everything else only trimmed.
PortInRequest normalizedPortInRequest(const PortInRequest &request);

} // namespace portdesk
