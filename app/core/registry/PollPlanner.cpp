#include "PollPlanner.h"
#include "OrderRegistry.h"
#include "common/Logging.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/GetOrder.h"

#include <algorithm>

namespace portdesk {

PollPlanner::PollPlanner(OrderRegistry *registry, TelegentClient *client, QObject *parent)
    : QObject(parent), m_registry(registry), m_client(client), m_clock(client->clock())
{
    // New orders and changed ones may be due sooner than the planned wake-up.
    connect(m_registry, &OrderRegistry::ordersAdded, this, &PollPlanner::fill);
}

PollPlanner::~PollPlanner()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void PollPlanner::start()
{
    m_running = true;
    fill();
}

void PollPlanner::stop()
{
    m_running = false;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    setNextCheck(-1);
}

void PollPlanner::setNextCheck(qint64 atMs)
{
    if (m_nextCheckAt == atMs)
        return;
    m_nextCheckAt = atMs;
    emit nextCheckChanged(atMs);
}

QString PollPlanner::pickNext(qint64 nowMs, qint64 *nextDueMs, int *dueCount) const
{
    QString best;
    qint64 bestChecked = 0;
    bool bestIsAction = true;
    *nextDueMs = -1;
    int dueNow = 0;
    for (const QString &id : m_registry->orderIds()) {
        const OrderRecord *r = m_registry->find(id);
        if (!r->hasTelegentId() || isTerminal(r->group) || m_inFlight.contains(id))
            continue;
        const bool slow = r->group == StatusGroup::NeedsAction || r->notFound;
        const qint64 due =
            r->lastCheckedMs == 0 ? 0 : r->lastCheckedMs + (slow ? m_policy.actionIntervalMs : m_policy.openIntervalMs);
        if (due > nowMs) {
            if (*nextDueMs < 0 || due < *nextDueMs)
                *nextDueMs = due;
            continue;
        }
        ++dueNow;
        // Open orders before needs-action ones; within a kind, the least recently checked.
        if (best.isEmpty() || (bestIsAction && !slow) || (bestIsAction == slow && r->lastCheckedMs < bestChecked)) {
            best = id;
            bestChecked = r->lastCheckedMs;
            bestIsAction = slow;
        }
    }
    if (dueCount)
        *dueCount = dueNow;
    return best;
}

void PollPlanner::fill()
{
    if (!m_running)
        return;
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    qint64 nextDue = -1;
    const qint64 now = m_clock->nowMs();
    if (now < m_pausedUntil) {
        setNextCheck(m_pausedUntil);
        m_timer = m_clock->callAfter(m_pausedUntil - now, this, [this] {
            m_timer = 0;
            fill();
        });
        return;
    }
    const RateBudget &budget = m_client->scheduler()->budget();
    const qint64 spacing = budget.evenSpacingMs(Priority::Background);
    bool spaced = false; // an order is due, but the previous launch was too recent
    while (m_backgroundInFlight < m_policy.queued) {
        const qint64 at = m_clock->nowMs();
        int due = 0;
        const QString id = pickNext(at, &nextDue, &due);
        if (id.isEmpty())
            break;
        const bool budgetBound = due > budget.limitFor(Priority::Background) - budget.used(at);
        if (budgetBound && at < m_nextLaunchAt) {
            spaced = true;
            nextDue = m_nextLaunchAt;
            break;
        }
        launch(id, false);
        m_nextLaunchAt = at + spacing;
    }
    if (nextDue >= 0)
        nextDue = std::max(nextDue, m_nextLaunchAt);
    const auto wakeAt = [this](qint64 atMs) {
        m_timer = m_clock->callAfter(atMs - m_clock->nowMs(), this, [this] {
            m_timer = 0;
            fill();
        });
    };
    if (m_backgroundInFlight > 0) {
        setNextCheck(0);
        // Each completion calls fill() again; on a network slower than the spacing the next
        // check may leave before this one is answered.
        if (spaced)
            wakeAt(nextDue);
        return;
    }
    setNextCheck(nextDue);
    if (nextDue >= 0)
        wakeAt(nextDue);
}

void PollPlanner::refreshNow(const QString &orderId)
{
    const OrderRecord *r = m_registry->find(orderId);
    if (!r || !r->hasTelegentId())
        return;
    launch(orderId, true);
}

void PollPlanner::launch(const QString &orderId, bool interactive)
{
    auto *op = new GetOrder(m_client, orderId, this);
    op->setPriority(interactive ? Priority::Interactive : Priority::Background);
    m_inFlight.insert(orderId);
    if (!interactive)
        ++m_backgroundInFlight;
    connect(op, &ApiOperation::finished, this, [this, op, interactive] { onFinished(op, interactive); });
    op->start();
}

void PollPlanner::onFinished(GetOrder *op, bool interactive)
{
    op->deleteLater();
    const QString id = op->orderId();
    m_inFlight.remove(id);
    if (!interactive)
        --m_backgroundInFlight;
    const qint64 now = m_clock->nowMs();
    bool ok = false;
    if (op->ok()) {
        ok = m_registry->applyStatus(op->result(), now);
    } else if (op->error().kind == ApiError::Kind::NotFound) {
        m_registry->markNotFound(id, now); // flagged, never deleted
    } else {
        qCInfo(lcApp).noquote() << "status check of" << id << "failed:" << op->error().summary();
        emit checkFailed(id, op->error().message);
    }
    emit checked(id, ok);
    if (!op->ok() && op->error().kind != ApiError::Kind::NotFound && !interactive) {
        // The service is unhappy (network, credentials): do not spin through every order.
        m_pausedUntil = now + m_policy.openIntervalMs / 4;
    }
    fill();
}

} // namespace portdesk
