#pragma once
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace portdesk::sandbox {

// The simulator's port-in orders and their lifecycle on the simulator's clock:
//   Pending -> Submitted -> Pending Carrier Approval -> Scheduled -> Completed
// one stage every stageMs, or a carrier rejection chosen by the number's trigger digits.
// Status is computed from the time, so no timer runs per order.
class SimOrderBook
{
public:
    enum class Outcome
    {
        Completes,
        AccountNumberError,
        NumberLockError,
        Rejected,
        ResolutionRequired
    };

    struct Order
    {
        QString orderId;
        QString accountKey;
        QString number;
        QJsonObject request; // as received, password removed
        qint64 createdMs = 0;
        qint64 cycleStartMs = 0; // restarts on update
        Outcome outcome = Outcome::Completes;
        bool updated = false;
        bool cancelled = false;
    };

    struct Status
    {
        QString text;
        QString message;    // OrderStatusMessage, empty when none
        bool final = false; // Completed or Cancelled: no update, no cancel
    };

    explicit SimOrderBook(qint64 stageMs) : m_stageMs(stageMs) {}
    void setStageMs(qint64 ms) { m_stageMs = ms; }

    Order &create(const QString &accountKey, const QString &number, const QJsonObject &request, qint64 nowMs);
    Order *find(const QString &orderId);
    // The order that still holds this number (not completed, not cancelled), if any.
    const Order *activeFor(const QString &number, qint64 nowMs) const;
    Status statusOf(const Order &order, qint64 nowMs) const;
    int size() const { return int(m_orders.size()); }
    const QHash<QString, Order> &all() const { return m_orders; }

    static Outcome outcomeForNumber(const QString &e164);

private:
    qint64 m_stageMs;
    QHash<QString, Order> m_orders;
};

} // namespace portdesk::sandbox
