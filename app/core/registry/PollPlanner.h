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
// Due checks go out at once while the background share has a free slot for each of them. When
// more are due than that (the budget is the bottleneck), they leave evenly spaced at the budget's
// evenSpacingMs (60.5 s / 40 = 1.513 s): sent as fast as the budget allowed, each minute's share
// would leave in one burst and every burst wait a whole 60.5 s reuse window, so the unluckiest of
// N orders would wait ceil(N / 40) windows (13 x 60.5 s = 13.1 min for 500) instead of
// N x 1.513 s (12.6 min). At most `queued` are under way at once; the scheduler still guards
// the budget itself.
class PollPlanner : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        qint64 openIntervalMs = 120'000;
        qint64 actionIntervalMs = 15 * 60'000;
        int queued = 2; // background requests under way at once (for a slow network)
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
    // The order the planner would check next at nowMs, or empty (exposed for tests). *dueCount,
    // when given, is how many orders are due now.
    QString pickNext(qint64 nowMs, qint64 *nextDueMs, int *dueCount = nullptr) const;

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
    qint64 m_nextLaunchAt = 0; // the even spacing: no background launch before this
    qint64 m_pausedUntil = 0;
    Clock::TimerId m_timer = 0;
};

} // namespace portdesk
