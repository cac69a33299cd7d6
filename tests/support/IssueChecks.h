#pragma once
#include <QStringList>
#include <QTest>

#include "domain/validation/FieldIssue.h"

namespace portdesk::test {

// "severity:code" of every issue, space-separated: one readable string to compare per row.
inline QString summary(const FieldIssues &issues)
{
    QStringList out;
    for (const FieldIssue &i : issues)
        out.append(severityKey(i.severity) + QLatin1Char(':') + i.code);
    return out.join(QLatin1Char(' '));
}

// Every issue names the expected field and carries a real sentence for the agent.
inline void verifyField(const FieldIssues &issues, const QString &field)
{
    for (const FieldIssue &issue : issues) {
        QCOMPARE(issue.field, field);
        QVERIFY2(issue.message.size() > 20, qPrintable(issue.code));
    }
}

} // namespace portdesk::test
