#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

#include "messaging/MessageTypes.h"
#include "telegent/ApiError.h"

namespace portdesk {

class OrderRegistry;

// The texts sent to customers, written ahead like every other send ("Never forget an order"):
// Telegent's message/outbound takes no idempotency key, so a text that may have left is never
// sent again. One row per (order, trigger) in customer_texts, unique in the database itself: a
// status change seen by two desks, or again after a restart, is claimed once and texted once.
//  - claim() writes the intent ('sending') before the request leaves; nothing is sent without it;
//  - the answer makes it 'sent' (MessageId kept), 'refused' (Telegent said no) or 'unknown'
//    (no answer: it may have reached Telegent, never retried); 'skipped': not sent, and never will
//    be, for the reason kept (a body the last guard refused);
//  - each outcome is also an event of the order (text-sent, text-status, text-unknown,
//    text-refused, text-skipped), in the same transaction, so its history has it;
//  - at start-up, 'sending' rows whose process is gone become 'unknown'.
// Cheap to construct: it holds no state but the registry and who acts.
class CustomerTexts
{
public:
    struct Text
    {
        qint64 id = 0;
        QString orderId;
        QString triggerKey; // textTriggerKey(), or "needs-action:<n>" for the n-th round of fixes
        QString to;
        QString body;
        QString state; // sending, sent, unknown, refused, skipped
        QString messageId;
        QString messageStatus;
        int statusChecks = 0;
        QString reason; // why refused or skipped
        QString who;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    CustomerTexts(OrderRegistry *registry, QString who);

    // Writes the intent of this text. Returns its id; 0 when it must not be sent: this trigger of
    // this order already has a row (another desk or an earlier run took it; *error empty), or the
    // registry could not record it (*error says why, naming the database).
    qint64 claim(const QString &orderId, const QString &triggerKey, const QString &to, const QString &body,
                 qint64 nowMs, QString *error);
    // A text that will not be sent (the reason kept), claimed so that it is not tried again.
    bool skip(const QString &orderId, const QString &triggerKey, const QString &to, const QString &reason, qint64 nowMs,
              QString *error);

    // The answers. Each returns false with *error when the registry could not record it (the row
    // stays 'sending' and becomes 'unknown' at the next start: never sent twice either way).
    bool recordSent(qint64 id, const SentMessage &sent, qint64 nowMs, QString *error);
    bool recordRefused(qint64 id, const ApiError &refusal, qint64 nowMs, QString *error);
    bool recordUnknown(qint64 id, qint64 nowMs, QString *error);
    // A status check of a sent text: counted; an event only when the status changed.
    bool recordStatus(qint64 id, const QString &status, qint64 nowMs, QString *error);

    // At start-up: 'sending' rows of a process that is gone (the rule of SendJournal::recoverOrphans)
    // become 'unknown'. Returns how many, -1 with *error when they could not be recorded.
    int recoverOrphans(qint64 nowMs, QString *error);

    std::optional<Text> text(qint64 id) const;
    QList<Text> texts(const QString &orderId) const;
    // Every order's texts in one query (exports), oldest first.
    QHash<QString, QList<Text>> allTexts() const;
    // How many "update" events an order has had: the round of a needs-action text.
    int updateCount(const QString &orderId) const;

private:
    bool begin(QString *why);
    bool finish(const QString &orderId, QString *why); // notifies the team's desks, commits
    void rollback();
    bool close(qint64 id, const QString &state, const QString &setSql, const QVariantList &binds, const QString &kind,
               const QString &oldStatus, const QString &newStatus, const QString &message, qint64 nowMs,
               QString *error);
    QString storageWhy(const QString &cause) const;

    OrderRegistry *m_registry;
    QString m_who;
};

} // namespace portdesk
