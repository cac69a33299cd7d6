#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

// One finding of the port-in validators about one field. The wizard maps severities to
// behaviour: an Error blocks Next/Submit, a Warning is shown and lets the agent go on, a Hint is
// coaching text. `code` is stable (tests and UI match on it); `message` is translated prose.
struct FieldIssue
{
    enum class Severity
    {
        Error,
        Warning,
        Hint
    };

    Severity severity = Severity::Error;
    QString field;   // canonical API field name (FieldNames.h), e.g. "CurrentBillingAddress.Zip"
    QString code;    // e.g. "number.npa-n11", "zip.state-mismatch"
    QString message; // what is wrong and how to fix it, for the agent

    bool operator==(const FieldIssue &) const = default;
};

using FieldIssues = QList<FieldIssue>;

bool hasErrors(const FieldIssues &issues); // true when something blocks Next/Submit
FieldIssues issuesFor(const FieldIssues &issues, const QString &field);
QStringList issueCodes(const FieldIssues &issues);
QString severityKey(FieldIssue::Severity severity); // stable key: error, warning, hint

} // namespace portdesk
