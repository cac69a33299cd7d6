#include "TeamFigures.h"
#include "CsvExport.h"
#include "domain/BusinessDays.h"
#include "domain/CarrierCodes.h"
#include "registry/OrderRegistry.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace portdesk {

namespace {

// The local date of an instant. Converting to local time asks the C library, which checks the
// zone file each time: thousands of orders made that most of the Dashboard's time. Every zone's
// offset is a multiple of 15 minutes, so the date is the same within a 15-minute slice of UTC.
class LocalDates
{
public:
    QDate of(qint64 ms)
    {
        const qint64 slice = ms >= 0 ? ms / kSliceMs : (ms - kSliceMs + 1) / kSliceMs;
        auto it = m_dates.constFind(slice);
        if (it == m_dates.constEnd())
            it = m_dates.insert(slice, QDateTime::fromMSecsSinceEpoch(slice * kSliceMs).toLocalTime().date());
        return *it;
    }

private:
    static constexpr qint64 kSliceMs = 15 * 60'000;
    QHash<qint64, QDate> m_dates;
};

// The business day a date counts on: a Saturday or Sunday is still the Friday's, as
// businessDaysBetween() counts it (Friday to Saturday: 0 business days).
QDate businessDayOf(QDate d)
{
    while (d.isValid() && d.dayOfWeek() > 5)
        d = d.addDays(-1);
    return d;
}

bool isNeedingAction(const OrderRecord &r)
{
    if (isTerminal(r.group) || r.awaitingAuthorization)
        return false;
    return r.group == StatusGroup::NeedsAction || r.notFound || r.outcomeUnknown;
}

bool isOpen(const OrderRecord &r)
{
    return r.hasTelegentId() && !isTerminal(r.group) && !isNeedingAction(r);
}

// The carrier code of an OrderStatusMessage, as adviceFor() reads it: "8A-ACCOUNT..." -> "8A".
QString carrierCode(const QString &message)
{
    return message.trimmed().section(QLatin1Char('-'), 0, 0).toUpper();
}

} // namespace

