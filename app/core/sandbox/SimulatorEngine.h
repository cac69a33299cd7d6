#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrlQuery>
#include <deque>

#include "SimOrderBook.h"
#include "SimTokens.h"
#include "SimulatorFaults.h"
#include "SimulatorOptions.h"

namespace portdesk {
class Clock;
}

namespace portdesk::sandbox {

struct SimRequest
{
    QByteArray method;
    QString path;        // as received, e.g. /v1.0/numbers/portin
    QUrlQuery query;
    QByteArray host;     // Host header, to rebuild the URL a token must be scoped to
    QByteArray authorization;
    QByteArray body;
};

struct SimReply
{
    enum class Action { Respond, Drop, Hang };
    Action action = Action::Respond;
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Counters tests and benchmarks read to judge the client's behaviour.
struct SimStats
{
    int requests = 0;
    QHash<QString, int> perRoute;
    int rateLimited = 0;          // 429s sent by the rate limiter (not injected faults)
    int maxInWindow = 0;          // most requests one account had in any rolling minute
    int unauthorized = 0;         // 401s
    int wrongScope = 0;           // scope-mismatch refusals
};

// The Telegent contract without the transport: one request in, one reply out. It shares only
// the endpoint paths and JSON field names with the client, none of its parsing code.
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
    const SimulatorOptions &options() const { return m_options; }
    void setOptions(const SimulatorOptions &options);

signals:
    // One line per request, no secrets: "POST /v1.0/numbers/portin 200 DID-sandbox token#3"
    // (the token's place in issue order, never the token).
    void requestLogged(const QString &line);
    void orderCreated(const QString &orderId);

private:
    SimReply route(const SimRequest &request, const QString &routeName, const QString &account);
    SimReply token(const SimRequest &request);
    SimReply eligibility(const QJsonObject &body);
    SimReply portIn(const QJsonObject &body, const QString &account);
    SimReply update(const QJsonObject &body, const QString &account);
    SimReply cancel(const QJsonObject &body, const QString &account);
    SimReply order(const SimRequest &request, const QString &account);

    QString routeFor(const QString &path, QByteArray *method) const;
    QString accountFor(const SimRequest &request, const QString &routeName) const;
    bool overBudget(const QString &account, qint64 *retryAfterMs);
    QString requestUrl(const SimRequest &request) const;

    Clock *m_clock;
    SimulatorOptions m_options;
    SimTokens m_tokens;
    SimOrderBook m_orders;
    FaultPlan m_faults;
    SimStats m_stats;
    QHash<QString, std::deque<qint64>> m_window; // account -> request times
};

} // namespace portdesk::sandbox
