#pragma once
#include <QString>
#include <QStringList>

namespace portdesk {

// Telegent's order status is free text with no published enum; PortDesk groups the known values
// for colour, filters and polling (api-decisions.md). Data, logs, exports and the CLI keep the exact
// text; the GUI shows statusLabel() beside it (the exact text in the tooltip).
enum class StatusGroup
{
    Open,
    NeedsAction,
    Completed,
    Cancelled,
    Unknown
};

StatusGroup statusGroup(const QString &status);
// Completed and cancelled orders never change again and are never polled.
bool isTerminal(StatusGroup group);
QString statusGroupKey(StatusGroup group); // stable key: open, action, completed, cancelled, unknown
// The status in the agent's language for the known values ("Pending Carrier Approval" ->
// "En attente d'approbation du fournisseur"); any other value, verbatim.
QString statusLabel(const QString &status);
// Every known status's label, in the agent's language: what the status column must fit.
QStringList statusLabels();

} // namespace portdesk
