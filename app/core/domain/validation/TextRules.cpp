#include "TextRules.h"

#include "FieldNames.h"
#include "domain/ControlChars.h"

#include <QCoreApplication>
#include <QHash>

namespace portdesk {

int maxFieldLength(const QString &field)
{
    // Sources in README "Field limits": ATIS OBF ordering guidelines where they size the field
    // (street name 60, city 32), the project's own rules otherwise. Fields with a shape of their
    // own (number, state, ZIP, ICCID, classification) get a bound well above any valid value, so
    // that their own rule - not this one - explains what is wrong.
    static const QHash<QString, int> limits = {
        {FieldName::PortInNumber, 32},
        {FieldName::CurrentCarrierName, 60},
        {FieldName::CurrentAccountNumber, 64}, // its own rule says 30 (account.too-long)
        {FieldName::CurrentAccountPassword, 40},
        {FieldName::Street1, 60},
        {FieldName::Street2, 60},
        {FieldName::City, 32},
        {FieldName::State, 40},
        {FieldName::Zip, 16},
        {FieldName::Iccid, 32},
        {FieldName::TargetPortinClassification, 16},
        {FieldName::SubscriberName, 60},
    };
    return limits.value(field, 60);
}

FieldIssues checkFieldText(const QString &value, const QString &field)
{
    const QString text = value.trimmed(); // what goes on the wire
    if (const std::optional<char32_t> c = firstControlOrFormat(text)) {
        // The code point, never the value: the field may be the PIN.
        return {{FieldIssue::Severity::Error, field, QStringLiteral("text.control"),
                 QCoreApplication::translate("PortValidation",
                                             "This field contains an invisible or control character (U+%1), "
                                             "often brought in by copy and paste: retype the value.")
                     .arg(QString::number(uint(*c), 16).rightJustified(4, QLatin1Char('0')).toUpper())}};
    }
    const int limit = maxFieldLength(field);
    if (text.size() > limit) {
        return {{FieldIssue::Severity::Error, field, QStringLiteral("text.too-long"),
                 QCoreApplication::translate("PortValidation", "At most %1 characters fit here; this has %2.")
                     .arg(limit)
                     .arg(text.size())}};
    }
    return {};
}

} // namespace portdesk
