#pragma once
#include <QString>

// The canonical API field names the validators report against: the same spelling the server uses
// in its validation errors (ApiError::fieldErrors), so a server finding and a local one land on the
// same widget.
namespace portdesk::FieldName {

inline const QString PhoneNumber = QStringLiteral("PhoneNumber"); // eligibility request
inline const QString PortInNumber = QStringLiteral("PortInNumber");
inline const QString CurrentCarrierName = QStringLiteral("CurrentCarrierName");
inline const QString CurrentAccountNumber = QStringLiteral("CurrentAccountNumber");
inline const QString CurrentAccountPassword = QStringLiteral("CurrentAccountPassword");
inline const QString Street1 = QStringLiteral("CurrentBillingAddress.Street1");
inline const QString Street2 = QStringLiteral("CurrentBillingAddress.Street2");
inline const QString City = QStringLiteral("CurrentBillingAddress.City");
inline const QString State = QStringLiteral("CurrentBillingAddress.State");
inline const QString Zip = QStringLiteral("CurrentBillingAddress.Zip");
inline const QString Iccid = QStringLiteral("ICCID");
inline const QString PortInDate = QStringLiteral("PortInDate"); // update only
inline const QString TargetPortinClassification = QStringLiteral("TargetPortinClassification");
inline const QString SubscriberName = QStringLiteral("SubscriberName");
// The customer's authorization (never sent to Telegent: PortDesk's own record of consent).
inline const QString AccountHolder = QStringLiteral("AccountHolder");
inline const QString AuthorizingPerson = QStringLiteral("AuthorizingPerson");

} // namespace portdesk::FieldName
