#pragma once
#include "FieldIssue.h"
#include "Zip3Table.h"
#include "domain/PortInTypes.h"

namespace portdesk {

// The billing-address rules of port-validation.md. Street lines and city are only trimmed, never
// rewritten: the losing carrier compares them with its own records.

// A PO Box designator (PO Box, P.O. Box, Post Office Box, POB, any case and punctuation)
// followed by a box number or ending the line. Street names that merely start with the same
// letters ("Boxwood Rd", "Pobox Lane") are not PO Boxes.
bool isPoBox(const QString &line);
// `field` is FieldName::Street1 or FieldName::Street2; only Street1 is required.
FieldIssues validateStreetLine(const QString &value, const QString &field);
FieldIssues validateCity(const QString &value);

FieldIssues validateState(const QString &value);
QString normalizeState(const QString &value); // trimmed, upper case

FieldIssues validateZip(const QString &value);
QString normalizeZip(const QString &value); // 9 digits -> NNNNN-NNNN; otherwise trimmed
// Warning when the ZIP's prefix does not serve the state. Silent when either value is invalid
// (their own rules report that) or the table is empty.
FieldIssues checkZipMatchesState(const QString &zip, const QString &state, const Zip3Table &table);
// The same with the shipped table, which is read only once there are both values to compare.
FieldIssues checkZipMatchesState(const QString &zip, const QString &state);

FieldIssues validateBillingAddress(const BillingAddress &address);
BillingAddress normalizeBillingAddress(const BillingAddress &address);

} // namespace portdesk
