#include "TeamLedger.h"
#include "TeamLedgerSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QUuid>

namespace portdesk {

TeamLedger::TeamLedger(const TeamDatabase &database, const QString &accountKey, const QString &accountSecret,
                       QObject *parent)
    : QObject(parent), m_desk(QStringLiteral("%1/%2/%3")
                                  .arg(QHostInfo::localHostName())
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))),
      m_session(new TeamLedgerSession(database, accountKey, accountSecret, m_desk))
{
    m_thread.setObjectName(QStringLiteral("team ledger"));
    m_session->moveToThread(&m_thread);
    connect(m_session, &TeamLedgerSession::tokenInvalidated, this, [this](const QString &endpoint) {
        if (m_invalidationContext && m_onInvalidated)
            m_onInvalidated(endpoint);
    });
    m_thread.start();
}

TeamLedger::~TeamLedger()
{
    // The connection belongs to the ledger's thread: it is closed there.
    QMetaObject::invokeMethod(
        m_session, [session = m_session] { delete session; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename Result, typename Work, typename Done> void TeamLedger::ask(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_session,
        [this, guard, work = std::move(work), done = std::move(done)]() mutable {
            const Result result = work(m_session);
            // Back on the ledger's own thread (this object's), where guard can be checked.
            QMetaObject::invokeMethod(
                this,
                [guard, result, done = std::move(done)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TeamLedger::take(Priority p, const RateBudget &limits, QObject *context, SharedBudget::Callback callback)
{
    const int limit = limits.interactiveLimit();
    const int background = limits.backgroundLimit();
    const qint64 reuse = limits.reuseAfterMs();
    QElapsedTimer asked;
    asked.start();
    ask<SharedBudget::Answer>(
        context,
        [this, p, limit, background, reuse](TeamLedgerSession *s) {
            QElapsedTimer call;
            call.start();
            const SharedBudget::Answer answer = s->take(p, limit, background, reuse);
            if (answer.kind != SharedBudget::Answer::Kind::Unavailable) {
                QMutexLocker lock(&m_latencyLock);
                m_roundTrips.append(call.nsecsElapsed() / 1e6);
            }
            return answer;
        },
        [this, asked, callback = std::move(callback)](const SharedBudget::Answer &answer) {
            if (answer.kind != SharedBudget::Answer::Kind::Unavailable) {
                QMutexLocker lock(&m_latencyLock);
                m_latencies.append(asked.nsecsElapsed() / 1e6);
            }
            callback(answer);
        });
}

void TeamLedger::rejoin(const QList<qint64> &agesMs, const RateBudget &limits, QObject *context,
                        SharedBudget::Callback callback)
{
    const qint64 reuse = limits.reuseAfterMs();
    ask<SharedBudget::Answer>(
        context, [agesMs, reuse](TeamLedgerSession *s) { return s->record(agesMs, reuse); }, std::move(callback));
}

void TeamLedger::claim(const QString &endpoint, qint64 renewBeforeMs, QObject *context, SharedTokens::Callback callback)
{
    ask<SharedTokens::Claim>(
        context, [endpoint, renewBeforeMs](TeamLedgerSession *s) { return s->claim(endpoint, renewBeforeMs); },
        std::move(callback));
}

void TeamLedger::store(const QString &endpoint, const QString &value, qint64 lifeMs)
{
    QMetaObject::invokeMethod(
        m_session, [s = m_session, endpoint, value, lifeMs] { s->store(endpoint, value, lifeMs); },
        Qt::QueuedConnection);
}

void TeamLedger::release(const QString &endpoint)
{
    QMetaObject::invokeMethod(
        m_session, [s = m_session, endpoint] { s->release(endpoint); }, Qt::QueuedConnection);
}

void TeamLedger::invalidate(const QString &endpoint, const QString &value)
{
    QMetaObject::invokeMethod(
        m_session, [s = m_session, endpoint, value] { s->invalidate(endpoint, value); }, Qt::QueuedConnection);
}

void TeamLedger::setInvalidationHandler(QObject *context, std::function<void(const QString &)> handler)
{
    m_invalidationContext = context;
    m_onInvalidated = std::move(handler);
}

QList<double> TeamLedger::takeRoundTripsMs() const
{
    QMutexLocker lock(&m_latencyLock);
    return m_roundTrips;
}

QList<double> TeamLedger::takeLatenciesMs() const
{
    QMutexLocker lock(&m_latencyLock);
    return m_latencies;
}

} // namespace portdesk
