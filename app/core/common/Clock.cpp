#include "Clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace portdesk {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock::TimerId SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    // The timer is a child of the context, so it dies with it and never calls into a dead object.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.erase(id);
        timer->deleteLater();
        fn();
    });
    m_timers.emplace(id, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    if (QTimer *timer = it->second) {
        timer->stop();
        timer->deleteLater();
    }
    m_timers.erase(it);
}

ManualClock::ManualClock(qint64 startMs, QObject *parent) : Clock(parent), m_now(startMs) {}

Clock::TimerId ManualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    m_queue.emplace(m_now + std::max<qint64>(0, delayMs), Pending{id, context, std::move(fn)});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->second.id == id) {
            m_queue.erase(it);
            return;
        }
    }
}

qint64 ManualClock::nextTimerDueMs() const
{
    return m_queue.empty() ? -1 : m_queue.begin()->first;
}

void ManualClock::fireDue()
{
    // A fired callback may add timers (also due now); loop until none is due.
    while (!m_queue.empty() && m_queue.begin()->first <= m_now) {
        Pending p = std::move(m_queue.begin()->second);
        m_queue.erase(m_queue.begin());
        if (p.context)
            p.fn();
    }
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + std::max<qint64>(0, ms);
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        m_now = std::max(m_now, m_queue.begin()->first);
        fireDue();
    }
    m_now = target;
}

bool ManualClock::advanceToNextTimer()
{
    if (m_queue.empty())
        return false;
    m_now = std::max(m_now, m_queue.begin()->first);
    fireDue();
    return true;
}

} // namespace portdesk
