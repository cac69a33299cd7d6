#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace portdesk {

class OrderRegistry;

// The team's numbers for the Dashboard: throughput, open orders by age, rejection causes, time to
// complete and per-agent counts. Everything is computed from the registry (orders and their
// events), so a desk on a team database shows the whole team. Only port-ins Telegent received
// count as submitted: not those waiting for their LOA, nor unknown-outcome submits (once found
// they are counted through the order they created, with the submit's time).
struct TeamFigures
{
    static constexpr int kDays = 30;      // business days of throughput, ending today
    static constexpr int kAgeBuckets = 6; // 0..4 business days, then 5 and more

    struct Day
    {
        QDate date; // a weekday: a weekend's activity counts on the Friday before (BusinessDays.h)
        int submitted = 0;
        int completed = 0;
    };
    struct Rejection
    {
        QString code;   // the carrier code of OrderStatusMessage ("8A"); empty when Telegent gave none
        QString hint;   // adviceFor()'s plain-language fix; empty for an unknown code
        int events = 0; // times an order went to Needs action with this code
        int orders = 0; // distinct orders among them
    };
    struct Agent
    {
        QString name;      // OrderRecord::submittedBy
        int submitted = 0; // in the kDays business days
        int open = 0;
        int needsAction = 0;
    };

    QDate today;
    QList<Day> days; // kDays, oldest first
    // Open orders (received, not final, not needing action) by business days since submit.
    QList<int> openByAge = QList<int>(kAgeBuckets, 0);
    int open = 0;
    int overdue = 0; // open past the due date (isPortOverdue)
    // Needs action: Error/Rejected/ResolutionRequired, not found, or an unknown outcome to verify.
    int needsAction = 0;
    int completed = 0; // orders whose completion the registry saw (the median's count)
    std::optional<double> medianBusinessDaysToComplete;
    QList<Rejection> rejections; // most events first
    QList<Agent> agents;         // by name

    static TeamFigures of(const OrderRegistry &registry, const QDate &today);
    // The figures as CSV for scripts and spreadsheets: sections separated by an empty line, each
    // with its own header row; English names, ISO dates, counts as plain numbers.
    QString toCsv() const;
};

} // namespace portdesk
