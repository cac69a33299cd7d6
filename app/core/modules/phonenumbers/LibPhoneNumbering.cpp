#include "LibPhoneNumbering.h"

#include <memory>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace portdesk {

namespace {

// GetInstance() is thread-safe and the util itself is immutable.
bool parseUs(const QString &text, PhoneNumber *parsed)
{
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), "US", parsed) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

ParsedNumber LibPhoneNumbering::parse(const QString &text) const
{
    PhoneNumber parsed;
    if (!parseUs(text, &parsed))
        return {};
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(parsed, PhoneNumberUtil::E164, &e164);
    return {true, parsed.country_code(), QString::number(parsed.national_number()), QString::fromStdString(e164)};
}

NumberPlan LibPhoneNumbering::planOf(const QString &e164) const
{
    PhoneNumber parsed;
    if (!parseUs(e164, &parsed))
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    return {util->IsValidNumber(parsed), QString::fromStdString(region)};
}

QString LibPhoneNumbering::formatAsYouType(const QString &digits) const
{
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter("US"));
    std::string result;
    for (const QChar c : digits)
        formatter->InputDigit(c.unicode(), &result);
    return QString::fromStdString(result);
}

} // namespace portdesk
