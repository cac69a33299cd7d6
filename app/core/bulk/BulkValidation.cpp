#include "BulkValidation.h"

#include <QCoreApplication>
#include <QHash>

namespace portdesk {

namespace {
// "Street1: message", with the language's own punctuation (French puts a space before the colon).
QString fieldProblem(const QString &field, const QString &message)
{
    return QCoreApplication::translate("portdesk::BulkValidation", "%1: %2", "a field name, then what is wrong with it")
        .arg(field, message);
}
} // namespace

BulkRow validateBulkRow(const PortInCsvRow &row, const BulkAuthorization &authorizations,
                        const OpenOrderLookup &openOrderFor)
{
    BulkRow out;
    out.row = row.row;
    out.line = row.line;
    out.request = row.request;
    if (!row.error.isEmpty()) {
        out.problems << row.error;
    } else {
        for (const FieldIssue &i : validatePortInRequest(row.request, openOrderFor)) {
            if (i.severity != FieldIssue::Severity::Error)
                continue;
            if (out.problemField.isEmpty())
                out.problemField = i.field;
            out.problems << fieldProblem(i.field, i.message);
        }
        const BulkAuthorization::Result a = authorizations.parse(row.authorization, row.request.subscriberName);
        if (!a.ok()) {
            if (out.problemField.isEmpty())
                out.problemField = BulkAuthorization::column();
            out.problems << fieldProblem(BulkAuthorization::column(), a.error);
        }
        out.authorization = a.authorization;
        out.loaPath = a.path;
    }
    if (!out.problems.isEmpty()) {
        out.state = BulkRow::State::Invalid;
        out.error = out.problems.join(QStringLiteral("; "));
        return out;
    }
    out.request = normalizedPortInRequest(row.request);
    out.authorization.accountHolder = out.request.subscriberName; // as sent
    out.state = BulkRow::State::Ready;
    return out;
}

BulkRows validateBulkRows(const QList<PortInCsvRow> &rows, const BulkAuthorization &authorizations,
                          const OpenOrderLookup &openOrderFor)
{
    BulkRows out;
    out.reserve(rows.size());
    QHash<QString, int> firstRowOf; // normalised number -> row that sends it
    for (const PortInCsvRow &row : rows) {
        BulkRow checked = validateBulkRow(row, authorizations, openOrderFor);
        if (checked.state == BulkRow::State::Ready) {
            const QString number = checked.request.portInNumber;
            if (const auto it = firstRowOf.constFind(number); it != firstRowOf.constEnd()) {
                checked.state = BulkRow::State::Invalid;
                checked.problemField = QStringLiteral("PortInNumber");
                checked.problems << fieldProblem(
                    checked.problemField, QCoreApplication::translate("portdesk::BulkValidation",
                                                                      "row %1 of this file already ports this number")
                                              .arg(*it));
                checked.error = checked.problems.join(QStringLiteral("; "));
            } else {
                firstRowOf.insert(number, checked.row);
            }
        }
        out << checked;
    }
    return out;
}

} // namespace portdesk
