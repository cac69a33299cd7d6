#include "ClassificationRules.h"

#include "FieldNames.h"
#include "domain/PortInTypes.h"

#include <QCoreApplication>

namespace portdesk {

QString normalizeClassification(const QString &value)
{
    // An enum the wizard picks from a list, not customer data, so folding case is safe.
    return value.trimmed().toLower();
}

FieldIssues validateClassification(const QString &value)
{
    const QString c = normalizeClassification(value);
    if (c.isEmpty() || c == Classification::Mvno || c == Classification::Iot)
        return {};
    return {{FieldIssue::Severity::Error, FieldName::TargetPortinClassification,
             QStringLiteral("classification.invalid"),
             QCoreApplication::translate("PortValidation", "The classification must be mvno or iot, not \"%1\".")
                 .arg(value.trimmed())}};
}

} // namespace portdesk
