#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrlQuery>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include "SimMessageBook.h"
#include "SimMessages.h"
#include "SimOrderBook.h"
#include "SimTokens.h"
#include "SimulatorFaults.h"
#include "SimulatorOptions.h"
#include "handlers/SimHandler.h"

namespace portdesk {
class Clock;
}

namespace portdesk::sandbox {

// Counters tests and benchmarks read to judge the client's behaviour.
struct SimStats
{
    int requests = 0;
    QHash<QString, int> perRoute;
    int rateLimited = 0;  // 429s sent by the rate limiter (not injected faults)
    int maxInWindow = 0;  // most requests one account had in any rolling minute
    int unauthorized = 0; // 401s
    int wrongScope = 0;   // scope-mismatch refusals
};

// The Telegent contract without the transport: one request in, one reply out. It shares only
// the endpoint paths and JSON field names with the client, none of its parsing code.
// The engine does what every route shares (routing and the method, the bearer token and its
// scope, the rate window, injected faults, the request log); one SimHandler per endpoint
// (handlers/) validates its request and shapes its answer.
class SimulatorEngine : public QObject
{
    Q_OBJECT
public:
    SimulatorEngine(Clock *clock, const SimulatorOptions &options, QObject *parent = nullptr);

    SimReply handle(const SimRequest &request);

    FaultPlan &faults() { return m_faults; }
    const SimStats &stats() const { return m_stats; }
    SimTokens &tokens() { return m_tokens; }
    SimOrderBook &orders() { return m_orders; }
    const SimMessageBook &messages() const { return m_messages; }
    const SimulatorOptions &options() const { return m_options; }
    void setOptions(const SimulatorOptions &options);

signals:
    // One line per request, no secrets: "POST /v1.0/numbers/portin 200 DID-sandbox token#3"
    // (the token's place in issue order, never the token).
    void requestLogged(const QString &line);
    void orderCreated(const QString &orderId);

private:
    SimHandler *handlerFor(const QString &path) const;
    QString accountFor(const SimRequest &request, const SimHandler &handler) const;
    // The bearer token's refusal (401/403) when it is missing, expired or for another URL.
    std::optional<SimReply> refuseToken(const SimRequest &request);
    SimReply process(const SimRequest &request, SimHandler &handler, const QString &account);
    bool overBudget(const QString &account, qint64 *retryAfterMs);
    void log(const SimRequest &request, const SimReply &reply, const QString &account);

    Clock *m_clock;
    SimulatorOptions m_options;
    SimTokens m_tokens;
    SimOrderBook m_orders;
    SimMessageBook m_messages;
    FaultPlan m_faults;
    SimStats m_stats;
    QHash<QString, std::deque<qint64>> m_window; // account -> request times
    SimState m_state;
    std::vector<std::unique_ptr<SimHandler>> m_handlers;
};

} // namespace portdesk::sandbox
