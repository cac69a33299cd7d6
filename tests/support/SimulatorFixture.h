#pragma once
#include <QNetworkAccessManager>
#include <functional>
#include <memory>
#include <vector>

#include "common/Clock.h"
#include "sandbox/Simulator.h"
#include "telegent/TelegentClient.h"

namespace portdesk::test {

// An in-process simulator and a client talking real HTTP to it on loopback, both on one
// ManualClock: minutes of API traffic run in milliseconds.
struct SimulatorFixture
{
    explicit SimulatorFixture(const sandbox::SimulatorOptions &options = {});
    ~SimulatorFixture();

    // Processes events and, whenever no request is on the wire, moves virtual time to the next
    // timer. Returns false if done() is not reached within realTimeoutMs of real time or
    // maxVirtualMs of virtual time.
    bool runUntil(const std::function<bool()> &done, qint64 maxVirtualMs = 3'600'000, int realTimeoutMs = 20'000);
    // Processes events without moving virtual time until done() or the real timeout.
    bool waitReal(const std::function<bool()> &done, int realTimeoutMs = 10'000);

    // Starts an operation and runs until it has finished.
    template <typename Operation> bool run(Operation &op)
    {
        op.start();
        return runUntil([&] { return op.isFinished(); });
    }

    QString url(const QString &path) const { return client->endpointUrl(path).toString(); }
    // Another desk of the same account on this simulator and clock; runUntil() waits for its
    // requests too. It must go before the fixture.
    std::unique_ptr<TelegentClient> addDesk();
    int inFlight() const;

    ManualClock clock;
    QNetworkAccessManager nam;
    std::unique_ptr<sandbox::Simulator> simulator;
    std::unique_ptr<TelegentClient> client;
    std::vector<TelegentClient *> otherDesks;
};

} // namespace portdesk::test
