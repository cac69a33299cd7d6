#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>

#include "messaging/TextTrigger.h"

namespace portdesk {

class Clock;
class OrderRegistry;
class SendMessage;
class TelegentClient;

// Tells the customer, by text, when their port moves (issue 20): on the status changes that matter
// to them (TextTrigger) of orders whose customer agreed to texts (TextConsent: no consent, no
// message, ever), from the team's From number, in the customer's language. Each text is written
// ahead (CustomerTexts: once per order and trigger, whichever desk or run sees the change), sent in
// the background share of the budget, and an answer that never came is 'unknown', never sent
// again. Its MessageId is then followed a few times (kFollowUpMs) and left.
// AppContext keeps one only while this desk polls: on a team, only the desk that polls sends.
class CustomerNotifier : public QObject
{
    Q_OBJECT
public:
    CustomerNotifier(OrderRegistry *registry, TelegentClient *client, Clock *clock, QString who,
                     QObject *parent = nullptr);
    // Texts still waiting for their answer become 'unknown' (the desk stops waiting): never re-sent.
    ~CustomerNotifier() override;

    // When a sent text's status is asked, counted from the send: at most three checks, fewer when
    // the status looks final (Delivered, Failed, Undelivered...).
    static constexpr qint64 kFollowUpMs[] = {60'000, 5 * 60'000, 30 * 60'000};
    static bool isFinalStatus(const QString &status);
    // The trigger key of a text (CustomerTexts): textTriggerKey(), "needs-action:<n>" with n the
    // order's update count (a rejection after the agent's fix is a new round).
    static QString triggerKey(TextTrigger trigger, int updates);

    // Texts on their way and statuses still to check (tests wait for 0).
    int pending() const { return int(m_sending.size()) + m_following; }
    // Texts waiting for Telegent's answer (`watch --once` waits for them before it ends).
    int sending() const { return int(m_sending.size()); }
    // Considers one trigger of one order now (what the registry's signals lead to).
    void notify(const QString &orderId, TextTrigger trigger);

signals:
    // A text of this order was recorded (claimed, sent, refused, unknown, skipped or its status).
    void textRecorded(const QString &orderId);

private:
    void onOrdersAdded(const QStringList &orderIds);
    void onStatusChanged(const QString &orderId, const QString &oldStatus, const QString &newStatus);
    void onSent(SendMessage *op);
    void follow(qint64 id, const QString &orderId, const QString &messageId, int check, qint64 sentMs);

    OrderRegistry *m_registry;
    TelegentClient *m_client;
    Clock *m_clock;
    QString m_who;
    QHash<SendMessage *, std::pair<qint64, QString>> m_sending; // op -> text id, order
    int m_following = 0;
};

} // namespace portdesk
