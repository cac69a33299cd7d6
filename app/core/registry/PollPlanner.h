#pragma once
#include <QObject>
#include <QPointer>
#include <QSet>

#include "common/Clock.h"

namespace portdesk {

class OrderRegistry;
class TelegentClient;
class GetOrder;

// Keeps every non-final order's status fresh with background GetOrder calls, within the share
// of the account budget the scheduler gives to background work. Which order next:
//   open / unknown status   least recently checked first, not again within openIntervalMs
//   needs action, not found checked too, but only every actionIntervalMs (they change after an update)
//   completed / cancelled   never again
// The scheduler does the pacing; the planner only keeps a couple of requests queued so that it
// always has the next one ready when budget frees, and never a backlog that would go stale.
class PollPlanner : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        qint64 openIntervalMs = 120'000;
        qint64 actionIntervalMs = 15 * 60'000;
        int queued = 2; // background requests handed to the scheduler at once
    };

    PollPlanner(OrderRegistry *registry, TelegentClient *client, QObject *parent = nullptr);
    ~PollPlanner() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // A user asked: an interactive check, ahead of all background work.
    void refreshNow(const QString &orderId);

    // When the next background check is planned (0: one is under way or due now; -1: nothing to check).
    qint64 nextCheckAtMs() const { return m_nextCheckAt; }
    // The order the planner would check next at nowMs, or empty (exposed for tests).
    QString pickNext(qint64 nowMs, qint64 *nextDueMs) const;

signals:
    void checked(const QString &orderId, bool ok);
    void nextCheckChanged(qint64 atMs);
    // A check failed for a reason other than 404 (network, authentication...): the UI shows it.
    void checkFailed(const QString &orderId, const QString &message);

private:
    void fill();
    void launch(const QString &orderId, bool interactive);
    void onFinished(GetOrder *op, bool interactive);
    void setNextCheck(qint64 atMs);

    OrderRegistry *m_registry;
    TelegentClient *m_client;
    Clock *m_clock;
    Policy m_policy;
    bool m_running = false;
    QSet<QString> m_inFlight;
    int m_backgroundInFlight = 0;
    qint64 m_nextCheckAt = -1;
    qint64 m_pausedUntil = 0;
    Clock::TimerId m_timer = 0;
};

} // namespace portdesk
