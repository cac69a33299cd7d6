#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "PortInTypes.h"

namespace portdesk {

// Bulk port-ins as CSV (RFC 4180: commas, double quotes, CRLF or LF, an optional UTF-8 BOM), with
// the header the CLI and the GUI's import share:
//   PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,Street2,
//   City,State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization
// Columns may come in any order and any case; every one of them must be there. Parsing only
// reads the file: the port-in rules run on each row afterwards, so a bad row is reported with
// its row number and nothing of it is sent.
struct PortInCsvRow
{
    int row = 0;  // 1 = the first data row
    int line = 0; // line in the file where the row starts
    PortInRequest request;
    QString authorization; // the customer's authorization, as written (bulk/BulkAuthorization reads it)
    QString error;         // structural problem of this row (wrong number of fields...), empty if none
};

struct PortInCsv
{
    QList<PortInCsvRow> rows;
    QString error; // the whole file is unusable (no header, missing columns, too large)
    bool ok() const { return error.isEmpty(); }

    static constexpr qsizetype kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMaxRows = 10'000;
    static const QStringList &columns();
};

PortInCsv parsePortInCsv(const QByteArray &bytes);

} // namespace portdesk
