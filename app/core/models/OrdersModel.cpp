#include "OrdersModel.h"
#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "common/IsoTimestamps.h"
#include "domain/BusinessDays.h"
#include "domain/CarrierCodes.h"
#include "domain/OrderStatus.h"
#include "models/CsvExport.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace portdesk {

OrdersModel::OrdersModel(OrderRegistry *registry, Clock *clock, QObject *parent)
    : QAbstractTableModel(parent), m_registry(registry), m_clock(clock), m_ids(registry->orderIds())
{
    for (int i = 0; i < m_ids.size(); ++i) {
        m_rowOf.insert(m_ids.at(i), i);
        if (const qsizetype notes = registry->notes(m_ids.at(i)).size())
            m_noteCount.insert(m_ids.at(i), int(notes));
    }
    connect(registry, &OrderRegistry::ordersAdded, this, &OrdersModel::onAdded);
    connect(registry, &OrderRegistry::ordersChanged, this, &OrdersModel::onChanged);
    // A note changes no row of the order, only its history: its Notes cell follows (and only
    // then: every status answer is history too, and already a dataChanged of its row).
    connect(registry, &OrderRegistry::historyChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            const int row = m_rowOf.value(id, -1);
            const int notes = int(m_registry->notes(id).size());
            if (row < 0 || notes == m_noteCount.value(id, 0))
                continue;
            m_noteCount.insert(id, notes);
            emit dataChanged(index(row, Notes), index(row, Notes));
        }
    });
    connect(registry, &OrderRegistry::statusChanged, this, [this](const QString &id, const QString &old) {
        if (old.isEmpty())
            return; // a first answer is not news
        m_unseen.insert(id);
        emit unseenCountChanged(unseenCount());
    });
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QString OrdersModel::formatNumber(const QString &e164)
{
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1")))
        return QStringLiteral("(%1) %2-%3").arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return e164;
}

void OrdersModel::onAdded(const QStringList &ids)
{
    QStringList fresh;
    for (const QString &id : ids) {
        if (!m_rowOf.contains(id))
            fresh << id;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &id : fresh) {
        m_rowOf.insert(id, int(m_ids.size()));
        m_ids << id;
    }
    endInsertRows();
}

void OrdersModel::onChanged(const QStringList &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    // One dataChanged per run of adjacent rows: the proxy and view re-examine only those.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void OrdersModel::markSeen(const QString &orderId)
{
    if (!m_unseen.remove(orderId))
        return;
    const int row = rowOf(orderId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {UnseenChangeRole, Qt::FontRole});
    emit unseenCountChanged(unseenCount());
}

void OrdersModel::refreshRelativeTimes()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, Age), index(int(m_ids.size()) - 1, LastChecked),
                         {Qt::DisplayRole, SortRole, OverdueRole});
}

QVariant OrdersModel::display(const OrderRecord &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Number:
        return formatNumber(r.number);
    case Subscriber:
        return r.subscriber;
    case Carrier:
        return r.carrier;
    case Status:
        if (r.outcomeUnknown && r.status.isEmpty())
            return tr("Outcome unknown");
        return OrderTexts::status(r.status);
    case Message: {
        if (r.outcomeUnknown && r.status.isEmpty())
            return tr("The submit may or may not have reached Telegent: check before resubmitting.");
        if (r.notFound)
            return tr("Not found at Telegent (404).");
        if (r.status.isEmpty())
            return tr("Waiting for the first status check.");
        const CarrierCodeAdvice advice = adviceFor(r.statusMessage);
        if (advice.hint.isEmpty())
            return r.statusMessage;
        return QStringLiteral("%1 \u2014 %2").arg(r.statusMessage, advice.hint);
    }
    case Submitted:
        return mediumDateTime(QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime(), locale);
    case Age:
        return age(r);
    case LastChecked: {
        if (r.lastCheckedMs == 0)
            return tr("never");
        const qint64 minutes = std::max<qint64>(0, (m_clock->nowMs() - r.lastCheckedMs) / 60'000);
        if (minutes == 0)
            return tr("just now");
        if (minutes < 60)
            return tr("%n min ago", nullptr, int(minutes));
        if (minutes < 120)
            return tr("1 hour ago");
        if (minutes < 48 * 60)
            return tr("%n hours ago", nullptr, int(minutes / 60));
        return tr("%n days ago", nullptr, int(minutes / (24 * 60)));
    }
    case OrderId:
        return r.orderId;
    case Agent:
        return r.submittedBy;
    case Authorization: {
        const portdesk::Authorization *a = m_registry->authorization(r.orderId);
        return a ? a->describe() : QString();
    }
    case Notes: {
        const QList<OrderEvent> notes = m_registry->notes(r.orderId);
        // One line in the table: the latest note, its line breaks as spaces.
        return notes.isEmpty() ? QString() : notes.last().message.simplified();
    }
    }
    return {};
}

