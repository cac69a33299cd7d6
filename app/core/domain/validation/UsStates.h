#pragma once
#include <QString>
#include <QStringList>

namespace portdesk {

// USPS state codes a port-in billing address may carry: the 50 states, DC and the NANP
// territories PR, VI, GU, MP, AS. Lookups are case-insensitive and ignore surrounding spaces.
enum class StateCodeKind
{
    Allowed,
    OutsideNanp, // FM, MH, PW: USPS serves them, but their phone numbers are not NANP numbers
    Military,    // AA, AE, AP: APO/FPO addresses are not physical service addresses
    Unknown
};

StateCodeKind stateCodeKind(const QString &code);
QStringList allowedStateCodes();               // sorted, upper case
QString stateName(const QString &code);        // English name, empty when not a USPS code
QString stateCodeForName(const QString &name); // "utah" -> "UT"; empty when not a name

} // namespace portdesk
