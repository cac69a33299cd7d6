#include "CustomerNotifier.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CarrierCodes.h"
#include "messaging/TextConsent.h"
#include "messaging/TextTemplates.h"
#include "registry/CustomerTexts.h"
#include "registry/OrderRegistry.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/GetMessageDetails.h"
#include "telegent/operations/SendMessage.h"

#include <algorithm>

namespace portdesk {

CustomerNotifier::CustomerNotifier(OrderRegistry *registry, TelegentClient *client, Clock *clock, QString who,
                                   QObject *parent)
    : QObject(parent), m_registry(registry), m_client(client), m_clock(clock), m_who(std::move(who))
{
    connect(m_registry, &OrderRegistry::ordersAdded, this, &CustomerNotifier::onOrdersAdded);
    connect(m_registry, &OrderRegistry::statusChanged, this, &CustomerNotifier::onStatusChanged);
}

CustomerNotifier::~CustomerNotifier()
{
    CustomerTexts texts(m_registry, m_who);
    for (auto it = m_sending.cbegin(); it != m_sending.cend(); ++it) {
        it.key()->disconnect(this);
        QString why;
        if (!texts.recordUnknown(it.value().first, m_clock->nowMs(), &why))
            qCWarning(lcApp).noquote() << why; // still 'sending': the next start makes it 'unknown'
    }
}

bool CustomerNotifier::isFinalStatus(const QString &status)
{
    static const QStringList final{QStringLiteral("delivered"), QStringLiteral("failed"), QStringLiteral("undelivered"),
                                   QStringLiteral("rejected"), QStringLiteral("expired")};
    return final.contains(status.trimmed().toLower());
}

QString CustomerNotifier::triggerKey(TextTrigger trigger, int updates)
{
    return trigger == TextTrigger::NeedsAction ? textTriggerKey(trigger) + QStringLiteral(":%1").arg(updates)
                                               : textTriggerKey(trigger);
}

void CustomerNotifier::onOrdersAdded(const QStringList &orderIds)
{
    // Submitted: orders recorded from a submit's answer (this desk's or, on a team, another's),
    // not tracked ones nor unknown outcomes: those whose history holds that answer.
    for (const QString &id : orderIds) {
        const OrderRecord *order = m_registry->find(id);
        if (!order || !order->hasTelegentId() || isTerminal(order->group))
            continue;
        const QList<OrderEvent> history = m_registry->events(id);
        if (std::any_of(history.cbegin(), history.cend(),
                        [](const OrderEvent &e) { return e.kind == QLatin1String("submitted"); }))
            notify(id, TextTrigger::Submitted);
    }
}

void CustomerNotifier::onStatusChanged(const QString &orderId, const QString &oldStatus, const QString &newStatus)
{
    if (const std::optional<TextTrigger> trigger = textTriggerFor(oldStatus, newStatus))
        notify(orderId, *trigger);
}

void CustomerNotifier::notify(const QString &orderId, TextTrigger trigger)
{
    const OrderRecord *order = m_registry->find(orderId);
    if (!order || !order->hasTelegentId())
        return;
    const std::optional<TextConsent> consent = m_registry->textConsent(orderId);
    if (!consent || !consent->agreed || consent->to.isEmpty())
        return; // no consent, no message - ever
    const QString from = m_registry->meta(QString::fromLatin1(TextTemplates::kFromKey));
    if (from.isEmpty()) {
        qCWarning(lcApp).noquote() << "no text sent for order" << orderId << "(" << textTriggerKey(trigger)
                                   << "): no From number is set for customer texts";
        return;
    }
    CustomerTexts texts(m_registry, m_who);
    const QString key = triggerKey(trigger, texts.updateCount(orderId));
    const QString body = TextTemplates::compose(m_registry, trigger, consent->language, order->number,
                                                adviceFor(order->statusMessage).fix);
    const qint64 now = m_clock->nowMs();
    QString why;
    const QString refusal = TextTemplates::refusal(body, *order);
    if (!refusal.isEmpty()) {
        // Never sent, and never tried again for this change: the reason stays with the order.
        if (!texts.skip(orderId, key, consent->to, refusal, now, &why))
            qCWarning(lcApp).noquote() << why;
        qCWarning(lcApp).noquote() << "text for order" << orderId << "not sent:" << refusal;
        emit textRecorded(orderId);
        return;
    }
    const qint64 id = texts.claim(orderId, key, consent->to, body, now, &why);
    if (!id) {
        if (!why.isEmpty())
            qCWarning(lcApp).noquote() << "text for order" << orderId << "not sent:" << why;
        return; // already claimed (another desk, an earlier run) or not recordable: nothing is sent
    }
    emit textRecorded(orderId);
    auto *op = new SendMessage(m_client, OutboundMessage{consent->to, from, body}, this);
    m_sending.insert(op, {id, orderId});
    connect(op, &SendMessage::finished, this, [this, op] { onSent(op); });
    op->start();
}

void CustomerNotifier::onSent(SendMessage *op)
{
    const auto [id, orderId] = m_sending.take(op);
    op->deleteLater();
    CustomerTexts texts(m_registry, m_who);
    const qint64 now = m_clock->nowMs();
    QString why;
    bool recorded = false;
    if (op->ok() && !op->result().messageId.isEmpty()) {
        recorded = texts.recordSent(id, op->result(), now, &why);
        if (recorded && !isFinalStatus(op->result().status))
            follow(id, orderId, op->result().messageId, 0, now);
    } else if (!op->ok() && !SendMessage::mayHaveReachedTelegent(op->error())) {
        recorded = texts.recordRefused(id, op->error(), now, &why);
        qCWarning(lcApp).noquote() << "text for order" << orderId << "refused:" << op->error().summary();
    } else {
        recorded = texts.recordUnknown(id, now, &why); // it may have reached Telegent: never again
    }
    if (!recorded)
        qCWarning(lcApp).noquote() << why;
    emit textRecorded(orderId);
}

void CustomerNotifier::follow(qint64 id, const QString &orderId, const QString &messageId, int check, qint64 sentMs)
{
    if (check >= int(std::size(kFollowUpMs)))
        return; // asked enough: left as it is
    ++m_following;
    const qint64 due = sentMs + kFollowUpMs[check];
    m_clock->callAfter(
        std::max<qint64>(0, due - m_clock->nowMs()), this, [this, id, orderId, messageId, check, sentMs] {
            auto *op = new GetMessageDetails(m_client, MessageQuery{messageId}, this);
            op->setPriority(Priority::Background);
            connect(op, &GetMessageDetails::finished, this, [this, op, id, orderId, messageId, check, sentMs] {
                op->deleteLater();
                --m_following;
                bool final = false;
                if (op->ok() && !op->result().status.isEmpty()) {
                    QString why;
                    if (!CustomerTexts(m_registry, m_who).recordStatus(id, op->result().status, m_clock->nowMs(), &why))
                        qCWarning(lcApp).noquote() << why;
                    final = isFinalStatus(op->result().status);
                    emit textRecorded(orderId);
                }
                if (!final)
                    follow(id, orderId, messageId, check + 1, sentMs);
            });
            op->start();
        });
}

} // namespace portdesk
