#include "CarrierCodes.h"

#include <QCoreApplication>

namespace portdesk {

CarrierCodeAdvice adviceFor(const QString &statusMessage)
{
    const QString code = statusMessage.trimmed().section(QLatin1Char('-'), 0, 0).toUpper();
    if (code == QLatin1String("8A"))
        return {CarrierCodeAdvice::Fix::AccountNumber,
                QCoreApplication::translate(
                    "CarrierCodes", "Account number missing or wrong: correct the account number and send an update.")};
    if (code == QLatin1String("6P"))
        return {
            CarrierCodeAdvice::Fix::NumberLock,
            QCoreApplication::translate(
                "CarrierCodes", "Verizon Number Lock is on: the customer must switch it off, then send an update.")};
    if (code.startsWith(QLatin1String("6B")))
        return {CarrierCodeAdvice::Fix::Pin,
                QCoreApplication::translate(
                    "CarrierCodes",
                    "Transfer PIN wrong: get a new Number Transfer PIN from the customer and send an update.")};
    if (code == QLatin1String("1P"))
        return {
            CarrierCodeAdvice::Fix::ReviewAll,
            QCoreApplication::translate(
                "CarrierCodes", "Name, account, PIN or address do not match the carrier's records: review all four.")};
    return {};
}

} // namespace portdesk
