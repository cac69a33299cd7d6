#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// The team database's ledger of the account's request budget and its shared tokens: tables and
// the PL/pgSQL functions each desk calls, one round trip per question (registry/TeamLedger).
// PostgreSQL only - a desk's own SQLite registry has no team to share with. Created, or brought
// up to date, by the first desk that needs it; the others wait on an advisory lock.
namespace TeamLedgerSchema {
bool ensure(QSqlDatabase &db, QString *error);
}

} // namespace portdesk
