#include "SimOrderBook.h"
#include "SimulatorOptions.h"

#include <QUuid>

namespace portdesk::sandbox {

SimOrderBook::Outcome SimOrderBook::outcomeForNumber(const QString &e164)
{
    const QString last4 = e164.right(4);
    if (last4 == QLatin1String(trigger::AccountNumberError))
        return Outcome::AccountNumberError;
    if (last4 == QLatin1String(trigger::NumberLockError))
        return Outcome::NumberLockError;
    if (last4 == QLatin1String(trigger::Rejected))
        return Outcome::Rejected;
    if (last4 == QLatin1String(trigger::ResolutionRequired))
        return Outcome::ResolutionRequired;
    return Outcome::Completes;
}

SimOrderBook::Order &SimOrderBook::create(const QString &accountKey, const QString &number, const QJsonObject &request,
                                          qint64 nowMs)
{
    Order o;
    o.orderId = QStringLiteral("JNUOID-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.accountKey = accountKey;
    o.number = number;
    o.request = request;
    o.request.remove(QStringLiteral("CurrentAccountPassword"));
    o.createdMs = o.cycleStartMs = nowMs;
    o.outcome = outcomeForNumber(number);
    return *m_orders.insert(o.orderId, o);
}

SimOrderBook::Order *SimOrderBook::find(const QString &orderId)
{
    const auto it = m_orders.find(orderId); // case-sensitive, like the real one
    return it == m_orders.end() ? nullptr : &*it;
}

const SimOrderBook::Order *SimOrderBook::activeFor(const QString &number, qint64 nowMs) const
{
    for (const Order &o : m_orders) {
        if (o.number == number && !statusOf(o, nowMs).final)
            return &o;
    }
    return nullptr;
}

SimOrderBook::Status SimOrderBook::statusOf(const Order &o, qint64 nowMs) const
{
    if (o.cancelled)
        return {QStringLiteral("Cancelled"), {}, true};
    const qint64 stage = m_stageMs > 0 ? (nowMs - o.cycleStartMs) / m_stageMs : 4;
    if (stage <= 0)
        return {o.updated ? QStringLiteral("Updated") : QStringLiteral("Pending"), {}, false};
    if (stage == 1)
        return {QStringLiteral("Submitted"), {}, false};
    switch (o.outcome) {
    case Outcome::AccountNumberError:
        return {QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"), false};
    case Outcome::NumberLockError:
        return {QStringLiteral("Error"), QStringLiteral("6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT"), false};
    case Outcome::ResolutionRequired:
        return {QStringLiteral("ResolutionRequired"), QStringLiteral("1P-Other"), false};
    case Outcome::Rejected:
        if (stage >= 3)
            return {QStringLiteral("Rejected"), QStringLiteral("1P-Other"), false};
        break;
    case Outcome::Completes:
        break;
    }
    if (stage == 2)
        return {QStringLiteral("Pending Carrier Approval"), {}, false};
    if (stage == 3)
        return {QStringLiteral("Scheduled"), {}, false};
    return {QStringLiteral("Completed"), {}, true};
}

} // namespace portdesk::sandbox
