#pragma once
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <map>

namespace portdesk {

// Every piece of behaviour that depends on time (token expiry, the rate budget, retry backoff,
// request timeouts, the simulator's order lifecycle) reads time and sets timers through a Clock,
// so tests and benchmarks can run minutes of API traffic in milliseconds on a ManualClock.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    using QObject::QObject;
    ~Clock() override = default;

    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }

    // Calls fn once after delayMs, unless context was destroyed or the timer cancelled first.
    virtual TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

// Wall-clock time and real QTimers.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    TimerId m_nextId = 1;
    std::map<TimerId, QPointer<QTimer>> m_timers;
};

// Virtual time that moves only when told to; timers fire in due order as it moves.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000 /* 2026-01-01T00:00:00Z */, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, firing every timer that falls due on the way.
    void advance(qint64 ms);
    // Jumps to the earliest pending timer and fires it (and any due at the same instant).
    // Returns false when no timer is pending.
    bool advanceToNextTimer();
    int pendingTimers() const { return int(m_queue.size()); }
    qint64 nextTimerDueMs() const;

private:
    struct Pending
    {
        TimerId id;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    void fireDue();
    qint64 m_now;
    TimerId m_nextId = 1;
    std::multimap<qint64, Pending> m_queue; // due time -> timer
};

} // namespace portdesk
