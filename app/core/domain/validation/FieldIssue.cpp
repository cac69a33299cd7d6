#include "FieldIssue.h"

#include <algorithm>

namespace portdesk {

bool hasErrors(const FieldIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const FieldIssue &issue) { return issue.severity == FieldIssue::Severity::Error; });
}

FieldIssues issuesFor(const FieldIssues &issues, const QString &field)
{
    FieldIssues out;
    for (const FieldIssue &issue : issues) {
        if (issue.field == field)
            out.append(issue);
    }
    return out;
}

QStringList issueCodes(const FieldIssues &issues)
{
    QStringList out;
    out.reserve(issues.size());
    for (const FieldIssue &issue : issues)
        out.append(issue.code);
    return out;
}

QString severityKey(FieldIssue::Severity severity)
{
    switch (severity) {
    case FieldIssue::Severity::Error:
        return QStringLiteral("error");
    case FieldIssue::Severity::Warning:
        return QStringLiteral("warning");
    case FieldIssue::Severity::Hint:
        return QStringLiteral("hint");
    }
    return QStringLiteral("error");
}

} // namespace portdesk