TeamFigures TeamFigures::of(const OrderRegistry &registry, const QDate &today)
{
    TeamFigures f;
    f.today = today;
    LocalDates localDate;
    QHash<QDate, int> dayIndex;
    for (QDate d = businessDayOf(today); f.days.size() < kDays; d = businessDayOf(d.addDays(-1)))
        f.days.prepend({d, 0, 0});
    for (int i = 0; i < f.days.size(); ++i)
        dayIndex.insert(f.days.at(i).date, i);

    QMap<QString, Agent> agents;
    for (const QString &id : registry.orderIds()) {
        const OrderRecord &r = *registry.find(id);
        const bool received = r.hasTelegentId();
        const bool action = isNeedingAction(r);
        const bool open = isOpen(r);
        if (!received && !action)
            continue; // waiting for its LOA, withdrawn, or an unknown outcome since resolved
        const QDate submitted = localDate.of(r.submittedAtMs);
        const auto day = received ? dayIndex.constFind(businessDayOf(submitted)) : dayIndex.constEnd();
        if (day == dayIndex.constEnd() && !open && !action)
            continue; // nothing to count for it now
        Agent &agent = agents[r.submittedBy];
        agent.name = r.submittedBy;
        if (day != dayIndex.constEnd()) {
            ++agent.submitted;
            ++f.days[*day].submitted;
        }
        if (action) {
            ++agent.needsAction;
            ++f.needsAction;
        }
        if (open) {
            ++agent.open;
            ++f.open;
            ++f.openByAge[std::min(businessDaysBetween(submitted, today), kAgeBuckets - 1)];
            if (isPortOverdue(submitted, today))
                ++f.overdue;
        }
    }
    f.agents = agents.values();

    // Status answers (and an unknown outcome's order found): completions and rejections.
    QSet<QString> completedOrders;
    QList<int> toComplete;
    QMap<QString, Rejection> causes;
    QHash<QString, QSet<QString>> causeOrders;
    QHash<QString, StatusGroup> groups; // a handful of texts, thousands of events
    const auto groupOf = [&groups](const QString &status) {
        auto it = groups.constFind(status);
        if (it == groups.constEnd())
            it = groups.insert(status, statusGroup(status));
        return *it;
    };
    for (const OrderEvent &e : registry.eventsOfKinds({QStringLiteral("status"), QStringLiteral("attached")})) {
        const OrderRecord *r = registry.find(e.orderId);
        if (!r || !r->hasTelegentId())
            continue;
        const StatusGroup to = groupOf(e.newStatus);
        if (to == StatusGroup::Completed && groupOf(e.oldStatus) != StatusGroup::Completed &&
            !completedOrders.contains(e.orderId)) {
            // A tracked order's first answer (no old status) says it is complete, not when it
            // completed: it has no completion date.
            if (e.kind == QLatin1String("status") && e.oldStatus.isEmpty())
                continue;
            completedOrders.insert(e.orderId);
            const QDate done = localDate.of(e.atMs);
            toComplete << businessDaysBetween(localDate.of(r->submittedAtMs), done);
            const auto day = dayIndex.constFind(businessDayOf(done));
            if (day != dayIndex.constEnd())
                ++f.days[*day].completed;
        } else if (to == StatusGroup::NeedsAction) {
            // Each recorded event is a change of status or message: a new rejection.
            const QString code = carrierCode(e.message);
            Rejection &cause = causes[code];
            cause.code = code;
            ++cause.events;
            causeOrders[code].insert(e.orderId);
        }
    }
    f.completed = int(toComplete.size());
    if (!toComplete.isEmpty()) {
        std::sort(toComplete.begin(), toComplete.end());
        const qsizetype mid = toComplete.size() / 2;
        f.medianBusinessDaysToComplete =
            toComplete.size() % 2 ? double(toComplete.at(mid)) : (toComplete.at(mid - 1) + toComplete.at(mid)) / 2.0;
    }
    for (Rejection cause : std::as_const(causes)) {
        cause.orders = int(causeOrders.value(cause.code).size());
        cause.hint = adviceFor(cause.code).hint;
        f.rejections << cause;
    }
    std::stable_sort(f.rejections.begin(), f.rejections.end(),
                     [](const Rejection &a, const Rejection &b) { return a.events > b.events; });
    return f;
}

QString TeamFigures::toCsv() const
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i)
            out += (i ? QStringLiteral(",") : QString()) + csvField(fields.at(i));
        out += QStringLiteral("\r\n");
    };
    const auto n = [](int value) { return QString::number(value); };
    line({QStringLiteral("figure"), QStringLiteral("value")});
    line({QStringLiteral("as_of"), today.toString(Qt::ISODate)});
    line({QStringLiteral("open"), n(open)});
    line({QStringLiteral("overdue"), n(overdue)});
    line({QStringLiteral("needs_action"), n(needsAction)});
    line({QStringLiteral("completed"), n(completed)});
    line({QStringLiteral("median_business_days_to_complete"),
          medianBusinessDaysToComplete ? QString::number(*medianBusinessDaysToComplete) : QString()});
    out += QStringLiteral("\r\n");
    line({QStringLiteral("business_day"), QStringLiteral("submitted"), QStringLiteral("completed")});
    for (const Day &d : days)
        line({d.date.toString(Qt::ISODate), n(d.submitted), n(d.completed)});
    out += QStringLiteral("\r\n");
    line({QStringLiteral("age_business_days"), QStringLiteral("open")});
    for (int i = 0; i < openByAge.size(); ++i)
        line({i == openByAge.size() - 1 ? n(i) + QLatin1Char('+') : n(i), n(openByAge.at(i))});
    out += QStringLiteral("\r\n");
    line({QStringLiteral("carrier_code"), QStringLiteral("rejections"), QStringLiteral("orders"),
          QStringLiteral("hint")});
    for (const Rejection &r : rejections)
        line({r.code, n(r.events), n(r.orders), r.hint});
    out += QStringLiteral("\r\n");
    line(
        {QStringLiteral("agent"), QStringLiteral("submitted"), QStringLiteral("open"), QStringLiteral("needs_action")});
    for (const Agent &a : agents)
        line({a.name, n(a.submitted), n(a.open), n(a.needsAction)});
    return out;
}

} // namespace portdesk
