#include "CarrierCodes.h"

#include <QCoreApplication>

namespace portdesk {

CarrierCodeAdvice adviceFor(const QString &statusMessage)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("CarrierCodes", s); };
    const QString code = statusMessage.trimmed().section(QLatin1Char('-'), 0, 0).toUpper();
    if (code == QLatin1String("8A"))
        return {CarrierCodeAdvice::Fix::AccountNumber,
                tr("Account number missing or wrong: correct the account number and send an update.")};
    if (code == QLatin1String("6P"))
        return {CarrierCodeAdvice::Fix::NumberLock,
                tr("Verizon Number Lock is on: the customer must switch it off, then send an update.")};
    if (code.startsWith(QLatin1String("6B")))
        return {CarrierCodeAdvice::Fix::Pin,
                tr("Transfer PIN wrong: get a new Number Transfer PIN from the customer and send an update.")};
    if (code == QLatin1String("1P"))
        return {CarrierCodeAdvice::Fix::ReviewAll,
                tr("Name, account, PIN or address do not match the carrier's records: review all four.")};
    return {};
}

} // namespace portdesk
