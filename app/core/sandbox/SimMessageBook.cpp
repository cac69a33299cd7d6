#include "SimMessageBook.h"
#include "SimulatorOptions.h"

#include <QUuid>

namespace portdesk::sandbox {

SimMessageBook::Message &SimMessageBook::create(Message message, qint64 nowMs)
{
    // The details example's UUID form; upper case, so a lower-cased id is another (unknown) one.
    message.messageId = QStringLiteral("TMID-") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    message.sentMs = nowMs;
    const QString id = message.messageId;
    return m_messages.insert(id, std::move(message)).value();
}

const SimMessageBook::Message *SimMessageBook::find(const QString &messageId) const
{
    auto it = m_messages.constFind(messageId);
    return it == m_messages.constEnd() ? nullptr : &it.value();
}

QString SimMessageBook::statusOf(const Message &message, qint64 nowMs)
{
    const qint64 age = nowMs - message.sentMs;
    if (age < SentAfterMs)
        return QStringLiteral("Queued");
    if (age < FinalAfterMs)
        return QStringLiteral("Sent");
    if (!message.to.isEmpty() && message.to.constFirst().endsWith(QLatin1String(trigger::MessageFails)))
        return QStringLiteral("Failed");
    return QStringLiteral("Delivered");
}

} // namespace portdesk::sandbox
