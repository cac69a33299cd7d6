#pragma once
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include "TeamDatabase.h"
#include "telegent/SharedBudget.h"
#include "telegent/SharedTokens.h"

namespace portdesk {

class TeamLedgerSession;

// A team's account-wide request budget and token cache, kept in the team database for every desk
// of one Telegent account (design and cost: README, "One account, many desks"). The questions
// run on a thread of the ledger's own with its own connection (TeamLedgerSession); answers come
// back on the asker's thread. Token values never leave this process unsealed.
class TeamLedger : public QObject, public SharedBudget, public SharedTokens
{
    Q_OBJECT
public:
    TeamLedger(const TeamDatabase &database, const QString &accountKey, const QString &accountSecret,
               QObject *parent = nullptr);
    ~TeamLedger() override; // closes the session (freeing any renewal claim) and joins the thread

    void take(Priority p, const RateBudget &limits, QObject *context, SharedBudget::Callback callback) override;
    void rejoin(const QList<qint64> &agesMs, const RateBudget &limits, QObject *context,
                SharedBudget::Callback callback) override;

    void claim(const QString &endpoint, qint64 renewBeforeMs, QObject *context,
               SharedTokens::Callback callback) override;
    void store(const QString &endpoint, const QString &value, qint64 lifeMs) override;
    void release(const QString &endpoint) override;
    void invalidate(const QString &endpoint, const QString &value) override;
    void setInvalidationHandler(QObject *context, std::function<void(const QString &endpoint)> handler) override;

    // This desk's name in the ledger (host, process, a random part).
    QString desk() const { return m_desk; }
    // Milliseconds of each slot question's database round trip (the call of the ledger's function,
    // on the ledger's thread): the bench's ledger overhead.
    QList<double> takeRoundTripsMs() const;
    // Milliseconds from asking for a slot to its answer back on the asking thread: the round trip
    // plus two thread hops, which a busy event loop or CPU lengthens.
    QList<double> takeLatenciesMs() const;

private:
    // Runs `work` on the ledger's thread, then `done` with its result here, unless context is gone.
    template <typename Result, typename Work, typename Done> void ask(QObject *context, Work work, Done done);

    QString m_desk;
    QThread m_thread;
    TeamLedgerSession *m_session;
    QPointer<QObject> m_invalidationContext;
    std::function<void(const QString &)> m_onInvalidated;
    mutable QMutex m_latencyLock;
    QList<double> m_latencies;
    QList<double> m_roundTrips;
};

} // namespace portdesk
