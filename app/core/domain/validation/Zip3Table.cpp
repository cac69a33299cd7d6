#include "Zip3Table.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace portdesk {

namespace {
Q_LOGGING_CATEGORY(lcValidationData, "portdesk.validation.data", QtInfoMsg)

const QString kResourcePath = QStringLiteral(":/portdesk/data/zip3-states.csv");

// A 3-digit prefix as a number 0..999, or -1.
int prefixValue(QStringView text)
{
    if (text.size() != 3)
        return -1;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    }
    return text.toInt();
}
} // namespace

Zip3Table Zip3Table::parse(const QString &csv)
{
    static const QRegularExpression stateCode(QStringLiteral("^[A-Z]{2}$"));
    Zip3Table table;
    const QStringList lines = csv.split(QLatin1Char('\n'));
    bool headerSeen = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        const int first = cells.size() == 3 ? prefixValue(cells[0].trimmed()) : -1;
        const int last = cells.size() == 3 ? prefixValue(cells[1].trimmed()) : -1;
        const QString state = cells.size() == 3 ? cells[2].trimmed() : QString();
        if (first < 0 || last < first || !stateCode.match(state).hasMatch()) {
            // The first non-comment line is the header; anything else that does not parse is a
            // data error worth a log line, not a crash.
            if (headerSeen)
                ++table.m_skipped;
            headerSeen = true;
            continue;
        }
        headerSeen = true;
        for (int p = first; p <= last; ++p) {
            if (!table.m_states[p].contains(state))
                table.m_states[p].append(state);
        }
        ++table.m_rangeCount;
    }
    return table;
}

const Zip3Table &Zip3Table::builtIn()
{
    // A function-local static: initialised exactly once even with concurrent first callers.
    static const Zip3Table table = [] {
        QFile file(kResourcePath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qCWarning(lcValidationData) << "ZIP3 table missing:" << kResourcePath;
            return Zip3Table();
        }
        Zip3Table t = parse(QString::fromUtf8(file.readAll()));
        if (t.m_skipped > 0)
            qCWarning(lcValidationData) << "ZIP3 table:" << t.m_skipped << "malformed lines skipped";
        return t;
    }();
    return table;
}

QStringList Zip3Table::statesFor(const QString &zip) const
{
    const int prefix = prefixValue(QStringView(zip).trimmed().left(3));
    return prefix < 0 ? QStringList() : m_states.at(prefix);
}

} // namespace portdesk
