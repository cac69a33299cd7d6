#pragma once
#include <QString>
#include <QStringList>

namespace portdesk {

// Known US mobile carrier names for the carrier-name completer: the resource
// :/portdesk/data/carriers.txt, read once (thread-safe) on first use.
QStringList knownCarriers();
// One name per line; blank lines and '#' comments are skipped, duplicates (any case) dropped.
QStringList parseCarrierList(const QString &text);

// The carriers whose port-out needs a Number Transfer PIN and a lock switched off. Others
// (including their prepaid sub-brands such as Cricket or Visible) are Other.
enum class CarrierBrand
{
    Other,
    Verizon,
    Att,
    TMobile,
    Metro
};
CarrierBrand carrierBrand(const QString &carrierName); // "Verizon Wireless", "at&t", "MetroPCS"...

} // namespace portdesk
