#include "PortDateRules.h"

#include "FieldNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portdesk {

FieldIssues validatePortInDate(const QString &value, const QDate &today)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const auto error = [](const char *code, const QString &message) {
        return FieldIssues{{FieldIssue::Severity::Error, FieldName::PortInDate, QLatin1String(code), message}};
    };
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!shape.match(text).hasMatch()) {
        return error("portdate.format",
                     QCoreApplication::translate("PortValidation", "Enter the port date as YYYY-MM-DD, for example %1.")
                         .arg(today.addDays(7).toString(Qt::ISODate)));
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return error("portdate.invalid",
                     QCoreApplication::translate("PortValidation", "%1 is not a day of the calendar: check the month "
                                                                   "and the day.")
                         .arg(text));
    }
    if (today.isValid() && date < today) {
        return error("portdate.past",
                     QCoreApplication::translate("PortValidation", "%1 is in the past: choose today (%2) or a later "
                                                                   "date.")
                         .arg(text, today.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace portdesk
