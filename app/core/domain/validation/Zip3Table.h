#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

// Which USPS state codes each 3-digit ZIP prefix serves. A prefix can serve more than one code
// (967: Hawaii and American Samoa), so lookups answer a list. The shipped table is the resource
// :/portdesk/data/zip3-states.csv; parse() is public so tests can feed their own text.
class Zip3Table
{
public:
    // CSV lines "first,last,state" (inclusive ZIP3 range). Blank lines, '#' comments, the header
    // and malformed lines are skipped, never fatal: a bad line only loses that range.
    static Zip3Table parse(const QString &csv);
    // The shipped table, read once (thread-safe) on first use.
    static const Zip3Table &builtIn();

    // States for a ZIP (only its first 3 digits are used); empty when unknown or not digits.
    QStringList statesFor(const QString &zip) const;
    bool isEmpty() const { return m_rangeCount == 0; }
    int rangeCount() const { return m_rangeCount; }
    int skippedLines() const { return m_skipped; }

private:
    QList<QStringList> m_states = QList<QStringList>(1000); // index: the prefix as a number
    int m_rangeCount = 0;
    int m_skipped = 0;
};

} // namespace portdesk
