#include "OrderTimelineModel.h"

#include "authorization/Authorization.h"
#include "common/DisplayDates.h"
#include "domain/CarrierCodes.h"
#include "messaging/TextConsent.h"
#include "messaging/TextTrigger.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace portdesk {

OrderTimelineModel::OrderTimelineModel(OrderRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent), m_registry(registry)
{
    connect(registry, &OrderRegistry::historyChanged, this, &OrderTimelineModel::follow);
    connect(registry, &OrderRegistry::ordersChanged, this, &OrderTimelineModel::follow);
    connect(registry, &OrderRegistry::ordersAdded, this, &OrderTimelineModel::follow);
}

void OrderTimelineModel::setOrder(const QString &orderId)
{
    beginResetModel();
    m_orderId = orderId;
    m_events = orderId.isEmpty() ? QList<OrderEvent>() : m_registry->events(orderId);
    endResetModel();
}

void OrderTimelineModel::follow(const QStringList &orderIds)
{
    if (m_orderId.isEmpty() || !orderIds.contains(m_orderId))
        return;
    const QList<OrderEvent> now = m_registry->events(m_orderId);
    bool prefix = now.size() >= m_events.size();
    for (qsizetype i = 0; prefix && i < m_events.size(); ++i)
        prefix = now.at(i).id == m_events.at(i).id;
    if (!prefix) { // an event from another desk sorted in between (its clock): read again
        beginResetModel();
        m_events = now;
        endResetModel();
        return;
    }
    if (now.size() == m_events.size())
        return;
    beginInsertRows({}, int(m_events.size()), int(now.size()) - 1);
    m_events = now;
    endInsertRows();
}

int OrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int OrderTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderEvent &e = m_events.at(index.row());
    if (role == AtMsRole)
        return e.atMs;
    if (role == KindRole)
        return e.kind;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return mediumDateTime(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime());
    case What:
        return whatOf(e.kind);
    case Details:
        return detailsOf(e);
    case Who:
        return e.who;
    default:
        return {};
    }
}

QVariant OrderTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

QString OrderTimelineModel::whatOf(const QString &kind)
{
    struct Label
    {
        const char *kind;
        const char *text;
    };
    static constexpr Label kLabels[] = {
        {"submitted", QT_TR_NOOP("Submitted")},
        {"tracked", QT_TR_NOOP("Tracked")},
        {"status", QT_TR_NOOP("Status changed")},
        {"update", QT_TR_NOOP("Updated")},
        {"cancel", QT_TR_NOOP("Cancelled")},
        {"not-found", QT_TR_NOOP("Not found")},
        {"unknown-outcome", QT_TR_NOOP("Unknown outcome")},
        {"verified", QT_TR_NOOP("Checked by the agent")},
        {"attached", QT_TR_NOOP("Found at Telegent")},
        {"authorized", QT_TR_NOOP("Authorization recorded")},
        {"loa-sent", QT_TR_NOOP("LOA sent to the customer")},
        {"text-consent", QT_TR_NOOP("Texts answer recorded")},
        {"withdrawn", QT_TR_NOOP("Withdrawn")},
        {"submitted-as", QT_TR_NOOP("Submitted as an order")},
        {"duplicate-order-id", QT_TR_NOOP("Duplicate order id")},
        {"note", QT_TR_NOOP("Note")},
        {"text-sent", QT_TR_NOOP("Text sent to the customer")},
        {"text-status", QT_TR_NOOP("Text status")},
        {"text-unknown", QT_TR_NOOP("Text outcome unknown (not sent again)")},
        {"text-refused", QT_TR_NOOP("Text refused by Telegent")},
        {"text-skipped", QT_TR_NOOP("Text not sent")},
    };
    for (const Label &l : kLabels) {
        if (kind == QLatin1String(l.kind))
            return tr(l.text);
    }
    return tr("Other event"); // a kind from a newer PortDesk
}

QString OrderTimelineModel::messageOf(const OrderEvent &e)
{
    if (e.kind == QLatin1String("note"))
        return e.message; // the writer's words: never decoded, even when they look like a code
    if (Authorization::isAuthorizationEvent(e.kind))
        return Authorization::fromEvent(e.message, e.who, e.atMs).describe();
    if (e.kind == QLatin1String(TextConsent::kEventKind))
        return TextConsent::fromEvent(e.message, e.who, e.atMs).describe();
    if (e.kind.startsWith(QLatin1String("text-")) && e.message.startsWith(QLatin1Char('{'))) {
        // A customer text (registry/CustomerTexts): which change it was about, its MessageId, why not sent.
        const QJsonObject o = QJsonDocument::fromJson(e.message.toUtf8()).object();
        const std::optional<TextTrigger> t =
            textTriggerFromKey(o.value(QLatin1String("trigger")).toString().section(QLatin1Char(':'), 0, 0));
        QStringList parts{t ? textTriggerLabel(*t) : QString()};
        for (const char *key : {"MessageId", "reason"})
            parts << o.value(QLatin1String(key)).toString();
        parts.removeAll(QString());
        return parts.join(tr(" \u2014 ", "between the parts of an event's details"));
    }
    return OrderTexts::display(e.message);
}

QString OrderTimelineModel::detailsOf(const OrderEvent &e)
{
    if (e.kind == QLatin1String("note") || Authorization::isAuthorizationEvent(e.kind) ||
        e.kind == QLatin1String(TextConsent::kEventKind))
        return messageOf(e);
    QStringList parts;
    if (!e.oldStatus.isEmpty() && e.oldStatus != e.newStatus)
        parts << tr("%1 \u2192 %2").arg(OrderTexts::status(e.oldStatus), OrderTexts::status(e.newStatus));
    else if (!e.newStatus.isEmpty())
        parts << OrderTexts::status(e.newStatus);
    const QString message = messageOf(e);
    if (!message.isEmpty())
        parts << message;
    // Telegent's carrier code comes with what to do about it.
    if (!OrderTexts::isCode(e.message)) {
        const QString hint = adviceFor(e.message).hint;
        if (!hint.isEmpty())
            parts << hint;
    }
    return parts.join(tr(" \u2014 ", "between the parts of an event's details"));
}

} // namespace portdesk