QDate OrdersModel::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toLocalTime().date();
}

bool OrdersModel::isOverdue(const OrderRecord &r, const QDate &today)
{
    // Only a port still on its way can be late: a closed one, or one never sent, is not.
    if (!r.hasTelegentId() || (r.group != StatusGroup::Open && r.group != StatusGroup::Unknown))
        return false;
    return isPortOverdue(QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime().date(), today);
}

int OrdersModel::urgencyTier(const OrderRecord &r, const QDate &today)
{
    if (isTerminal(r.group))
        return 2;
    if (r.group == StatusGroup::NeedsAction || r.outcomeUnknown || r.notFound)
        return 0;
    return isOverdue(r, today) ? 1 : 2;
}

QString OrdersModel::age(const OrderRecord &r) const
{
    const QDateTime submitted = QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toLocalTime();
    const int days = businessDaysBetween(submitted.date(), now.date());
    QString text;
    if (days == 0) {
        // Under a business day "0 business days" says nothing: hours do.
        const qint64 minutes = std::max<qint64>(0, submitted.secsTo(now) / 60);
        text = minutes < 60 ? tr("%n min", nullptr, int(minutes)) : tr("%n h", nullptr, int(minutes / 60));
    } else {
        // English gets its plural without a catalogue; translators see both as numerus forms.
        text = days == 1 ? tr("%n business day", nullptr, days) : tr("%n business days", nullptr, days);
    }
    // In words as well as in colour: a colour alone says nothing to a screen reader.
    return isOverdue(r, now.date()) ? tr("%1, overdue").arg(text) : text;
}

QVariant OrdersModel::sortValue(const OrderRecord &r, int column) const
{
    switch (column) {
    case Number:
        return r.number;
    case Submitted:
    case Age:
        return r.submittedAtMs;
    case LastChecked:
        return r.lastCheckedMs;
    default:
        return display(r, column);
    }
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRecord *r = m_registry->find(m_ids.at(index.row()));
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole: // the whole text of a cut-off cell; for the status, Telegent's own word too
        if (index.column() == Status && !r->status.isEmpty())
            return tr("Telegent status: %1").arg(OrderTexts::display(r->status)) + QLatin1Char('\n') +
                   display(*r, Message).toString();
        return display(*r, index.column() == Status ? int(Message) : index.column());
    case ExportRole: // the exact values, whatever the language (PortDesk's own in English)
        if (index.column() == Status && !r->status.isEmpty())
            return OrderTexts::english(r->status);
        if (index.column() == Submitted)
            return isoWithOffset(r->submittedAtMs);
        if (index.column() == LastChecked)
            return isoWithOffset(r->lastCheckedMs); // empty: never
        if (index.column() == Authorization) {
            const portdesk::Authorization *a = m_registry->authorization(r->orderId);
            if (!a)
                return QString();
            // An audit reads who recorded it and when, exactly.
            return QStringLiteral("%1; recorded by %2 at %3").arg(a->english(), a->agent, isoWithOffset(a->atMs));
        }
        if (index.column() == Notes) {
            // Every note with when and who, one per line: the export keeps the whole story.
            QStringList lines;
            for (const OrderEvent &note : m_registry->notes(r->orderId))
                lines << QStringLiteral("%1 %2: %3").arg(isoWithOffset(note.atMs), note.who, note.message);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case SortRole:
        return sortValue(*r, index.column());
    case OrderIdRole:
        return r->orderId;
    case StatusGroupRole:
        return int(r->group);
    case UnseenChangeRole:
        return m_unseen.contains(r->orderId);
    case NotFoundRole:
        return r->notFound;
    case OutcomeUnknownRole:
        return r->outcomeUnknown;
    case UrgencyRole: {
        constexpr qint64 tierSpan = 100'000'000'000'000; // ms: past the year 5000
        return qlonglong(urgencyTier(*r, today()) * tierSpan + r->submittedAtMs);
    }
    case OverdueRole:
        return isOverdue(*r, today());
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Subscriber:
        return tr("Subscriber");
    case Carrier:
        return tr("Carrier");
    case Status:
        return tr("Status");
    case Message:
        return tr("Message");
    case Submitted:
        return tr("Submitted");
    case Age:
        return tr("Age");
    case LastChecked:
        return tr("Last checked");
    case OrderId:
        return tr("Order ID");
    case Agent:
        return tr("Agent");
    case Authorization:
        return tr("Authorization");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace portdesk
