#pragma once
#include <QList>
#include <utility>

#include "domain/PortInTypes.h"
#include "domain/validation/FieldNames.h"

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

// The wizard's fields after the number, filled with valid values (as the agent would type them).
inline QList<std::pair<QString, QString>> sampleFieldsAfterNumber()
{
    using namespace FieldName;
    return {{CurrentAccountNumber, QStringLiteral("4651234567")},
            {CurrentAccountPassword, QStringLiteral("918273")},
            {SubscriberName, QStringLiteral("Jane Doe")},
            {Street1, QStringLiteral("1 Main St")},
            {City, QStringLiteral("Lehi")},
            {State, QStringLiteral("UT")},
            {Zip, QStringLiteral("84043")}};
}

} // namespace portdesk::test
