#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace portdesk::sandbox {

// The texts the simulator was asked to send, kept whole (time, recipients, body) so tests can
// see what reached "the customer". Like orders, a message's status is computed from the
// simulator's clock: Queued, then Sent after 2 s, then Delivered from 10 s - or Failed when the
// recipient ends in trigger::MessageFails.
class SimMessageBook
{
public:
    static constexpr qint64 SentAfterMs = 2'000;
    static constexpr qint64 FinalAfterMs = 10'000;

    struct Message
    {
        QString messageId; // TMID-..., case-sensitive
        QString accountKey;
        QString from;
        QStringList to; // several recipients share the one MessageId, as the API answers
        QString body;
        QString campaignId;
        QString type; // a2p / p2p, the From number's
        double cost = 0.0;
        qint64 sentMs = 0;
    };

    Message &create(Message message, qint64 nowMs);
    const Message *find(const QString &messageId) const;
    // The status of the first recipient, the one message/details reports.
    static QString statusOf(const Message &message, qint64 nowMs);
    int size() const { return int(m_messages.size()); }
    const QHash<QString, Message> &all() const { return m_messages; }

private:
    QHash<QString, Message> m_messages;
};

} // namespace portdesk::sandbox
