#pragma once
#include "domain/PortInTypes.h"

namespace portdesk::test {

// A complete, valid port-in request for number (E.164).
inline PortInRequest samplePortIn(const QString &number = QStringLiteral("+18015552345"))
{
    PortInRequest r;
    r.portInNumber = number;
    r.currentCarrierName = QStringLiteral("Verizon");
    r.currentAccountNumber = QStringLiteral("4651234567");
    r.currentAccountPassword = QStringLiteral("918273");
    r.currentBillingAddress = {QStringLiteral("2701 N Thanksgiving Way"), QStringLiteral("Suite 202"),
                               QStringLiteral("Lehi"), QStringLiteral("UT"), QStringLiteral("84043")};
    r.targetPortinClassification = QStringLiteral("mvno");
    r.subscriberName = QStringLiteral("Jane Doe");
    return r;
}

} // namespace portdesk::test
