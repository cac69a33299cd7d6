#pragma once
#include "BulkAuthorization.h"
#include "BulkRow.h"
#include "domain/PortInCsv.h"
#include "domain/validation/PortInValidator.h"

namespace portdesk {

// Runs the port-in rules on every parsed row: a valid row becomes Ready with its request
// normalised for the wire; an invalid one keeps what was read and says why, field by field.
// A number that appears twice in the file is refused from its second row on: sending both
// would port it twice (and a duplicate port costs the customer a fee). Every row needs the
// customer's authorization (its Authorization column, read by `authorizations`): without one it
// is invalid like a row without a street.
BulkRows validateBulkRows(const QList<PortInCsvRow> &rows, const BulkAuthorization &authorizations,
                          const OpenOrderLookup &openOrderFor = {});

// Re-checks one row read again (resume): same rules, same wording.
BulkRow validateBulkRow(const PortInCsvRow &row, const BulkAuthorization &authorizations,
                        const OpenOrderLookup &openOrderFor = {});

} // namespace portdesk
