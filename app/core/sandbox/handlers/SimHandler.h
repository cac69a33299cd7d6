#pragma once
// One Telegent endpoint of the simulator, as the client has one class per operation
// (telegent/operations/). The engine in front of every handler does what applies to all
// routes: routing and the method check, the bearer token and its scope, the rate window,
// injected faults and the request log. A handler owns its endpoint's request validation and
// the shape of its answer.
#include <QByteArray>
#include <QString>
#include <functional>

#include "sandbox/SimMessages.h"

namespace portdesk {
class Clock;
}

namespace portdesk::sandbox {

class SimMessageBook;
class SimOrderBook;
class SimTokens;
struct SimulatorOptions;

// The simulator's state the handlers read and change; owned by the engine.
struct SimState
{
    Clock *clock = nullptr;
    const SimulatorOptions *options = nullptr;
    SimTokens *tokens = nullptr;
    SimOrderBook *orders = nullptr;
    SimMessageBook *messages = nullptr;
    std::function<void(const QString &orderId)> orderCreated;
};

class SimHandler
{
public:
    explicit SimHandler(SimState *state) : m_state(state) {}
    virtual ~SimHandler() = default;
    SimHandler(const SimHandler &) = delete;
    SimHandler &operator=(const SimHandler &) = delete;

    // The route's name in fault plans, statistics and the log (sandbox::route).
    virtual QString route() const = 0;
    virtual QByteArray method() const = 0;
    // Below /v1.0, matched without regard to case (the API accepts any casing).
    virtual QString path() const = 0;
    // False only for the token endpoint: every other call needs a bearer token for its URL.
    virtual bool needsToken() const { return true; }
    // account: the account key of the request's token (the token endpoint: the key it names,
    // when it is a known one).
    virtual SimReply handle(const SimRequest &request, const QString &account) = 0;

protected:
    SimState &state() const { return *m_state; }

private:
    SimState *m_state;
};

} // namespace portdesk::sandbox
