#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// Plain values exchanged with Telegent's port-in API (spec "mPaaS Core APIs" 1.0.8). Member names
// follow the JSON field names; telegent/JsonMapping turns them into exactly those names on the wire.
// An empty optional string means "not sent".
namespace portdesk {

namespace Classification {
inline const QString Mvno = QStringLiteral("mvno");
inline const QString Iot = QStringLiteral("iot");
} // namespace Classification

struct BillingAddress
{
    QString street1;
    QString street2; // optional
    QString city;
    QString state;
    QString zip;
    bool operator==(const BillingAddress &) const = default;
};

struct EligibilityRequest
{
    QString phoneNumber;          // E.164
    QString targetClassification; // mvno | iot, same value the submit will carry
};

struct EligibilityResult
{
    QString phoneNumber;
    bool eligible = false;
    QString currentCarrier;
    QString numberType;
    QString message;
};

struct PortInRequest
{
    QString portInNumber; // E.164
    QString currentCarrierName;
    QString currentAccountNumber;
    QString currentAccountPassword; // secret: never logged, never stored
    BillingAddress currentBillingAddress;
    QString iccid;                      // optional
    QString targetPortinClassification; // optional: mvno | iot
    QString subscriberName;             // optional
};

struct SubmitResult
{
    QString orderId;
    QDateTime orderDate; // UTC; invalid when the server sent none or an unreadable one
    QString status;
    QString phoneNumber;
    QString iccid;
};

// Only the fields that are set are sent; the order keeps the others.
struct UpdatePortInRequest
{
    QString orderId;
    QString currentCarrierName;
    QString currentAccountNumber;
    QString currentAccountPassword; // secret
    std::optional<BillingAddress> currentBillingAddress;
    QString portInDate; // YYYY-MM-DD
    QString targetPortinClassification;
    QString subscriberName;
    QString iccid;
};

struct UpdateResult
{
    QString orderId;
    QString status;
    QString message;
};

struct CancelPortInRequest
{
    QString orderId;
};

struct CancelResult
{
    QString orderId;
    QString status;
};

struct OrderQuery
{
    QString orderId;
};

struct OrderDetails
{
    QString orderId;
    QDateTime orderDate; // UTC
    QString orderStatus; // free text, shown verbatim
    QString orderStatusMessage;
    QString orderType;
    QStringList phoneNumbers;
};

} // namespace portdesk
